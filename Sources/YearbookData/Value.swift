/// A number as the table prints it: the parsed value for arithmetic and the printed digits for
/// export, so that 1127 stays 1127, -100.0 stays -100.0 and 0 stays 0.
public struct Value: Hashable, Sendable, CustomStringConvertible {
    public let number: Double
    /// Canonical decimal text: sign and digits as printed, without separators, `+` or units.
    public let text: String

    public init(number: Double, text: String) {
        self.number = number
        self.text = text
    }

    /// A value computed rather than printed, written with up to `decimals` digits and no
    /// trailing zeros.
    public init(computed number: Double, decimals: Int = 6) {
        self.number = number
        self.text = Value.format(number, decimals: decimals)
    }

    public var description: String { text }

    /// Digits after the decimal point as printed (1590.05 → 2), the precision a check may expect.
    public var decimals: Int {
        guard let dot = text.firstIndex(of: ".") else { return 0 }
        return text[text.index(after: dot)...].prefix { $0.isNumber }.count
    }

    static func format(_ number: Double, decimals: Int) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        var text = String(format: "%.\(decimals)f", number)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }
}

/// What one cell of a table holds.
public enum CellContent: Hashable, Sendable {
    /// A number, with the unit the cell itself prints after it (`463亿元`), if any.
    case number(Value, unit: String?)
    /// A mark for "not available": —, …, -, x, or an empty cell. Never zero.
    case missing(mark: String)
    /// Text that is neither.
    case text(String)

    /// The marks statistical tables use for a value that is not available.
    public static let missingMarks: Set<String> = ["", "—", "——", "–", "-", "--", "…", "……", "...", "..", "#N/A", "NaN", "nan", "x", "X", "×", "/", "NA", "N/A", "n/a", "null", "－"]

    static let longestMark = missingMarks.map(\.utf8.count).max()!

    public init(parsing raw: String) {
        if let plain = CellContent.plainNumber(raw) {
            self = .number(plain, unit: nil)
            return
        }
        let s = Label.normalise(raw)
        // Only text as short as a mark is looked up: hashing Chinese text normalises it, and
        // every label of a table is asked.
        if s.utf8.count <= CellContent.longestMark && CellContent.missingMarks.contains(s)
            || (s.utf8.count <= 12 && s.utf8.contains(0x20) && CellContent.missingMarks.contains(String(s.unicodeScalars.filter { $0 != " " }))) {
            self = .missing(mark: s)
            return
        }
        if let (value, unit) = CellContent.number(s) {
            self = .number(value, unit: unit)
        } else {
            self = .text(s)
        }
    }

    public var value: Value? {
        if case .number(let v, _) = self { return v }
        return nil
    }

    /// The common cell of a large table, `-12.5` or `56272`: an optional minus, digits and at
    /// most one inner dot, read straight from the bytes. Everything else (separators, signs,
    /// exponents, units, leading dots) goes the general way through `number`.
    static func plainNumber(_ raw: String) -> Value? {
        switch scanPlain(raw) {
        case .notPlain: return nil
        case .exact(let number): return Value(number: number, text: raw)
        case .long: return Double(raw).map { Value(number: $0, text: raw) }
        }
    }

    /// Whether `raw` has the plain form `plainNumber` reads: a scan that only asks whether a
    /// column holds numbers.
    static func isPlainNumber(_ raw: String) -> Bool {
        scanPlain(raw) != .notPlain
    }

    /// What one pass over a cell's bytes makes of it.
    enum PlainScan: Equatable {
        case notPlain
        /// At most 15 significant digits, converted without `strtod`: its digits as an integer
        /// are exact in a double, and so is the power of ten it is divided by, so the one
        /// division rounds exactly as `strtod` does (Clinger's fast path). A tenth of loading a
        /// large table was `strtod`.
        case exact(Double)
        /// Plain, but too long for the fast path: `strtod` converts it.
        case long
    }

