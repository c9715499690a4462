/// Chooses the 万/亿/万亿 unit a chart shows its numbers in, as Chinese statistics are read:
/// 2,046,179 万元 is unreadable on a bar, 204.62 亿元 is not.
public enum Magnitude {
    /// The display unit for values printed in `unit` whose largest magnitude is `maxAbs`.
    ///
    /// A unit is scaled up only, never down, and only within itself: 元 → 万元 → 亿元 → 万亿元,
    /// 美元 → 万美元 → 亿美元, 家 → 万家 → 亿家. The step to 万 is taken once the largest
    /// value reaches 1 万 of the base unit, the step to 亿 once it reaches 1 亿, the step to 万亿
    /// once it reaches 1 万亿 (17,419,000,000,000 元 shows as 17.42 万亿元; M2 of 2,275,538 亿元
    /// as 227.55 万亿元, as the central bank's own releases write it). Percentages, ranks and
    /// units we do not know stay as printed (see `display(unit:maxAbs:language:)` for those).
    public static func display(unit: String, maxAbs: Double) -> DisplayUnit {
        let unchanged = DisplayUnit(unit: unit, divisor: 1)
        guard let (factor, base) = split(unit), maxAbs.isFinite else { return unchanged }
        let amount = abs(maxAbs) * factor
        guard let (prefix, target) = prefixes.first(where: { amount >= $0.1 }), target > factor else {
            return unchanged
        }
        return DisplayUnit(unit: prefix + base, divisor: target / factor)
    }

    /// The magnitude prefixes a unit can be raised to, largest first (万亿 before 万, so that
    /// 万亿元 is read as 1e12 元).
    static let prefixes: [(String, Double)] = [("万亿", 1e12), ("亿", 1e8), ("万", 1e4)]

    /// Units that take 万 and 亿: money, the physical quantities yearbooks print as 万吨 or
    /// 亿千瓦时, and counts of things.
    private static let bases: Set<String> = [
        "元", "美元", "吨", "千瓦时",
        "家", "个", "人", "户", "件", "项", "辆", "台", "套", "次", "所", "张", "名", "头", "只",
        "条", "座", "艘", "部", "人次", "标准箱",
    ]

    /// `unit` as its magnitude and base (万美元 → 1e4, 美元), or nil when it does not scale.
    static func split(_ unit: String) -> (Double, String)? {
        if bases.contains(unit) { return (1, unit) }
        for (prefix, factor) in prefixes where unit.hasPrefix(prefix) {
            let base = String(unit.dropFirst(prefix.count))
            if bases.contains(base) { return (factor, base) }
        }
        return nil
    }
}
