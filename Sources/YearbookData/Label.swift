/// Normalisation of printed labels, so that what a typesetter spaced out (名 称, 合 计) or set
/// in full-width forms (（万美元）, ％, １２) compares equal to the plain form.
public enum Label {
    /// Full-width ASCII folded to ASCII, ideographic and no-break spaces to spaces, spaces
    /// between two Han characters removed, other runs of white space collapsed, ends trimmed.
    public static func normalise(_ raw: String) -> String {
        if isNormal(raw) { return raw }
        var folded: [Unicode.Scalar] = []
        folded.reserveCapacity(raw.unicodeScalars.count)
        for s in raw.unicodeScalars {
            switch s.value {
            case 0xFF01...0xFF5E: folded.append(Unicode.Scalar(s.value - 0xFEE0)!)
            case 0x3000, 0x00A0, 0x2002...0x200B, 0x202F, 0x09, 0x0D, 0x0A: folded.append(" ")
            case 0xFEFF: continue
            default: folded.append(s)
            }
        }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for s in folded {
            if s == " " {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                let previous = out[out.index(before: out.endIndex)]
                if !(isHan(previous) && isHan(s)) { out.append(" ") }
                pendingSpace = false
            }
            out.append(s)
        }
        return String(out)
    }

    /// Whether `normalise` would return `raw` unchanged: no space, nothing to fold. Most cells
    /// of a large table are such (numbers, names), and answering this without building a new
    /// string is what keeps loading fast.
    static func isNormal(_ raw: String) -> Bool {
        // The bytes read in place, not through the view's iterator: every label and value cell
        // of a table is asked.
        let asciiAnswer: Bool?? = raw.utf8.withContiguousStorageIfAvailable { bytes in
            var previous: UInt8 = 0x20
            for byte in bytes {
                if byte >= 0x80 { return nil }
                // Single spaces inside ASCII text stay (2020-01-01 13:00): only Han text closes up.
                if byte < 0x20 || byte == 0x7F || (byte == 0x20 && previous == 0x20) { return false }
                previous = byte
            }
            return previous != 0x20
        }
        if let answer = asciiAnswer ?? nil { return answer }
        for s in raw.unicodeScalars {
            switch s.value {
            case 0...0x20, 0xFF01...0xFF5E, 0x3000, 0x00A0, 0x2002...0x200B, 0x202F, 0xFEFF: return false
            default: continue
            }
        }
        return true
    }

    /// Prose kept as printed (titles, notes, source lines): only the ends trimmed and runs of
    /// white space made one space.
    public static func trimmed(_ raw: String) -> String {
        raw.split(whereSeparator: { $0.isWhitespace || $0 == "\u{3000}" }).joined(separator: " ")
    }

    /// A key for matching names: normalised, then every space removed.
    public static func key(_ raw: String) -> String {
        // Filtering scalars, not Foundation's replacingOccurrences: this runs for every cell.
        if isNormal(raw) {
            guard raw.utf8.contains(0x20) else { return raw }
            if raw.utf8.allSatisfy({ $0 < 0x80 }) { return String(decoding: raw.utf8.filter { $0 != 0x20 }, as: UTF8.self) }
        }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: normalise(raw).unicodeScalars.lazy.filter { $0 != " " })
        return String(scalars)
    }

    /// `key`, lowercased, for names matched regardless of case (Total, WORLD). Han text has no
    /// case, so a Chinese label skips the lowercasing, a Unicode mapping that allocates.
    public static func caseFoldedKey(_ raw: String) -> String {
        let key = key(raw)
        let hasCase = key.unicodeScalars.contains { $0.isASCII ? (0x41...0x5A).contains($0.value) : !isHan($0) }
        return hasCase ? key.lowercased() : key
    }

    /// Whether `text` starts with one of `prefixes`, compared as bytes: the labels matched this
    /// way are keys already, and comparing characters costs grapheme breaking on every cell.
    static func startsWithAny(_ text: String, _ prefixes: [String]) -> Bool {
        prefixes.contains { text.utf8.starts(with: $0.utf8) }
    }

    /// Whether `text` ends with `suffix`, compared as bytes (see `startsWithAny`).
    static func endsWith(_ text: String, _ suffix: String) -> Bool {
        text.utf8.count >= suffix.utf8.count && text.utf8.reversed().starts(with: suffix.utf8.reversed())
    }

    /// `isBlank` for UTF-8 bytes: a visible ASCII byte answers at once; only text of spaces
    /// and non-ASCII is decoded to ask.
    static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if bytes.contains(where: { $0 > 0x20 && $0 < 0x7F }) { return false }
        return isBlank(String(decoding: bytes, as: UTF8.self))
    }

    public static func isBlank(_ raw: String) -> Bool {
        raw.unicodeScalars.allSatisfy(isSpace)
    }

    /// Unicode's White_Space scalars, and the byte-order mark, listed rather than looked up in
    /// the property tables: this runs on every cell of a table.
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    /// Whether `s` is a Han character (CJK unified ideographs, extensions and compatibility forms).
    public static func isHan(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: return true
        default: return false
        }
    }

    static func containsHan(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: isHan)
    }

    /// Splits `名称(单位)` into the name and the parenthesised tail; nil when the label does not
    /// end in a parenthesis (full-width parentheses are folded first by `normalise`).
    public static func trailingParenthesis(_ label: String) -> (head: String, inner: String)? {
        guard label.hasSuffix(")") else { return nil }
        var depth = 0
        for index in label.indices.reversed() {
            let ch = label[index]
            if ch == ")" { depth += 1 }
            if ch == "(" {
                depth -= 1
                if depth == 0 {
                    let head = String(label[..<index]).trimmingCharacters(in: " ")
                    let inner = String(label[label.index(after: index)..<label.index(before: label.endIndex)])
                    return (head, inner.trimmingCharacters(in: " "))
                }
            }
        }
        return nil
    }
}

