/// A unit as a table prints it (万美元, %, 亿元), with the dimension it measures, so values
/// convert only where that is meaningful: 万元 ↔ 亿元, never 万美元 ↔ 万元.
public struct Unit: Hashable, Sendable, CustomStringConvertible {
    public enum Dimension: Hashable, Sendable {
        case yuan, usDollar, percent, percentagePoint, rank, area, mass, energy
        /// Counts of things named by the unit itself (家 enterprises, 人 people, 个, 件 …):
        /// counts convert only when their base unit is the same.
        case count(String)
        /// A unit we do not know: it converts to nothing but itself.
        case other(String)
    }

    /// The unit as printed (after full-width folding).
    public let symbol: String
    public let dimension: Dimension
    /// How many base units one of this unit is (亿元 = 1e8 元).
    public let factor: Double

    public var description: String { symbol }

    /// The unit named by `symbol`; units we do not know keep their symbol and convert to nothing else.
    public init(_ symbol: String) {
        // Chinese units close up (万 美元 → 万美元); English ones keep their words apart.
        let symbol = Label.containsHan(symbol) ? Label.key(symbol) : Label.normalise(symbol)
        self.symbol = symbol
        if let known = Unit.known[symbol] {
            dimension = known.0
            factor = known.1
        } else if !Label.containsHan(symbol), symbol.contains("%") {
            // (annual %), (% of GDP): percentages whatever the words around them.
            dimension = .percent
            factor = 1
        } else if let (base, multiplier) = Unit.scaledCount(symbol) {
            dimension = .count(base)
            factor = multiplier
        } else {
            dimension = .other(symbol)
            factor = 1
        }
    }

    /// Whether `symbol` reads as a unit (so `产值(亿元)` is a name with a unit, but
    /// `滨海新区(袍江经济技术开发区)` is not).
    public static func isRecognised(_ symbol: String) -> Bool {
        let key = Label.key(symbol)
        if key.isEmpty || key.count > 40 { return false }
        if known[key] != nil || scaledCount(key) != nil || isIndexBase(key) || scaledBase(key) { return true }
        // Rates: 元/平方米, 人/平方公里, 元/人.
        let parts = key.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 2, parts.allSatisfy({ known[String($0)] != nil || scaledCount(String($0)) != nil || scaledBase(String($0)) || countBases.contains(String($0)) }) {
            return true
        }
        return !Label.containsHan(key) && isEnglishUnit(Label.normalise(symbol).lowercased())
    }

    /// `上年同月=100`, `1978年=100`, `2015=100`: the base an index is relative to.
    public static func isIndexBase(_ symbol: String) -> Bool {
        let key = Label.key(symbol)
        return key.hasSuffix("=100") && key.count > 4
    }

    /// International downloads put units in words: (current US$), (annual %), (% of GDP),
    /// (sq. km), (people per sq. km of land area), (metric tons per capita).
    private static func isEnglishUnit(_ text: String) -> Bool {
        if text.unicodeScalars.contains(where: { $0 == "%" || $0 == "$" || $0 == "‰" }) { return true }
        let words = text.split { !$0.isLetter }.map(String.init)
        return words.contains(where: englishUnitWords.contains)
    }

    private static let englishUnitWords: Set<String> = ["per", "km", "kg", "tons", "tonnes", "hectares", "persons", "people", "number",
                                                         "thousands", "millions", "billions", "hours", "days", "years", "usd", "dollars",
                                                         "units", "kwh", "lcu", "ppp", "index"]

    /// Physical units with a magnitude prefix: 亿立方米, 万千瓦, 万公里.
    private static func scaledBase(_ symbol: String) -> Bool {
        magnitudes.reversed().contains { prefix, _ in
            symbol.hasPrefix(prefix) && physicalBases.contains(String(symbol.dropFirst(prefix.count)))
        }
    }

    private static let physicalBases: Set<String> = ["立方米", "平方米", "公里", "千米", "米", "千瓦", "千瓦时", "升", "吨标准煤", "吨公里",
                                                      "人公里", "小时", "天", "岁", "年", "克", "标准立方米", "平方公里", "公顷", "亩", "港元", "欧元", "日元", "英镑"]

    public func canConvert(to other: Unit) -> Bool { dimension == other.dimension }

    /// `value` in this unit expressed in `other`; nil when the dimensions differ.
    public func convert(_ value: Double, to other: Unit) -> Double? {
        guard canConvert(to: other) else { return nil }
        return value * factor / other.factor
    }

    public static let percent = Unit("%")
    public static let rank = Unit("位")

    private static let magnitudes: [(String, Double)] = [("", 1), ("十", 10), ("百", 100), ("千", 1e3), ("万", 1e4), ("十万", 1e5), ("百万", 1e6), ("千万", 1e7), ("亿", 1e8)]

    private static let countBases: Set<String> = ["家", "个", "人", "户", "件", "项", "辆", "台", "套", "次", "所", "张", "名", "头", "只", "条", "座", "艘", "部", "人次", "标准箱"]

    private static func scaledCount(_ symbol: String) -> (String, Double)? {
        for (prefix, multiplier) in magnitudes.reversed() where symbol.hasPrefix(prefix) {
            let base = String(symbol.dropFirst(prefix.count))
            if countBases.contains(base) { return (base, multiplier) }
        }
        return nil
    }

    private static let known: [String: (Dimension, Double)] = {
        var table: [String: (Dimension, Double)] = [:]
        for (prefix, m) in magnitudes {
            table[prefix + "元"] = (.yuan, m)
            table[prefix + "元人民币"] = (.yuan, m)
            table[prefix + "美元"] = (.usDollar, m)
            table[prefix + "吨"] = (.mass, m * 1000)
            table[prefix + "千瓦时"] = (.energy, m)
        }
        table["人民币元"] = (.yuan, 1)
        table["公斤"] = (.mass, 1)
        table["千克"] = (.mass, 1)
        table["kg"] = (.mass, 1)
        table["%"] = (.percent, 1)
        table["‰"] = (.percent, 0.1)
        table["个百分点"] = (.percentagePoint, 1)
        table["百分点"] = (.percentagePoint, 1)
        table["位"] = (.rank, 1)
        table["名"] = (.rank, 1)
        table["平方千米"] = (.area, 1)
        table["平方公里"] = (.area, 1)
        table["km²"] = (.area, 1)
        table["km2"] = (.area, 1)
        table["公顷"] = (.area, 0.01)
        table["亩"] = (.area, 1.0 / 1500)
        table["万亩"] = (.area, 10000.0 / 1500)
        table["平方米"] = (.area, 1e-6)
        table["万平方米"] = (.area, 1e-2)
        return table
    }()
}
