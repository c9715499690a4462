import CairoBackend
import ChartScene
import Testing

/// One limit on points and pixels, checked before Cairo allocates anything (issue 12: a
/// --width of 1e7 crashed Cairo, 1e11 drew a blank page, a chart file could ask for a 4 GB PNG).
@Suite struct CanvasLimitTests {
    func thrownMessage(_ body: () throws -> Void) -> String? {
        do { try body(); return nil } catch { return "\(error)" }
    }

    @Test(arguments: [1e7, 1e11, 20_001])
    func aSideBeyondTheLimitIsRefused(width: Double) {
        #expect(throws: RenderError.canvasTooLarge(side: "width", points: width, limit: 20_000)) {
            try CanvasLimit.standard.check(width: width, height: 500, scale: nil)
        }
    }

    @Test func theLargestAllowedSideDrawsAsPDFOrSVG() throws {
        try CanvasLimit.standard.check(width: 20_000, height: 20_000, scale: nil)
    }

    @Test func aPNGIsBoundedInPixels() throws {
        try CanvasLimit.standard.check(width: 10_000, height: 5_000, scale: 1)
        #expect(throws: RenderError.imageTooLarge(width: 20_000, height: 10_000, limit: 100)) {
            try CanvasLimit.standard.check(width: 10_000, height: 5_000, scale: 2)
        }
        // Cairo's own bound of 32767 pixels a side holds whatever the megapixels allow.
        #expect(throws: RenderError.imageTooLarge(width: 40_000, height: 300, limit: 1_000)) {
            try CanvasLimit(maxPoints: 100_000, maxMegapixels: 1_000).check(width: 20_000, height: 150, scale: 2)
        }
    }

    @Test func sizesThatAreNotNumbersAreRefused() {
        // NaN equals nothing, so the message stands for the error.
        #expect(thrownMessage { try CanvasLimit.standard.check(width: .nan, height: 500, scale: nil) }
            == "the chart cannot be drawn at nan × 500.0 points; its width and height must be positive")
        #expect(throws: RenderError.invalidScale(.infinity)) {
            try CanvasLimit.standard.check(width: 800, height: 500, scale: .infinity)
        }
    }

    @Test func theMessageSaysHowToRaiseTheLimit() {
        let message = RenderError.canvasTooLarge(side: "width", points: 1e7, limit: 20_000).description
        #expect(message == "a chart 10000000 points wide is larger than the 20000 points a side yearbook draws; choose a smaller width, or raise the limit with YEARBOOK_MAX_POINTS=N (up to 100000)")
        #expect(RenderError.imageTooLarge(width: 20_000, height: 10_000, limit: 100).description.contains("YEARBOOK_MAX_MEGAPIXELS=N"))
    }

    @Test func theEnvironmentMovesTheLimitWithinWhatCairoCanDo() throws {
        #expect(try CanvasLimit.fromEnvironment([:]) == .standard)
        let raised = try CanvasLimit.fromEnvironment(["YEARBOOK_MAX_POINTS": "50000", "YEARBOOK_MAX_MEGAPIXELS": "400"])
        #expect(raised == CanvasLimit(maxPoints: 50_000, maxMegapixels: 400))
        #expect(throws: RenderError.invalidCanvasLimit(variable: "YEARBOOK_MAX_POINTS", value: "1e9", range: 200...100_000)) {
            try CanvasLimit.fromEnvironment(["YEARBOOK_MAX_POINTS": "1e9"])
        }
        #expect(throws: RenderError.invalidCanvasLimit(variable: "YEARBOOK_MAX_MEGAPIXELS", value: "lots", range: 1...1_000)) {
            try CanvasLimit.fromEnvironment(["YEARBOOK_MAX_MEGAPIXELS": "lots"])
        }
    }

    @Test(arguments: [OutputFormat.png, .pdf, .svg])
    func theRendererRefusesAHugeSceneBeforeDrawing(format: OutputFormat) throws {
        let scene = Scene(width: 1e7, height: 500, marks: [])
        #expect(throws: RenderError.canvasTooLarge(side: "width", points: 1e7, limit: 20_000)) {
            try Fixtures.renderer().render(scene, as: format, scale: 2)
        }
    }
}
