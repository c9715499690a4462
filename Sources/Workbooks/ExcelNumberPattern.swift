import Foundation

/// One section of a number format: the text before and after the number, and how the number
/// is written (`#,##0.0` → grouped, at least one integer digit, exactly one decimal).
struct ExcelNumberPattern: Equatable, Sendable {
    var prefix = ""
    var suffix = ""
    /// False for a section that is only text (`"—"`), which shows that text instead of the number.
    var showsNumber = false
    /// `General`, `@`, or a pattern this reader does not imitate (scientific, fractions).
    var isGeneral = false
    var minimumIntegerDigits = 0
    var minimumDecimals = 0
    var maximumDecimals = 0
    var grouping = false
    /// Each `%` multiplies the value by 100.
    var percents = 0

    init(_ section: String) {
        let characters = Array(section)
        var afterPoint = false
        var i = 0
        func literal(_ text: String) {
            if showsNumber { suffix += text } else { prefix += text }
        }
        while i < characters.count {
            let character = characters[i]
            let next = i + 1 < characters.count ? characters[i + 1] : nil
            if String(characters[i...].prefix(7)).lowercased() == "general" {
                showsNumber = true
                isGeneral = true
                i += 7
                continue
            }
            switch character {
            case "\"":
                let end = characters[(i + 1)...].firstIndex(of: "\"") ?? characters.count
                literal(String(characters[(i + 1)..<end]))
                i = end
            case "\\":
                if let next { literal(String(next)) }
                i += 1
            case "_", "*":
                i += 1
            case "[":
                let end = characters[(i + 1)...].firstIndex(of: "]") ?? characters.count
                let content = characters[(i + 1)..<end]
                if content.first == "$" { literal(String(content.dropFirst().prefix { $0 != "-" })) }
                i = end
            case "0", "#", "?":
                showsNumber = true
                if afterPoint {
                    maximumDecimals += 1
                    if character == "0" { minimumDecimals = maximumDecimals }
                } else if character == "0" {
                    minimumIntegerDigits += 1
                }
            case ".":
                showsNumber = true
                afterPoint = true
            case "," where showsNumber && !afterPoint:
                grouping = true
            case "%":
                percents += 1
                literal("%")
            case "E" where next == "+" || next == "-", "e" where next == "+" || next == "-":
                showsNumber = true
                isGeneral = true
                i += 1
            case "/" where showsNumber, "@":
                showsNumber = true
                isGeneral = true
            default:
                literal(String(character))
            }
            i += 1
        }
        // Excel writes at most 30 decimals; a hostile code asking for millions of digits (or
        // of percent signs) must not make every cell megabytes long.
        minimumIntegerDigits = min(minimumIntegerDigits, 30)
        minimumDecimals = min(minimumDecimals, 30)
        maximumDecimals = min(maximumDecimals, 30)
        percents = min(percents, 10)
    }

    /// The value as this section writes it, the minus sign in front of everything.
    func text(for value: Double) -> String {
        guard showsNumber else { return prefix + suffix }
        let decimal = ExcelDecimal(value).shifted(by: 2 * percents)
        let number: String
        if isGeneral {
            number = ExcelNumberFormat.general(value.magnitude * pow(100, Double(percents)))
        } else {
            let rounded = decimal.rounded(toDecimals: maximumDecimals)
            var integer = rounded.integerDigits
            integer = String(repeating: "0", count: max(0, minimumIntegerDigits - integer.count)) + integer
            if grouping { integer = Self.grouped(integer) }
            var fraction = rounded.fractionDigits(maximumDecimals)
            while fraction.count > minimumDecimals, fraction.last == "0" { fraction.removeLast() }
            number = maximumDecimals == 0 ? integer : integer + "." + fraction
        }
        let sign = decimal.isNegative ? "-" : ""
        guard !prefix.isEmpty || !suffix.isEmpty else { return sign + number }
        return (sign + prefix + number + suffix).trimmingCharacters(in: .whitespaces)
    }

    /// `1234567` → `1,234,567`.
    private static func grouped(_ digits: String) -> String {
        var result: [UInt8] = []
        for (index, digit) in digits.utf8.enumerated() {
            if index > 0, (digits.utf8.count - index) % 3 == 0 { result.append(UInt8(ascii: ",")) }
            result.append(digit)
        }
        return String(decoding: result, as: UTF8.self)
    }
}
