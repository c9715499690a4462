import Foundation
import TestSupport
import Testing
@testable import Workbooks

/// Excel's RC4 encryption: the default password "VelvetSweatshop" opens a workbook protected
/// only against changes; any other encryption is refused as password-protected.
@Suite struct XLSEncryptionTests {
    typealias B = XLSBuilder

    @Test(arguments: [
        ("", "d41d8cd98f00b204e9800998ecf8427e"),
        ("abc", "900150983cd24fb0d6963f7d28e17f72"),
        ("12345678901234567890123456789012345678901234567890123456789012345678901234567890", "57edf4a22be3c955ac49da2e2107b67a"),
    ])
    func md5(message: String, digest: String) {
        #expect(hex(XLSMD5.digest(Array(message.utf8))) == digest)
    }

    @Test func rc4() {
        var cipher = XLSRC4(key: Array("Key".utf8))
        #expect(hex(cipher.apply(Array("Plaintext".utf8))) == "bbf316e8d940af0ad3")
    }

    /// Vectors computed apart from this code (Python's hashlib and a textbook RC4), for salt
    /// 00…0f and verifier 10…1f.
    @Test func keyDerivationAndVerifier() throws {
        let encrypted = bytes("75893a71a012720e88b0c355190404ef7952c14f1ebd3eec4903dea40b7cc250")
        let payload = le16(1) + le16(1) + le16(1) + Array(0..<16) + encrypted
        let key = try #require(XLSEncryption.key(payload, password: "VelvetSweatshop"))
        #expect(hex(key) == "0a77b27c0a")
        #expect(XLSEncryption.key(payload, password: "secret") == nil)
        var block1 = XLSRC4(key: XLSEncryption.blockKey(key, block: 1))
        #expect(hex(block1.apply([UInt8](repeating: 0, count: 8))) == "047d426dd8b55448")
    }

    /// A workbook encrypted as Excel does with the default password reads like the plain one:
    /// a stream of several 1024-byte blocks, strings in the SST, the BOUNDSHEET offsets left plain.
    @Test func defaultPasswordIsDecrypted() throws {
        let records = [B.labelSST(0, 0, 0), B.labelSST(0, 1, 1)] + (1..<200).map { B.number($0, 1, Double($0) / 10, style: 1) }
        let plain = XLSBuilder(sheets: [("开发区", records), ("注释", [B.labelSST(0, 0, 2)])], sharedStrings: ["名称", "增长(%)", "注：快报数"],
                               formats: [164: "0.0"], styles: [0, 164])
        let encrypted = Self.encrypted(plain)
        #expect(encrypted.count > 3 * 1024)
        let book = try XLSWorkbook(data: Data(CompoundFile(stream: encrypted, name: "Workbook", mini: true).bytes), file: "e.xls")
        #expect(book.sheetNames == ["开发区", "注释"])
        #expect(try book.grid(sheet: 0).rows.map(\.cells) == plain.workbook().grid(sheet: 0).rows.map(\.cells))
        #expect(try book.grid(sheet: 0).rows[199].cells == ["", "19.9"])
        #expect(try book.grid(sheet: 1).rows.map(\.cells) == [["注：快报数"]])
    }

    @Test func anotherPasswordIsRefused() {
        var book = XLSBuilder(sheets: [("S", [B.number(0, 0, 1)])])
        book.afterBOF = [B.Record(0x002F, le16(1) + le16(1) + le16(1) + [UInt8](repeating: 0, count: 48))]
        #expect(thrownMessage { _ = try book.workbook() } ==
            "book.xls: error: is password-protected; open it in a spreadsheet program, remove the password and save it again")
    }

    @Test(arguments: [
        le16(0) + le16(0x1234) + le16(0x5678),               // XOR obfuscation
        le16(1) + le16(2) + le16(2) + [UInt8](repeating: 0, count: 80), // CryptoAPI RC4
    ])
    func otherEncryptionIsRefused(payload: [UInt8]) {
        var book = XLSBuilder(sheets: [("S", [B.number(0, 0, 1)])])
        book.afterBOF = [B.Record(0x0086, []), B.Record(0x002F, payload)]
        #expect(thrownMessage { _ = try book.workbook() }?.hasSuffix("is password-protected; open it in a spreadsheet program, remove the password and save it again") == true)
    }

    @Test func passwordFixtureIsRefused() {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/password.xls").path
        #expect(thrownMessage { _ = try XLSWorkbook(path: path) } ==
            "\(path): error: is password-protected; open it in a spreadsheet program, remove the password and save it again")
    }

    /// The workbook's stream with a FILEPASS for the default password after its BOF and every
    /// byte Excel encrypts XORed with the key stream of its 1024-byte block.
    private static func encrypted(_ book: XLSBuilder) -> [UInt8] {
        let salt = [UInt8](repeating: 0x5A, count: 16)
        let verifier = Array(UInt8(0)..<16)
        let passwordBytes = XLSEncryption.defaultPassword.utf16.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8($0 >> 8)] }
        let truncated = Array(XLSMD5.digest(passwordBytes).prefix(5))
        let key = Array(XLSMD5.digest(Array(repeating: truncated + salt, count: 16).flatMap { $0 }).prefix(5))
        var cipher = XLSRC4(key: XLSEncryption.blockKey(key, block: 0))
        var withPass = book
        withPass.afterBOF = [B.Record(0x002F, le16(1) + le16(1) + le16(1) + salt + cipher.apply(verifier + XLSMD5.digest(verifier)))]
        var stream = withPass.workbookStream()
        var position = 0
        var keyStream: [UInt8] = []
        while position + 4 <= stream.count {
            let type = UInt16(stream[position]) | UInt16(stream[position + 1]) << 8
            let length = Int(stream[position + 2]) | Int(stream[position + 3]) << 8
            let start = position + 4 + (type == 0x0085 ? 4 : 0)
            if ![0x0809, 0x002F, 0x00E1].contains(type) {
                for offset in start..<(position + 4 + length) {
                    while keyStream.count <= offset {
                        var block = XLSRC4(key: XLSEncryption.blockKey(key, block: keyStream.count / 1024))
                        keyStream += block.apply([UInt8](repeating: 0, count: 1024))
                    }
                    stream[offset] ^= keyStream[offset]
                }
            }
            position += 4 + length
        }
        return stream
    }

    private func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }

    private func bytes(_ hex: String) -> [UInt8] {
        stride(from: 0, to: hex.count, by: 2).map { UInt8(hex.dropFirst($0).prefix(2), radix: 16)! }
    }
}
