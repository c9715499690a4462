/// Scaling for numbers whose unit the Chinese rules of `display(unit:maxAbs:)` do not know: no
/// unit at all, units such as 平方千米 or "current US$", and every unit of an English chart.
/// A number of 5 or more digits (from 10,000 on) is shown in the largest unit it reaches, which
/// leaves it at most 3 integer digits in English and 4 in Chinese (below 1e15 and 1e16).
extension Magnitude {
    /// The number words of English charts, largest first: "1.74 trillion", not "17,419 billion".
    static let englishWords: [(String, Double)] = [("trillion", 1e12), ("billion", 1e9), ("million", 1e6), ("thousand", 1e3)]

    /// Units that name a ratio, a position or an index rather than an amount: scaling them would
    /// make nonsense (万%, thousand %), so they are always left as printed.
    private static let unscalable: Set<String> = ["%", "‰", "％", "位", "倍", "岁", "℃", "°c", "rank", "percent", "times", "years"]

    /// The word for a unitless amount whose largest magnitude is `maxAbs` (English): "" below
    /// 10,000, then "thousand" (divisor 1e3) up to a million, "million", "billion" from 1e9 and
    /// "trillion" from 1e12. 12,000 reads "12 thousand"; 5,000 stays 5,000.
    public static func english(maxAbs: Double) -> DisplayUnit {
        word(maxAbs, englishWords)
    }

    /// The prefix for a unitless amount whose largest magnitude is `maxAbs` (Chinese): "" below
    /// 1 万, then 万 (divisor 1e4), 亿 (1e8), 万亿 (1e12). The caller puts it before the unit or
    /// alone in 单位：万.
    public static func chinese(maxAbs: Double) -> DisplayUnit {
        word(maxAbs, prefixes)
    }

    /// The display unit for values in `unit` with largest magnitude `maxAbs`, in `language`.
    ///
    /// - A Chinese unit the rules of `display(unit:maxAbs:)` know (元, 万美元, 人 …) is scaled
    ///   by them, in either language (the unit text is Chinese anyway; translating it is the
    ///   caller's).
    /// - Percentages, ranks, ratios and ages are never scaled, nor is a unit that already
    ///   carries a magnitude (万平方千米, 亿元, "million US$", "thousands").
    /// - Any other unit, or none, takes the prefix of `chinese(maxAbs:)` (万平方千米, 万) or the
    ///   word of `english(maxAbs:)` in front: "current US$" at 1.7e13 gives
    ///   "trillion current US$", divisor 1e12; no unit at 3e6 gives "million".
    public static func display(unit: String, maxAbs: Double, language: MagnitudeLanguage) -> DisplayUnit {
        let unchanged = DisplayUnit(unit: unit, divisor: 1)
        if split(unit) != nil { return display(unit: unit, maxAbs: maxAbs) }
        guard !unscalable.contains(unit.lowercased()), !carriesMagnitude(unit) else { return unchanged }
        let scale = language == .zh ? chinese(maxAbs: maxAbs) : english(maxAbs: maxAbs)
        guard scale.divisor > 1, !unit.isEmpty else { return scale }
        return DisplayUnit(unit: language == .zh ? scale.unit + unit : scale.unit + " " + unit, divisor: scale.divisor)
    }

    /// Whether `unit` already names a magnitude or a ratio: prefixing it again would write
    /// 万万吨 or "million million US$".
    private static func carriesMagnitude(_ unit: String) -> Bool {
        let lower = unit.lowercased()
        if ["万", "亿", "千万", "百万"].contains(where: { unit.hasPrefix($0) }) { return true }
        if lower.contains("%") || lower.contains("percent") || lower.contains("index") || lower.contains("=100") { return true }
        let words = lower.split(whereSeparator: { !$0.isLetter }).map { $0.hasSuffix("s") ? String($0.dropLast()) : String($0) }
        return words.contains { ["thousand", "million", "billion", "trillion", "hundred"].contains($0) }
    }

    /// The largest of `scales` that `maxAbs` reaches, from 10,000 on; unitless below that.
    private static func word(_ maxAbs: Double, _ scales: [(String, Double)]) -> DisplayUnit {
        let amount = abs(maxAbs)
        guard amount.isFinite, amount >= 1e4, let (name, divisor) = scales.first(where: { amount >= $0.1 }) else {
            return DisplayUnit(unit: "", divisor: 1)
        }
        return DisplayUnit(unit: name, divisor: divisor)
    }
}
