/// Normalisation of printed labels, so that what a typesetter spaced out (名 称, 合 计) or set
/// in full-width forms (（万美元）, ％, １２) compares equal to the plain form.
public enum Label {
    /// Full-width ASCII folded to ASCII, ideographic and no-break spaces to spaces, spaces
    /// between two Han characters removed, other runs of white space collapsed, ends trimmed.
    public static func normalise(_ raw: String) -> String {
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

    /// Prose kept as printed (titles, notes, source lines): only the ends trimmed and runs of
    /// white space made one space.
    public static func trimmed(_ raw: String) -> String {
        raw.split(whereSeparator: { $0.isWhitespace || $0 == "\u{3000}" }).joined(separator: " ")
    }

    /// A key for matching names: normalised, then every space removed.
    public static func key(_ raw: String) -> String {
        normalise(raw).replacingOccurrences(of: " ", with: "")
    }

    public static func isBlank(_ raw: String) -> Bool {
        raw.unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0.value == 0x3000 || $0.value == 0xFEFF }
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

extension String {
    func trimmingCharacters(in character: Character) -> String {
        var s = Substring(self)
        while s.first == character { s.removeFirst() }
        while s.last == character { s.removeLast() }
        return String(s)
    }
}
