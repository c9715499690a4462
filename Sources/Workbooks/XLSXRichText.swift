import Foundation

/// The text of a shared or inline string: every `<t>`, including those of rich-text runs
/// (`<r><t>`), joined, while phonetic guides (`<rPh>`, the furigana over Japanese text) are
/// left out because they are annotations, not part of the string.
struct XLSXRichText {
    private(set) var value = ""
    private var inText = false
    private var phoneticDepth = 0

    mutating func start(_ element: String) {
        if element == "rPh" { phoneticDepth += 1 }
        if element == "t", phoneticDepth == 0 { inText = true }
    }

    mutating func end(_ element: String) {
        if element == "rPh" { phoneticDepth = max(0, phoneticDepth - 1) }
        if element == "t" { inText = false }
    }

    mutating func text(_ characters: String) {
        if inText { value += characters }
    }

    var unescaped: String { Self.unescape(value) }

    /// The string with Excel's `_xHHHH_` escapes (how it stores control characters such as
    /// `_x000D_`, and `_x005F_` for a literal underscore) turned back into characters.
    static func unescape(_ value: String) -> String {
        guard value.contains("_x") else { return value }
        var result = ""
        var rest = Substring(value)
        while let start = rest.range(of: "_x") {
            let hex = rest[start.upperBound...].prefix(5)
            if hex.count == 5, hex.last == "_", hex.dropLast().allSatisfy(\.isHexDigit),
               let code = UInt32(hex.dropLast(), radix: 16), let scalar = Unicode.Scalar(code) {
                result += rest[..<start.lowerBound]
                result.unicodeScalars.append(scalar)
                rest = rest[rest.index(start.upperBound, offsetBy: 5)...]
            } else {
                result += rest[..<start.upperBound]
                rest = rest[start.upperBound...]
            }
        }
        return result + rest
    }
}
