import CCairo
import CSPNG

/// Encodes a rasterised chart as PNG with libspng, choosing what libpng's defaults spend most
/// of a render on (issue 11's profile: the per-row filter search 42 % of a PNG render, deflate
/// 27 %): one cheap filter (Sub, which suits the long flat runs of a chart) and a low deflate
/// level. Measured on the standard set, see README "Performance". An opaque chart (every chart
/// with a background) is written as RGB, a transparent one as RGBA, un-premultiplied.
enum PNGEncoder {
    static func encode(_ surface: OpaquePointer, opaque: Bool, pixelsPerPoint scale: Double) throws -> [UInt8] {
        let width = Int(cairo_image_surface_get_width(surface)), height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface) else { throw RenderError.encoding("the rasterised chart has no pixels") }
        let channels = opaque ? 3 : 4
        var pixels = [UInt8](repeating: 0, count: width * height * channels)
        pixels.withUnsafeMutableBufferPointer { out in
            for y in 0..<height {
                // Cairo's ARGB32: one native-endian UInt32 per pixel, colour premultiplied by alpha.
                let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
                var o = y * width * channels
                for x in 0..<width {
                    let p = row[x]
                    let a = p >> 24, r = (p >> 16) & 0xFF, g = (p >> 8) & 0xFF, b = p & 0xFF
                    if opaque {
                        out[o] = UInt8(r); out[o + 1] = UInt8(g); out[o + 2] = UInt8(b)
                    } else if a == 0 {
                        out[o] = 0; out[o + 1] = 0; out[o + 2] = 0; out[o + 3] = 0
                    } else {
                        out[o] = UInt8((r * 255 + a / 2) / a); out[o + 1] = UInt8((g * 255 + a / 2) / a)
                        out[o + 2] = UInt8((b * 255 + a / 2) / a); out[o + 3] = UInt8(a)
                    }
                    o += channels
                }
            }
        }
        guard let ctx = spng_ctx_new(Int32(SPNG_CTX_ENCODER.rawValue)) else { throw RenderError.encoding("libspng could not start") }
        defer { spng_ctx_free(ctx) }
        spng_set_option(ctx, SPNG_ENCODE_TO_BUFFER, 1)
        spng_set_option(ctx, SPNG_FILTER_CHOICE, Int32(SPNG_FILTER_CHOICE_SUB.rawValue))
        spng_set_option(ctx, SPNG_IMG_COMPRESSION_LEVEL, 3)
        var ihdr = spng_ihdr(width: UInt32(width), height: UInt32(height), bit_depth: 8,
                             color_type: UInt8(opaque ? SPNG_COLOR_TYPE_TRUECOLOR.rawValue : SPNG_COLOR_TYPE_TRUECOLOR_ALPHA.rawValue),
                             compression_method: 0, filter_method: 0, interlace_method: 0)
        spng_set_ihdr(ctx, &ihdr)
        // The resolution, so Word and LaTeX place the figure at its size.
        let perMetre = UInt32(min((scale * 72 / 0.0254).rounded(), Double(UInt32.max)))
        var phys = spng_phys(ppu_x: perMetre, ppu_y: perMetre, unit_specifier: 1)
        spng_set_phys(ctx, &phys)
        let status = pixels.withUnsafeMutableBytes { spng_encode_image(ctx, $0.baseAddress, $0.count, Int32(SPNG_FMT_PNG.rawValue), Int32(SPNG_ENCODE_FINALIZE.rawValue)) }
        guard status == 0 else { throw RenderError.encoding(String(cString: spng_strerror(status))) }
        var length = 0, error: Int32 = 0
        guard let buffer = spng_get_png_buffer(ctx, &length, &error) else { throw RenderError.encoding(String(cString: spng_strerror(error))) }
        defer { free(buffer) }
        return Array(UnsafeRawBufferPointer(start: buffer, count: length))
    }
}