extension Label {
    /// Finds a unit printed in parentheses anywhere in a label (`产值(亿元)`, `支出(亿元)i` with a
    /// footnote mark, `国内生产总值(不变价)当季值(亿元)`), the rightmost that reads as a unit,
    /// and gives the label without it.
    public static func unitInParentheses(_ label: String) -> (name: String, unit: String)? {
        let chars = Array(label)
        var close = chars.count - 1
        while close >= 0 {
            guard chars[close] == ")" else { close -= 1; continue }
            var depth = 0
            var open = close
            while open >= 0 {
                if chars[open] == ")" { depth += 1 }
                if chars[open] == "(" { depth -= 1; if depth == 0 { break } }
                open -= 1
            }
            guard open >= 0 else { return nil }
            let inner = String(chars[(open + 1)..<close]).trimmingCharacters(in: " ")
            if Unit.isRecognised(inner) {
                let head = String(chars[..<open]).trimmingCharacters(in: " ")
                var tail = String(chars[(close + 1)...]).trimmingCharacters(in: " ")
                if isFootnoteMark(tail) { tail = "" }
                return (head + tail, inner)
            }
            close = open - 1
        }
        return nil
    }

    /// The Chinese part of a bilingual label as the China Statistical Yearbooks print them
    /// (`年末户籍人口 (万人) Household Registered Population at Year-end (10 000 persons)`,
    /// `全市 Total City`): what follows the last Han character (and a parenthesis closing
    /// right after it) is the translation when it is Latin text only.
    public static func chinesePart(_ label: String) -> String {
        let scalars = Array(label.unicodeScalars)
        guard let lastHan = scalars.lastIndex(where: isHan) else { return label }
        var end = lastHan + 1
        if end < scalars.count, scalars[end] == ")" { end += 1 }
        // The unit right after the Chinese name belongs to it: 自然增长率(‰) Natural Growth Rate (‰).
        if end < scalars.count, scalars[end] == "(", let close = scalars[end...].firstIndex(of: ")") { end = close + 1 }
        let rest = scalars[end...]
        guard rest.contains(where: { $0.properties.isAlphabetic }),
              rest.allSatisfy({ $0.isASCII || $0.value == 0x2030 || $0.value == 0x00B2 }) else { return label }
        return String(String.UnicodeScalarView(scalars[..<end])).trimmingCharacters(in: " ")
    }

    /// A mark after a label that points to a footnote: `i`, `*`, `①`, `a`, `1)`.
    static func isFootnoteMark(_ text: String) -> Bool {
        guard !text.isEmpty, text.count <= 2 else { return false }
        return text.unicodeScalars.allSatisfy { s in
            (s.isASCII && (s.properties.isAlphabetic || s == "*" || s == ")" || ("0"..."9").contains(Character(s))))
                || (0x2460...0x2473).contains(s.value) || (0x00B9...0x00B9).contains(s.value) || (0x2070...0x2079).contains(s.value)
        }
    }
}

extension String {
    func trimmingCharacters(in character: Character) -> String {
        var s = Substring(self)
        while s.first == character { s.removeFirst() }
        while s.last == character { s.removeLast() }
        return String(s)
    }
}
