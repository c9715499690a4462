import YearbookData

/// What to draw, independent of how it is asked for (`yearbook plot` flags or a chart file):
/// which series, which chart, and the words and size around it. Fields left nil are chosen
/// from the data.
public struct ChartDescription: Sendable, Codable, Equatable {
    public var kind: ChartKind?
    public var indicators: [String] = []
    public var measure: Measure?
    public var zones: [String] = []
    public var includeTotal = false
    public var sort: ZoneOrder?
    public var orientation: Orientation = .horizontal
    public var title: String?
    public var subtitle: String?
    public var source: String?
    /// The language of the chart's own words; nil follows the table (Chinese names → zh).
    public var language: ChartLanguage?
    public var theme = "report"
    public var fontFamily: String?
    /// Series colours (#RRGGBB) instead of the theme's, a house palette.
    public var palette: [String] = []
    public var logScale = false
    public var width = 800.0
    public var height = 500.0
    public var year: String?

    public init() {}
}
