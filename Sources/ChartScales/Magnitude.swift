/// Chooses the 万/亿 unit a chart shows its numbers in, as Chinese statistics are read:
/// 2,046,179 万元 is unreadable on a bar, 204.62 亿元 is not.
public enum Magnitude {
    /// The display unit for values printed in `unit` whose largest magnitude is `maxAbs`.
    ///
    /// A unit is scaled up only, never down, and only within itself: 元 → 万元 → 亿元,
    /// 美元 → 万美元 → 亿美元, 家 → 万家 → 亿家. The step to 万 is taken once the largest
    /// value reaches 1 万 of the base unit, the step to 亿 once it reaches 1 亿. Units that
    /// are already 亿, percentages, ranks and units we do not know are left as printed.
    public static func display(unit: String, maxAbs: Double) -> DisplayUnit {
        let unchanged = DisplayUnit(unit: unit, divisor: 1)
        guard let (factor, base) = split(unit), maxAbs.isFinite else { return unchanged }
        let amount = abs(maxAbs) * factor
        guard let (prefix, target) = prefixes.first(where: { amount >= $0.1 }), target > factor else {
            return unchanged
        }
        return DisplayUnit(unit: prefix + base, divisor: target / factor)
    }

    /// The magnitude prefixes a unit can be raised to, largest first.
    private static let prefixes: [(String, Double)] = [("亿", 1e8), ("万", 1e4)]

    /// Units that take 万 and 亿: money, the physical quantities yearbooks print as 万吨 or
    /// 亿千瓦时, and counts of things.
    private static let bases: Set<String> = [
        "元", "美元", "吨", "千瓦时",
        "家", "个", "人", "户", "件", "项", "辆", "台", "套", "次", "所", "张", "名", "头", "只",
        "条", "座", "艘", "部", "人次", "标准箱",
    ]

    /// `unit` as its magnitude and base (万美元 → 1e4, 美元), or nil when it does not scale.
    private static func split(_ unit: String) -> (Double, String)? {
        if bases.contains(unit) { return (1, unit) }
        for (prefix, factor) in prefixes where unit.hasPrefix(prefix) {
            let base = String(unit.dropFirst(prefix.count))
            if bases.contains(base) { return (factor, base) }
        }
        return nil
    }
}
