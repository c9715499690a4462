import Foundation

/// How a chart writes numbers, the way Chinese statistical reports print them: thousands
/// grouped with commas, a typographic minus (U+2212) for negatives, never "-0", and
/// ties rounded half away from zero (四舍五入) on the number as printed, so 2.675 shows as 2.68.
public enum NumberFormat {
    /// The minus sign charts draw: U+2212 has the width of a digit and sits at the height
    /// of a plus, where a hyphen would look short and low.
    public static let minus = "\u{2212}"

    /// `v` rounded to `decimals` places with thousands separators: 1590.05 → "1,590.05",
    /// −3.8 → "−3.8". A value that rounds to zero has no sign.
    /// Numbers from 1e21 on are written with an exponent (`scientific`).
    public static func grouped(_ v: Double, decimals: Int) -> String {
        guard v.isFinite else { return "\(v)" }
        if abs(v) >= scientificFrom { return scientific(v) }
        let places = max(0, decimals)
        var exact = Decimal(string: "\(v)") ?? 0
        var rounded = Decimal()
        NSDecimalRound(&rounded, &exact, places, .plain)
        let parts = rounded.magnitude.description.split(separator: ".", omittingEmptySubsequences: false)
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        var text = group(String(parts[0]))
        if places > 0 { text += "." + fraction + String(repeating: "0", count: places - fraction.count) }
        return rounded < 0 ? minus + text : text
    }

    /// Growth with an explicit sign: "+8.9", "−3.8". Zero, or a value that rounds to it,
    /// gets no sign ("0.0"), since it is neither a rise nor a fall.
    public static func signed(_ v: Double, decimals: Int) -> String {
        let text = grouped(v, decimals: decimals)
        return v > 0 && text.contains(where: { ("1"..."9").contains($0) }) ? "+" + text : text
    }

    /// The decimals needed to write `step` exactly (0.5 → 1, 2.5 → 1, 25 → 0, 0.25 → 2), at
    /// most 15, so every tick label of an axis has the same number of places. Noise in the
    /// last bits is ignored: 0.1 + 0.2 needs 1.
    public static func decimals(forStep step: Double) -> Int {
        guard step.isFinite, step != 0 else { return 0 }
        for places in 0..<15 {
            let scaled = abs(step) * pow(10, Double(places))
            if abs(scaled - scaled.rounded()) <= 1e-12 * scaled { return places }
        }
        return 15
    }

    /// A tick label: grouped, with the decimals of the step, or of the value when it has more
    /// (log ticks pass the decade factor as the step, and 0.02 still reads 0.02).
    /// A step below 1e-15 needs more decimals than a label can show: its ticks are written with
    /// an exponent.
    public static func tick(_ v: Double, step: Double) -> String {
        if abs(step) < 1e-15 { return v == 0 ? "0" : scientific(v) }
        return grouped(v, decimals: max(decimals(forStep: step), decimals(forStep: v)))
    }

    /// Where grouped digits give way to an exponent: 22 digits are past reading on a chart, and
    /// far beyond, the `Decimal` that rounds them holds only 38 (1e308 would print as 0).
    static let scientificFrom = 1e21

    /// `v` to three significant digits with a decimal exponent, for the extremes of the doubles:
    /// 1e308, −2.5e307, 4.94e−324.
    static func scientific(_ v: Double) -> String {
        let text = String(format: "%.3g", abs(v)).replacingOccurrences(of: "e+", with: "e").replacingOccurrences(of: "e-", with: "e" + minus)
        return v < 0 ? minus + text : text
    }

    /// A value label. With `decimals` (the precision the table printed) the value is shown
    /// with exactly those places, so 463.0 stays 463.0 as printed. Without (a computed or
    /// rescaled value, such as 万元 shown in 亿元) it gets at most 2 decimals, trailing zeros
    /// dropped: 204.6179 → "204.62", 1535.5 → "1,535.5", 463 → "463".
    public static func value(_ v: Double, decimals: Int?) -> String {
        if let decimals { return grouped(v, decimals: decimals) }
        var text = grouped(v, decimals: 2)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// "15354504" → "15,354,504".
    private static func group(_ digits: String) -> String {
        var out = ""
        for (i, digit) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return out
    }
}
