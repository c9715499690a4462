/// The kind of number a column holds. Yearbooks print the kind as a word under or inside the
/// indicator's name (实绩, 增长(%), 占比, 位次, 指数(上年=100)); with no such word a column is a level.
public enum Measure: String, Sendable, CaseIterable, Codable {
    case level, growth, share, rank
    /// A value relative to a base of 100 (上年同月=100, 1978年=100): drawn around its base, not from zero.
    case index

    /// Header words that name only the measure; they leave the indicator's name.
    static let words: [String: Measure] = [
        "实绩": .level, "绝对数": .level, "绝对值": .level, "数值": .level, "总量": .level,
        "增长": .growth, "增长率": .growth, "增速": .growth, "增幅": .growth, "增减": .growth,
        "比上年增长": .growth, "比上年增减": .growth, "同比增长": .growth, "同比": .growth, "比上年±": .growth,
        "比上年增长%": .growth, "增长%": .growth, "growth": .growth, "同比增速": .growth, "同比增长率": .growth,
        "累计增长": .growth, "累计同比": .growth, "增长速度": .growth, "yoy": .growth, "y/y": .growth,
        "占比": .share, "比重": .share, "占全市比重": .share, "占全市": .share, "份额": .share, "share": .share,
        "位次": .rank, "排名": .rank, "名次": .rank, "排位": .rank, "rank": .rank,
    ]

    /// Endings that mark a growth or share column whose name also carries the indicator
    /// (规上工业总产值增长, 出口占比); the indicator is what comes before them.
    static let suffixes: [(String, Measure)] = [
        ("比上年增长", .growth), ("同比增长", .growth), ("增长率", .growth), ("增长", .growth), ("增速", .growth),
        ("增长速度", .growth),
        ("增幅", .growth), ("占全市比重", .share), ("占比", .share), ("比重", .share),
    ]

    /// Words that mark a rank while staying part of the indicator (综合考评排名).
    static let rankMarkers = ["排名", "位次", "名次"]

    /// A measure the label names while the word stays part of the indicator's name: a price
    /// index (居民消费价格指数) is an index, an English "GDP growth" a growth rate.
    static func named(in label: String) -> Measure? {
        let lower = label.lowercased()
        if label.contains("指数") || lower.hasSuffix(" index") || lower.hasPrefix("index ") { return .index }
        if lower.contains("growth") || lower.contains("yoy") { return .growth }
        return nil
    }

    /// The measure a header label names on its own (`实绩`, `增长`), if any.
    public static func word(_ label: String) -> Measure? {
        words[Label.key(label)] ?? words[Label.caseFoldedKey(label)]
    }

    /// A label that ends in a measure word: the indicator before it and the measure.
    static func splitSuffix(_ label: String) -> (String, Measure)? {
        for (suffix, measure) in suffixes where label.hasSuffix(suffix) && label.count > suffix.count {
            return (String(label.dropLast(suffix.count)).trimmingCharacters(in: " "), measure)
        }
        return nil
    }

    /// The unit a measure implies when the table prints none, and the units it allows.
    var impliedUnit: Unit? {
        switch self {
        case .growth, .share: return .percent
        case .rank: return .rank
        case .level, .index: return nil
        }
    }
}
