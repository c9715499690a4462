/// Excel 97–2003's RC4 encryption of a workbook stream ([MS-XLS] 2.2.10, [MS-OFFCRYPTO]
/// 2.3.6), undone when Excel's built-in password opens it.
///
/// Excel encrypts with the password "VelvetSweatshop" when a workbook is protected but has no
/// password to open it (its structure or sheets are locked, or it asks to be opened read-only),
/// so it opens without a prompt; such files are common among bureau downloads. A workbook
/// encrypted with a password of its own, or with XOR obfuscation or CryptoAPI RC4, is refused.
///
/// Record headers stay plain, as do the payloads of the records listed below and the stream
/// offset at the start of each BOUNDSHEET; everything else is XORed with an RC4 key stream
/// that restarts, with a new key, every 1024 bytes of the stream.
enum XLSEncryption {
    static let defaultPassword = "VelvetSweatshop"
    private static let blockSize = 1024
    /// BOF, FILEPASS, USREXCL, FILELOCK, INTERFACEHDR, RRDINFO and RRDHEAD.
    private static let plainRecords: Set<UInt16> = [0x0809, 0x002F, 0x0194, 0x0195, 0x00E1, 0x0196, 0x0138]

    /// The workbook stream ready to read: as it is when no FILEPASS record follows its first
    /// BOF (a WRITEPROTECT record may come between), decrypted when the default password opens it.
    static func decrypted(_ stream: [UInt8]) throws(XLSDamage) -> [UInt8] {
        let bytes = XLSBytes(bytes: stream)
        var cursor = BIFFRecordCursor(bytes, at: 0)
        guard try cursor.next()?.type == BIFFRecordType.bof else { return stream }
        var record = try cursor.next()
        while record?.type == BIFFRecordType.writeProtect { record = try cursor.next() }
        guard let filePass = record, filePass.type == BIFFRecordType.filePass else { return stream }
        guard let key = key(Array(stream[filePass.payload]), password: defaultPassword) else { throw .passwordProtected }
        return decrypt(stream, key: key)
    }

    /// The five bytes every block key is made from, when `payload` (a FILEPASS record's) is RC4
    /// encryption version 1.1 and `password` passes its verifier; nil otherwise.
    static func key(_ payload: [UInt8], password: String) -> [UInt8]? {
        let fields = XLSBytes(bytes: payload)
        guard fields.u16(0) == 1, fields.u16(2) == 1, fields.u16(4) == 1, payload.count >= 54 else { return nil }
        let salt = Array(payload[6..<22])
        let passwordBytes = password.utf16.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8($0 >> 8)] }
        let truncated = Array(XLSMD5.digest(passwordBytes).prefix(5))
        let key = Array(XLSMD5.digest(Array(repeating: truncated + salt, count: 16).flatMap { $0 }).prefix(5))
        var cipher = XLSRC4(key: blockKey(key, block: 0))
        let verifier = cipher.apply(Array(payload[22..<54]))
        guard XLSMD5.digest(Array(verifier[0..<16])) == Array(verifier[16..<32]) else { return nil }
        return key
    }

    /// The RC4 key of one 1024-byte block of the stream.
    static func blockKey(_ key: [UInt8], block: Int) -> [UInt8] {
        XLSMD5.digest(key + (0..<4).map { UInt8(truncatingIfNeeded: block >> (8 * $0)) })
    }

    /// The stream with every encrypted byte decrypted. A record that runs past the end stops
    /// the walk; reading the stream reports it.
    private static func decrypt(_ stream: [UInt8], key: [UInt8]) -> [UInt8] {
        var plain = stream
        var keyStream = KeyStream(key: key)
        var cursor = BIFFRecordCursor(XLSBytes(bytes: stream), at: 0)
        while let record = (try? cursor.next()) ?? nil {
            guard !plainRecords.contains(record.type) else { continue }
            let skipped = record.type == BIFFRecordType.boundSheet ? 4 : 0
            for offset in min(record.payload.lowerBound + skipped, record.payload.upperBound)..<record.payload.upperBound {
                plain[offset] ^= keyStream.byte(at: offset)
            }
        }
        return plain
    }

    /// The key stream by stream offset, for offsets that only grow: a new cipher at each block,
    /// bytes of plain headers and records drawn and discarded.
    private struct KeyStream {
        let key: [UInt8]
        var block = -1
        var position = 0
        var cipher = XLSRC4(key: [0])

        mutating func byte(at offset: Int) -> UInt8 {
            if offset / XLSEncryption.blockSize != block {
                block = offset / XLSEncryption.blockSize
                cipher = XLSRC4(key: XLSEncryption.blockKey(key, block: block))
                position = block * XLSEncryption.blockSize
            }
            while position < offset {
                _ = cipher.next()
                position += 1
            }
            position += 1
            return cipher.next()
        }
    }
}