    /// Powers of ten a double holds exactly.
    private static let exactPowersOfTen: [Double] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
                                                     1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22]

    /// Told and converted in one pass over the bytes in place (two passes, through the
    /// string's UTF-8 view, were a tenth of loading a yearbook layout).
    static func scanPlain(_ raw: String) -> PlainScan {
        raw.utf8.withContiguousStorageIfAvailable(scanPlain) ?? Array(raw.utf8).withUnsafeBufferPointer(scanPlain)
    }

    static func scanPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> PlainScan {
        var mantissa: UInt64 = 0, digits = 0, significant = 0, decimals = 0
        var negative = false, dotted = false, lastWasDigit = false
        for index in bytes.indices {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits += 1
                lastWasDigit = true
                // Leading zeros (0.05) add nothing to the integer.
                if mantissa > 0 || byte != UInt8(ascii: "0") { significant += 1 }
                if significant <= 15 { mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0")) }
                if dotted { decimals += 1 }
            case UInt8(ascii: ".") where lastWasDigit && !dotted:
                dotted = true
                lastWasDigit = false
            case UInt8(ascii: "-") where index == 0:
                negative = true
            default:
                return .notPlain
            }
        }
        guard lastWasDigit && digits > 0 else { return .notPlain }
        guard significant <= 15, decimals < exactPowersOfTen.count else { return .long }
        let magnitude = Double(mantissa) / exactPowersOfTen[decimals]
        return .exact(negative ? -magnitude : magnitude)
    }

    /// Reads `1,234.5`, `+8.9`, `−3.8` (minus sign), `12.5%`, `1.2E+05` and `463亿元`.
    static func number(_ s: String) -> (Value, String?)? {
        // Digits then a date's or a clock's separator (1900-01-01 00:00, 2020/1/31, 9:05) is
        // no number: said from the bytes before any string is built, as dated rows need.
        var bytes = s.utf8.makeIterator(), leadingDigit = false
        while let b = bytes.next() {
            if (0x30...0x39).contains(b) { leadingDigit = true; continue }
            if leadingDigit, b == UInt8(ascii: "-") || b == UInt8(ascii: "/") || b == UInt8(ascii: ":") { return nil }
            break
        }
        var chars = s.unicodeScalars.contains("\u{2212}") ? Substring(s.replacingOccurrences(of: "\u{2212}", with: "-")) : Substring(s)
        var negative = false
        if chars.first == "-" || chars.first == "+" {
            negative = chars.first == "-"
            chars = chars.dropFirst().drop { $0 == " " }
        }
        var digits = ""
        var sawDigit = false, sawDot = false, sawExponent = false
        var groupLength = -1
        var index = chars.startIndex
        scan: while index < chars.endIndex {
            let c = chars[index]
            switch c {
            case "0"..."9":
                digits.append(c)
                sawDigit = true
                if groupLength >= 0, !sawDot { groupLength += 1 }
            case "," where sawDigit && !sawDot && !sawExponent:
                if groupLength >= 0 && groupLength != 3 { return nil }
                if groupLength < 0 && digits.count > 3 { return nil }
                groupLength = 0
            case "." where !sawDot && !sawExponent:
                if groupLength >= 0 && groupLength != 3 { return nil }
                groupLength = -1
                sawDot = true
                digits.append(c)
            case "e", "E":
                let next = chars.index(after: index)
                guard sawDigit, !sawExponent, next < chars.endIndex, chars[next].isNumber || chars[next] == "+" || chars[next] == "-" else { break scan }
                sawExponent = true
                digits.append("e")
                if chars[next] == "+" || chars[next] == "-" {
                    if chars[next] == "-" { digits.append("-") }
                    index = chars.index(after: next)
                    continue
                }
            default:
                break scan
            }
            index = chars.index(after: index)
        }
        if index < chars.endIndex, let next = chars[index].asciiValue, (0x30...0x39).contains(next) || "-/:.".utf8.contains(next) { return nil }
        if groupLength >= 0 && groupLength != 3 && !sawDot { return nil }
        guard sawDigit, !digits.hasSuffix("e"), !digits.hasSuffix("-"), let magnitude = Double(digits) else { return nil }
        if digits.hasPrefix(".") { digits = "0" + digits }
        if digits.hasSuffix(".") { return nil }
        let tail = String(chars[index...]).trimmingCharacters(in: " ")
        // No unit starts with a digit or a date's separators; 1900-01-01 and 12:30 are not
        // numbers with units, and asking the unit tables on every date cell was most of the cost
        // of loading a long dated series.
        if let first = tail.utf8.first, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) || "-/:.".utf8.contains(first) { return nil }
        if !tail.isEmpty && !Unit.isRecognised(tail) { return nil }
        let text = (negative ? "-" : "") + digits
        return (Value(number: negative ? -magnitude : magnitude, text: text), tail.isEmpty ? nil : Unit(tail).symbol)
    }
}
