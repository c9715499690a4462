import CairoBackend
import ChartScene
import Testing

@Suite struct CairoRendererTests {
    @Test(arguments: OutputFormat.allCases) func theSameSceneGivesTheSameBytes(format: OutputFormat) throws {
        let scene = try Fixtures.barChart()
        let first = try Fixtures.renderer().render(scene, as: format, scale: 2)
        let again = try CairoRenderer(measurer: try PangoTextMeasurer()).render(scene, as: format, scale: 2)
        #expect(first == again)
    }

    /// Glyphs drawn by Cairo fall inside the box the measurer gave the text (at 2×, within a pixel).
    @Test func drawnTextStaysInItsMeasuredBox() throws {
        let label = try Fixtures.text(Fixtures.zone, at: Point(10.5, 20.25), size: 12, role: "tick-label")
        guard case .text(let run) = label else { return }
        let scene = Scene(width: 200, height: 60, background: Color(red: 1, green: 1, blue: 1), marks: [label])
        let ink = try inkBounds(of: scene, scale: 2)
        let box = run.box
        #expect(ink.minX >= box.minX - 0.5 && ink.maxX <= box.maxX + 0.5)
        #expect(ink.minY >= box.minY - 0.5 && ink.maxY <= box.maxY + 0.5)
        #expect(ink.width > box.width * 0.9)
    }

    @Test func aMarkWithNaNIsRefusedByName() throws {
        let scene = Scene(width: 100, height: 100, marks: [
            .rect(Rect(x: 0, y: .nan, width: 10, height: 10), role: "bar", fill: Fixtures.blue),
        ])
        for format in OutputFormat.allCases {
            #expect(throws: RenderError.notFinite(role: "bar")) { try Fixtures.renderer().render(scene, as: format, scale: 1) }
        }
    }

    @Test func textTheFontCannotDrawIsRefusedWhenDrawing() throws {
        let font = Font(family: "Noto Sans CJK SC", size: 12)
        let scene = Scene(width: 100, height: 40, marks: [
            .text(TextMark(role: "label", text: "区\u{E000}", box: Rect(x: 0, y: 0, width: 24, height: 17), baseline: 13, font: font, color: Fixtures.black)),
        ])
        #expect(throws: RenderError.missingGlyphs(text: "区\u{E000}", family: "Noto Sans CJK SC", missing: ["U+E000"])) {
            try Fixtures.renderer().render(scene, as: .png, scale: 1)
        }
    }

    /// The rectangle, in points, around every pixel darker than mid-grey.
    func inkBounds(of scene: Scene, scale: Double) throws -> Rect {
        let image = try Fixtures.renderer().greyLevels(scene, scale: scale)
        var minX = Int.max, minY = Int.max, maxX = -1, maxY = -1
        for y in 0..<image.height {
            for x in 0..<image.width where image.levels[y * image.width + x] < 128 {
                minX = min(minX, x); maxX = max(maxX, x)
                minY = min(minY, y); maxY = max(maxY, y)
            }
        }
        return Rect(x: Double(minX) / scale, y: Double(minY) / scale, width: Double(maxX + 1 - minX) / scale, height: Double(maxY + 1 - minY) / scale)
    }
}

@Suite struct ConcurrentRenderingTests {
    /// One measurer shared by renders on many threads, as a CLI rendering a chart set in
    /// parallel would: Pango is serialised inside, and every render gives the same bytes.
    @Test func parallelRendersAgree() async throws {
        let scene = try Fixtures.barChart()
        let renderer = try Fixtures.renderer()
        let expected = try OutputFormat.allCases.map { try renderer.render(scene, as: $0, scale: 2) }
        let results = try await withThrowingTaskGroup(of: [[UInt8]].self) { group in
            for _ in 0..<8 {
                group.addTask { try OutputFormat.allCases.map { try renderer.render(scene, as: $0, scale: 2) } }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 8)
        #expect(results.allSatisfy { $0 == expected })
    }
}
