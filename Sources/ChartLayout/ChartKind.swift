/// The charts the layout draws, each for one kind of question a report asks of zone data.
public enum ChartKind: String, Sendable, CaseIterable, Codable {
    /// Levels per zone, sorted: who is largest.
    case bar
    /// Growth (%) per zone around a zero line: who grew, who shrank.
    case diverging
    /// Several indicators side by side per zone (contracted against actual investment).
    case grouped
    /// Each indicator's total split into the zones' shares, stacked to 100%.
    case stacked
    /// A series over the years, with breaks and targets.
    case line
    /// Ranks at two periods: who rose, who fell.
    case slope
    /// Ranks over more than two periods.
    case bump
    /// Several growth indicators across zones on one shared scale.
    case dots
}

/// Zones in table order, or sorted by value.
public enum ZoneOrder: String, Sendable, CaseIterable, Codable {
    case desc, asc, table
}

public enum Orientation: String, Sendable, CaseIterable, Codable {
    case horizontal, vertical
}

/// The language of a chart's own words (titles it makes up, alt text) and of zone names.
public enum ChartLanguage: String, Sendable, CaseIterable, Codable {
    case zh, en

    /// BCP 47 tag for Pango: zh-CN gives shared Han code points their Chinese shapes.
    public var tag: String { self == .zh ? "zh-CN" : "en" }
}
