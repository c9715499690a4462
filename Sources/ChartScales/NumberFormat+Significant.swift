import Foundation

/// Numbers people read: a reader takes in 3 or 4 significant digits, so labels show at most
/// `maxSignificant` of them (59,184,116,488.9977 scaled to billions reads 59.18). Only decimals
/// are given up: the integer digits of a number are never cut (123,456 stays 123,456; scaling it
/// to a readable unit comes first, see `Magnitude`).
extension NumberFormat {
    /// The most decimals a label ever shows: beyond 15 the doubles hold no more digits.
    static let maxPlaces = 15

    /// `v` with at most `digits` significant digits, trailing zeros dropped, for a number that
    /// stands alone (an alt text, a single annotation): 59.184116 → "59.18", 0.00123456 →
    /// "0.001235", 2.5 → "2.5", 1590.05 → "1,590", 123456.7 → "123,457". Numbers below 1e-12,
    /// whose digits lie past 15 decimals, and from 1e21 on are written with an exponent.
    public static func significant(_ v: Double, digits: Int = 4) -> String {
        guard v.isFinite, v != 0, abs(v) < scientificFrom else { return grouped(v, decimals: 0) }
        if Int(floor(log10(abs(v)))) < max(1, digits) - 1 - maxPlaces { return scientific(v) }
        var text = grouped(v, decimals: places(v, maxSignificant: digits))
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// One count of decimals for every label of an axis (its ticks, or a column of value labels),
    /// so the labels line up and read alike: the places the values need to be written exactly,
    /// but no more than keep the largest of them within `maxSignificant` significant digits.
    /// [0, 0.25, 0.5] → 2; [204.6179, 1535.4504] → 0 (1,535 and 205); [0.0012, 0.0034] → 4;
    /// [12.5, 99.996] → 1 (12.5 and 100.0, not 100.00). Zeros and non-finite values impose
    /// nothing; an empty axis needs 0.
    ///
    /// Ticks whose step needs more places than this (an axis from 1,000 to 1,001 in steps of
    /// 0.5) would print alike: choose such an axis's unit or step so its labels need no more.
    public static func axisDecimals(values: [Double], maxSignificant: Int = 4) -> Int {
        let finite = values.filter(\.isFinite)
        let needed = finite.map { decimals(forStep: $0) }.max() ?? 0
        // A larger magnitude never shows more significant digits at the same places, so the
        // largest value sets the limit for all.
        let largest = finite.max { abs($0) < abs($1) } ?? 0
        return min(needed, places(largest, maxSignificant: maxSignificant))
    }

    /// A value label that keeps the precision the table printed (`printedDecimals`: 463.0 stays
    /// 463.0) unless that shows more than `maxSignificant` significant digits, in which case it
    /// shows fewer decimals, down to none: 1,590.05 → "1,590", 204.6179 printed with 4 → "204.6",
    /// 123,456 → "123,456". Zero keeps the printed places ("0.00").
    public static func label(_ v: Double, printedDecimals: Int, maxSignificant: Int = 4) -> String {
        grouped(v, decimals: min(max(0, printedDecimals), places(v, maxSignificant: maxSignificant)))
    }

    /// The most decimals (at most `maxPlaces`) with which `v` shows no more than `maxSignificant`
    /// significant digits after its leading zeros, counting the places as rounded: 99.996 gets
    /// 1 ("100.0"), not 2 ("100.00"). Zero and non-finite values have no limit: `maxPlaces`.
    static func places(_ v: Double, maxSignificant: Int) -> Int {
        guard v.isFinite, v != 0 else { return maxPlaces }
        guard abs(v) < scientificFrom else { return 0 }
        let digits = max(1, maxSignificant)
        // One place more than log10 suggests, in case it rounded up at a power of ten; the loop
        // then takes away what rounding carried into a new integer digit.
        var places = min(maxPlaces, max(0, digits - Int(floor(log10(abs(v))))))
        while places > 0, significantDigits(grouped(v, decimals: places)) > digits { places -= 1 }
        return places
    }

    /// The significant digits a label shows: its digits after the leading zeros, trailing zeros
    /// included ("0.0120" has 3, "1,590.0" has 5, "0.00" none).
    static func significantDigits(_ text: String) -> Int {
        let digits = text.prefix { $0 != "e" }.filter(\.isNumber)
        return digits.drop { $0 == "0" }.count
    }
}
