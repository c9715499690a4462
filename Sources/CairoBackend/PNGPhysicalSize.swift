/// The pHYs chunk that tells Word, LaTeX and image viewers a PNG's resolution, so a figure
/// rendered at 2 pixels per point is placed at its intended size (800 pt wide, not 1600 px at
/// the application's default 96 dpi). Cairo writes none, so it is inserted after IHDR.
enum PNGPhysicalSize {
    static func insert(into png: [UInt8], pixelsPerPoint scale: Double) -> [UInt8] {
        // Signature (8) + IHDR chunk (4 length + 4 type + 13 data + 4 CRC).
        let afterHeader = 8 + 25
        guard png.count > afterHeader, Array(png[12..<16]) == Array("IHDR".utf8), scale.isFinite, scale > 0 else { return png }
        let perMetre = UInt32(min((scale * 72 / 0.0254).rounded(), Double(UInt32.max)))
        var data: [UInt8] = []
        data += bigEndian(perMetre) + bigEndian(perMetre) + [1]  // unit: metre
        let body = Array("pHYs".utf8) + data
        let chunk = bigEndian(UInt32(data.count)) + body + bigEndian(crc32(body))
        return Array(png[..<afterHeader]) + chunk + Array(png[afterHeader...])
    }

    private static func bigEndian(_ v: UInt32) -> [UInt8] {
        [UInt8(v >> 24 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)]
    }

    /// CRC-32 as PNG defines it (ISO 3309), over the chunk's type and data.
    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
        }
        return crc ^ 0xFFFF_FFFF
    }
}
