import CairoBackend
import ChartScene
import Testing

@Suite struct PNGOutputTests {
    /// Width and height from the IHDR chunk, after checking the signature.
    func pngSize(_ bytes: [UInt8]) -> (width: Int, height: Int)? {
        guard bytes.count > 24, bytes.prefix(8) == [137, 80, 78, 71, 13, 10, 26, 10], bytes[12..<16] == Array("IHDR".utf8)[...] else { return nil }
        func int(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (int(16), int(20))
    }

    @Test(arguments: [1.0, 2.0]) func pixelSizeIsSceneSizeTimesScale(scale: Double) throws {
        let bytes = try Fixtures.renderer().render(try Fixtures.barChart(), as: .png, scale: scale)
        let size = try #require(pngSize(bytes))
        #expect(size.width == Int(400 * scale))
        #expect(size.height == Int(200 * scale))
    }

    @Test func aNonPositiveScaleIsRefused() throws {
        #expect(throws: RenderError.invalidScale(0)) {
            try Fixtures.renderer().render(try Fixtures.barChart(), as: .png, scale: 0)
        }
    }
}
