import Foundation

/// Recognises a password-protected .xls from its bytes: Excel encrypts a workbook by putting a
/// FILEPASS record right after the workbook's BOF (a WRITEPROTECT record may come between) and
/// encrypting what follows, which FreeXL cannot decrypt and mostly reports as damage.
enum XLSEncryption {
    private static let filePass: UInt16 = 0x002F
    private static let writeProtect: UInt16 = 0x0086

    /// True when a workbook-globals BOF (BIFF5 or BIFF8) starting a stream sector is followed
    /// by a FILEPASS record. Streams start on 64-byte (mini-stream) or 512-byte boundaries.
    static func isEncrypted(_ bytes: Data) -> Bool {
        let bytes = [UInt8](bytes)
        func word(_ offset: Int) -> UInt16? {
            offset + 1 < bytes.count ? UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8 : nil
        }
        for start in stride(from: 512, to: bytes.count, by: 64) {
            guard word(start) == 0x0809, let size = word(start + 2), [0x0500, 0x0600].contains(word(start + 4)),
                  word(start + 6) == 0x0005 else { continue }
            var offset = start + 4 + Int(size)
            while let kind = word(offset), let length = word(offset + 2) {
                if kind == filePass { return true }
                guard kind == writeProtect else { break }
                offset += 4 + Int(length)
            }
        }
        return false
    }
}
