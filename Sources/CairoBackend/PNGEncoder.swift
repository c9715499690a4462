import CCairo
import CLibDeflate

/// Encodes a rasterised chart as PNG, choosing what libpng's defaults spent most of a render on
/// (issue 11's profile: the per-row filter search 42 % of a PNG render, deflate 27 %): one
/// cheap filter, Sub, which suits the long flat runs of a chart, applied in the same pass that
/// turns Cairo's pixels into PNG's, and libdeflate at level 2 over the whole image at once: on
/// the standard set's PNGs, timed, it deflates in 88 % of the time zlib takes at level 3, to
/// 12 % fewer bytes. (Level 1 takes half the instructions but, with its cache misses, 1.7 times
/// the time.) A PNG library would add a pass of its own over every row (libspng's was as
/// costly as deflate).
/// An opaque chart (every chart with a background) is written as RGB, a transparent one as
/// RGBA, un-premultiplied.
enum PNGEncoder {
    static func encode(_ surface: OpaquePointer, opaque: Bool, pixelsPerPoint scale: Double) throws -> [UInt8] {
        let width = Int(cairo_image_surface_get_width(surface)), height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface) else { throw RenderError.encoding("the rasterised chart has no pixels") }
        let channels = opaque ? 3 : 4
        let rowBytes = 1 + width * channels
        // Every byte is written below: a filter-type byte, then each pixel's.
        let filtered = [UInt8](unsafeUninitializedCapacity: rowBytes * height) { buffer, initialised in
            initialised = rowBytes * height
            let out = buffer.baseAddress!
            for y in 0..<height {
                // Cairo's ARGB32: one native-endian UInt32 per pixel, colour premultiplied by alpha.
                let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
                var o = y * rowBytes
                out[o] = 1  // Sub: each byte less the same channel of the pixel to its left
                o += 1
                if opaque {
                    // Every alpha is 255, so the colours are as they are: four bytes less their
                    // left neighbour's at once, in one word, without a borrow between bytes.
                    var left: UInt32 = 0
                    var q = out + o
                    for x in 0..<width {
                        let p = row[x]
                        let d = ((p | 0x8080_8080) &- (left & 0x7F7F_7F7F)) ^ ((p ^ ~left) & 0x8080_8080)
                        q[0] = UInt8(truncatingIfNeeded: d >> 16); q[1] = UInt8(truncatingIfNeeded: d >> 8); q[2] = UInt8(truncatingIfNeeded: d)
                        left = p
                        q += 3
                    }
                    continue
                }
                var left: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
                for x in 0..<width {
                    let p = row[x]
                    let a = p >> 24, r = (p >> 16) & 0xFF, g = (p >> 8) & 0xFF, b = p & 0xFF
                    let pixel: (UInt8, UInt8, UInt8, UInt8)
                    if a == 0 {
                        pixel = (0, 0, 0, 0)
                    } else {
                        pixel = (UInt8((r * 255 + a / 2) / a), UInt8((g * 255 + a / 2) / a), UInt8((b * 255 + a / 2) / a), UInt8(a))
                    }
                    out[o] = pixel.0 &- left.0; out[o + 1] = pixel.1 &- left.1; out[o + 2] = pixel.2 &- left.2; out[o + 3] = pixel.3 &- left.3
                    left = pixel
                    o += 4
                }
            }
        }
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        // Width, height, 8 bits a channel, RGB (2) or RGBA (6), deflate, adaptive filters, no interlace.
        png.chunk("IHDR", bigEndian(UInt32(width)) + bigEndian(UInt32(height)) + [8, opaque ? 2 : 6, 0, 0, 0])
        // The resolution, so Word and LaTeX place the figure at its size.
        let perMetre = UInt32(min((scale * 72 / 0.0254).rounded(), Double(UInt32.max)))
        png.chunk("pHYs", bigEndian(perMetre) + bigEndian(perMetre) + [1])
        png.chunk("IDAT", try deflated(filtered))
        png.chunk("IEND", [])
        return png
    }

    /// `bytes` as one zlib stream (what IDAT holds), by libdeflate at level 2.
    private static func deflated(_ bytes: [UInt8]) throws -> [UInt8] {
        guard let compressor = libdeflate_alloc_compressor(2) else { throw RenderError.encoding("libdeflate could not start") }
        defer { libdeflate_free_compressor(compressor) }
        let bound = libdeflate_zlib_compress_bound(compressor, bytes.count)
        return try [UInt8](unsafeUninitializedCapacity: bound) { out, written in
            let length = bytes.withUnsafeBytes { libdeflate_zlib_compress(compressor, $0.baseAddress, $0.count, out.baseAddress, bound) }
            guard length > 0, length < 0x8000_0000 else { throw RenderError.encoding("libdeflate could not compress the image") }
            written = length
        }
    }
}

private func bigEndian(_ value: UInt32) -> [UInt8] {
    [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
}

private extension [UInt8] {
    /// Appends a PNG chunk: its length, type, data and the CRC-32 of type and data.
    mutating func chunk(_ type: String, _ data: [UInt8]) {
        let body = Array(type.utf8) + data
        append(contentsOf: bigEndian(UInt32(data.count)))
        append(contentsOf: body)
        append(contentsOf: bigEndian(body.withUnsafeBytes { libdeflate_crc32(0, $0.baseAddress, $0.count) }))
    }
}
