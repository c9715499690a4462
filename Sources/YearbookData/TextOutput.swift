/// How an exported table's bytes are written for the program that opens them: UTF-8 as is,
/// UTF-8 with a byte-order mark (Excel on Windows reads a CSV without one as the local code
/// page and garbles every Chinese name), or GB18030 for tools that expect the national encoding.
public enum TextOutput: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case excel
    case gb18030

    public func encode(_ text: String) -> [UInt8] {
        switch self {
        case .utf8: return Array(text.utf8)
        case .excel: return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        // GB18030 encodes every Unicode scalar, so iconv cannot fail on valid UTF-8.
        case .gb18030: return TextDecoder.iconvConvert(Array(text.utf8), from: "UTF-8", to: "GB18030") ?? Array(text.utf8)
        }
    }
}
