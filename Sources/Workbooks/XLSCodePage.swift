import Foundation

/// The character set of a BIFF5 workbook's byte strings, from its CODEPAGE record (BIFF8 text
/// is Unicode whatever the record says). A Chinese Excel 95 writes GBK (code page 936).
///
/// The code page is known, so the bytes are converted as that code page, never guessed at:
/// YearbookData's `TextDecoder` detects an encoding (and would take GBK bytes that happen to be
/// valid UTF-8 for UTF-8), so Foundation's converters are used with the encoding named here.
struct XLSCodePage: Sendable {
    /// Excel's default when a workbook has no CODEPAGE record: Windows Western.
    static let windowsWestern = XLSCodePage(number: 1252)

    let number: Int

    /// The code pages a yearbook workbook plausibly comes in: Unicode, the Windows ANSI code
    /// pages of Western Europe, Central Europe, Cyrillic, Greek and Turkish, Mac Roman, and
    /// the East Asian ones (GBK and GB18030, Big5, Shift JIS).
    private var encoding: String.Encoding? {
        switch number {
        case 1200: .utf16LittleEndian
        case 65001: .utf8
        case 367, 20127: .ascii
        case 1252, 32769: .windowsCP1252
        case 1250: .windowsCP1250
        case 1251: .windowsCP1251
        case 1253: .windowsCP1253
        case 1254: .windowsCP1254
        case 10000, 32768: .macOSRoman
        case 932: .shiftJIS
        // Core Foundation's GB 18030 (a superset of GBK and GB 2312) and Big5, in Foundation's numbering.
        case 936, 54936, 20936: String.Encoding(rawValue: 0x8000_0632)
        case 950: String.Encoding(rawValue: 0x8000_0A03)
        default: nil
        }
    }

    func decode(_ bytes: [UInt8]) throws(XLSDamage) -> String {
        guard let encoding else { throw .unsupportedCodePage(number) }
        guard let text = String(bytes: bytes, encoding: encoding) else { throw .invalidText(codePage: number) }
        return text
    }
}
