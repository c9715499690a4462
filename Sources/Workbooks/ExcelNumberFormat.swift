/// How a cell's number reads to the person who made the table, from its number format
/// (ECMA-376 §18.8.30–31; an .xls holds the same codes in FORMAT records): a growth rate stored
/// as -100 in a `0.0` cell is the table's "-100.0", and that text, not the binary double, is
/// what the loader should see. Both Excel readers share it.
///
/// Supported: General; fixed decimals with optional (`#`) and required (`0`) digits,
/// thousands separators and percent; literal text around the number (`0.0"亿元"`, `[$¥-804]`);
/// a third section for zero (`0.0;-0.0;"—"`); dates. A negative number always reads with a
/// minus sign in the first section's pattern (a negative section only adds colour or
/// parentheses); scientific, fraction and text formats fall back to General.
enum ExcelNumberFormat: Equatable, Sendable {
    /// The shortest round-trip digits, no exponent for ordinary magnitudes, no ".0".
    case general
    /// The serial's day as `yyyy-mm-dd`, or its month as `yyyy-mm` when the format shows no day.
    case date(monthOnly: Bool)
    case pattern(ExcelNumberPattern, zero: ExcelNumberPattern?)

    /// A built-in format id (those a workbook uses without defining them in `numFmts` or a
    /// FORMAT record).
    static func builtIn(_ id: Int) -> ExcelNumberFormat {
        switch id {
        case 17, 27, 36, 50, 52, 57: .date(monthOnly: true)  // mmm-yy, yyyy"年"m"月" and its kin
        case 14...22, 45...47: .date(monthOnly: false)
        case 27...36, 50...58: .date(monthOnly: false)  // the East Asian built-ins (年月日 and their kin)
        case 1: parse("0")
        case 2: parse("0.00")
        case 3, 5, 6, 37, 38: parse("#,##0")
        case 4, 7, 8, 39, 40: parse("#,##0.00")
        case 9: parse("0%")
        case 10: parse("0.00%")
        default: .general
        }
    }

    /// The format a code such as `#,##0.0_ ;[Red]-#,##0.0` describes.
    static func parse(_ code: String) -> ExcelNumberFormat {
        let sections = split(code)
        if isDate(sections[0]) { return .date(monthOnly: isMonthOnly(sections[0])) }
        let positive = ExcelNumberPattern(sections[0])
        let zero = sections.count >= 3 ? ExcelNumberPattern(sections[2]) : nil
        if zero == nil, positive == ExcelNumberPattern("General") { return .general }
        return .pattern(positive, zero: zero)
    }

    func text(for value: Double, date1904: Bool) -> String {
        guard value.isFinite else { return value.description }
        switch self {
        case .general:
            return Self.general(value)
        case .date(let monthOnly):
            return ExcelDate.text(serial: value, date1904: date1904, monthOnly: monthOnly) ?? Self.general(value)
        case .pattern(let positive, let zero):
            return (value == 0 ? zero ?? positive : positive).text(for: value)
        }
    }

    static func general(_ value: Double) -> String {
        guard value.isFinite else { return value.description }
        return ExcelDecimal(value).plain ?? value.description
    }

    /// The code's sections, split at `;` outside quotes, escapes and brackets.
    private static func split(_ code: String) -> [String] {
        var sections = [""]
        var quoted = false, bracketed = false, escaped = false
        for character in code {
            if escaped {
                escaped = false
            } else if quoted {
                quoted = character != "\""
            } else if bracketed {
                bracketed = character != "]"
            } else if character == ";" {
                sections.append("")
                continue
            } else {
                quoted = character == "\""
                bracketed = character == "["
                escaped = character == "\\" || character == "_" || character == "*"
            }
            sections[sections.count - 1].append(character)
        }
        return sections
    }

    /// A date format that names a year and a month but no day or time (`yyyy"年"m"月"`, `mmm-yy`).
    private static func isMonthOnly(_ section: String) -> Bool {
        var unquoted = ""
        var quoted = false
        for character in section.lowercased() {
            if character == "\"" { quoted.toggle() } else if !quoted { unquoted.append(character) }
        }
        return unquoted.contains("y") && unquoted.contains("m") && !unquoted.contains(where: { "dhs".contains($0) })
    }

    /// A section is a date when a date or time letter appears outside quotes and escapes;
    /// bracketed parts count only as elapsed times (`[h]`, `[mm]`), not colours or locales.
    private static func isDate(_ section: String) -> Bool {
        var quoted = false, escaped = false, bracketed = false, elapsed = false
        for character in section.lowercased() {
            if escaped {
                escaped = false
            } else if quoted {
                quoted = character != "\""
            } else if bracketed {
                if character == "]" {
                    if elapsed { return true }
                    bracketed = false
                } else {
                    elapsed = elapsed && "hms".contains(character)
                }
            } else if "ymdhs".contains(character) {
                return true
            } else {
                quoted = character == "\""
                escaped = character == "\\" || character == "_" || character == "*"
                bracketed = character == "["
                elapsed = bracketed
            }
        }
        return false
    }
}
