/// A number as the decimal digits of its shortest round-trip form, which are the digits a user
/// typed: formats round these (2.675 with two decimals is 2.68, as in Excel) rather than the
/// binary value's (2.67499…), and percent formats shift the point instead of multiplying.
struct ExcelDecimal {
    var isNegative: Bool
    /// Significant digits without leading or trailing zeros; empty for zero.
    var digits: [UInt8]
    /// Where the point goes: the value is 0.d₁d₂… × 10^exponent.
    var exponent: Int

    /// `value` must be finite.
    init(_ value: Double) {
        isNegative = value < 0
        let text = value.magnitude.description.utf8
        let mantissaEnd = text.firstIndex(of: UInt8(ascii: "e")) ?? text.endIndex
        digits = []
        var point: Int?
        for byte in text[..<mantissaEnd] {
            if byte == UInt8(ascii: ".") {
                point = digits.count
            } else {
                digits.append(byte &- UInt8(ascii: "0"))
            }
        }
        let power = mantissaEnd == text.endIndex ? 0 : Int(Substring(text[text.index(after: mantissaEnd)...])) ?? 0
        exponent = (point ?? digits.count) + power
        let leadingZeros = digits.prefix { $0 == 0 }.count
        digits.removeFirst(leadingZeros)
        exponent -= leadingZeros
        while digits.last == 0 { digits.removeLast() }
        if digits.isEmpty { exponent = 0 }
    }

    /// The value times 10^places.
    func shifted(by places: Int) -> ExcelDecimal {
        var result = self
        if !digits.isEmpty { result.exponent += places }
        return result
    }

    /// Rounded to `places` decimals, halves away from zero. A negative number that rounds to
    /// zero keeps its sign, as Excel shows -0.04 with format 0.0 as -0.0.
    func rounded(toDecimals places: Int) -> ExcelDecimal {
        let keep = exponent + places
        guard keep < digits.count else { return self }
        var result = self
        var kept = keep > 0 ? Array(digits[..<keep]) : []
        if keep >= 0, digits[keep] >= 5 {
            if let last = kept.lastIndex(where: { $0 != 9 }) {
                kept[last] += 1
                kept.removeSubrange((last + 1)...)
            } else {
                kept = [1]
                result.exponent += 1
            }
        }
        while kept.last == 0 { kept.removeLast() }
        result.digits = kept
        if kept.isEmpty { result.exponent = 0 }
        return result
    }

    /// The digits before the point ("" when the magnitude is below 1).
    var integerDigits: String {
        guard exponent > 0 else { return "" }
        return Self.text((0..<exponent).map { $0 < digits.count ? digits[$0] : 0 })
    }

    /// The first `count` digits after the point.
    func fractionDigits(_ count: Int) -> String {
        Self.text((0..<count).map { i in
            let index = exponent + i
            return index >= 0 && index < digits.count ? digits[index] : 0
        })
    }

    private static func text(_ digits: [UInt8]) -> String {
        String(decoding: digits.map { $0 + UInt8(ascii: "0") }, as: UTF8.self)
    }

    /// Every digit written out without an exponent, for magnitudes from 1e-10 to 1e21; nil beyond.
    var plain: String? {
        guard !digits.isEmpty else { return "0" }
        guard (-9...21).contains(exponent) else { return nil }
        let fraction = fractionDigits(max(0, digits.count - exponent))
        let integer = integerDigits.isEmpty ? "0" : integerDigits
        return (isNegative ? "-" : "") + integer + (fraction.isEmpty ? "" : "." + fraction)
    }
}
