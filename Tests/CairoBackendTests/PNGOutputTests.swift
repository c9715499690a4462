import CCairo
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

    /// The PNG's pixels as Cairo reads them back (libpng, not our encoder): premultiplied ARGB.
    final class Reader { let bytes: [UInt8]; var at = 0; init(_ bytes: [UInt8]) { self.bytes = bytes } }
    func decode(_ bytes: [UInt8]) throws -> (width: Int, pixel: (Int, Int) -> UInt32) {
        let reader = Reader(bytes)
        let surface = cairo_image_surface_create_from_png_stream({ closure, data, length in
            let reader = Unmanaged<Reader>.fromOpaque(closure!).takeUnretainedValue()
            guard reader.at + Int(length) <= reader.bytes.count else { return CAIRO_STATUS_READ_ERROR }
            for i in 0..<Int(length) { data![i] = reader.bytes[reader.at + i] }
            reader.at += Int(length)
            return CAIRO_STATUS_SUCCESS
        }, Unmanaged.passUnretained(reader).toOpaque())!
        try #require(cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS)
        let stride = Int(cairo_image_surface_get_stride(surface)), data = cairo_image_surface_get_data(surface)!
        return (Int(cairo_image_surface_get_width(surface)), { x, y in
            UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)[x]
        })
    }

    /// The bytes of the first chunk called `type`.
    func chunk(_ type: String, in bytes: [UInt8]) -> ArraySlice<UInt8>? {
        var at = 8
        while at + 8 <= bytes.count {
            let length = bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) }
            if bytes[at + 4..<at + 8] == Array(type.utf8)[...] { return bytes[at + 8..<at + 8 + length] }
            at += length + 12
        }
        return nil
    }

    @Test func anOpaqueChartDecodesToItsColours() throws {
        let bytes = try Fixtures.renderer().render(try Fixtures.barChart(), as: .png, scale: 1)
        #expect(bytes[25] == 2)  // colour type 2: RGB, no alpha channel for an opaque chart
        let image = try decode(bytes)
        #expect(image.pixel(2, 2) == 0xFFFF_FFFF)  // the white background
        #expect(image.pixel(200, 92) == 0xFF4E_79A7)  // inside the blue bar (170…320 × 80…104)
    }

    @Test func aTransparentChartKeepsItsAlpha() throws {
        let chart = try Fixtures.barChart()
        let clear = Scene(width: chart.width, height: chart.height, marks: chart.marks, title: chart.title)
        let bytes = try Fixtures.renderer().render(clear, as: .png, scale: 1)
        #expect(bytes[25] == 6)  // RGBA
        let image = try decode(bytes)
        #expect(image.pixel(2, 2) == 0)
        #expect(image.pixel(200, 92) == 0xFF4E_79A7)
    }

    @Test(arguments: [1.0, 300.0 / 72]) func theResolutionIsRecorded(scale: Double) throws {
        let bytes = try Fixtures.renderer().render(try Fixtures.barChart(), as: .png, scale: scale)
        let phys = try #require(chunk("pHYs", in: bytes))
        let perMetre = phys.prefix(4).reduce(0) { $0 << 8 | Int($1) }
        #expect(abs(Double(perMetre) * 0.0254 - scale * 72) < 0.05)  // dots per inch
        #expect(phys.last == 1)  // unit: metre
    }

    @Test func equalScenesGiveEqualBytes() throws {
        let renderer = try Fixtures.renderer()
        #expect(try renderer.render(try Fixtures.barChart(), as: .png, scale: 2) == renderer.render(try Fixtures.barChart(), as: .png, scale: 2))
    }
}
