import ChartScene
import YearbookData

/// A laid-out chart: the Scene to draw and the values it shows, in the order it shows them
/// (after filters and sorting), so a reader of the report can get the numbers.
public struct DrawnChart: Sendable {
    public var scene: Scene
    public var data: [Observation]
}

/// The one entry point of the layout: a description and a dataset in, a Scene out. Runs in
/// named steps — choose the kind, select the data, lay out — and never touches Cairo.
public enum Chart {
    public static func layout(_ description: ChartDescription, dataset: Dataset, registry: ZoneRegistry,
                              measurer: TextMeasurer) throws -> Scene {
        try draw(description, dataset: dataset, registry: registry, measurer: measurer).scene
    }

    public static func draw(_ description: ChartDescription, dataset: Dataset, registry: ZoneRegistry,
                            measurer: TextMeasurer) throws -> DrawnChart {
        guard var theme = Theme.named(description.theme) else {
            throw ChartError("no theme \"\(description.theme)\"; themes: " + Theme.all.map(\.name).joined(separator: ", "))
        }
        if let family = description.fontFamily { theme.fontFamily = family }
        if description.width < 200 || description.height < 150 {
            throw ChartError("a chart needs at least 200 × 150 points; got \(Int(description.width)) × \(Int(description.height))")
        }
        let kind = try chooseKind(description, dataset: dataset)
        var selection = try Selection(dataset: dataset, registry: registry, description: description,
                                      timeSeries: [.line, .slope, .bump].contains(kind))
        if description.measure == nil, let implied = impliedMeasure(kind), selection.measure != implied {
            var d = description
            d.measure = implied
            selection = try Selection(dataset: dataset, registry: registry, description: d, timeSeries: [.line, .slope, .bump].contains(kind))
        }
        try Typesetter.refuseOverlong([("title", description.title), ("subtitle", description.subtitle), ("source", description.source)]
            .compactMap { what, text in text.map { (what, $0) } }
            + selection.indicators.map { ("indicator", $0) } + selection.zones.map { ("zone name", $0) })
        let context = ChartContext(selection: selection, description: description, theme: theme,
                                   typesetter: Typesetter(measurer: measurer, language: description.language.tag, canvasWidth: description.width),
                                   sources: dataset.sources)
        switch kind {
        case .bar, .diverging, .grouped:
            return try BarChart(context: context, kind: kind).layout()
        case .stacked:
            return try StackedChart(context: context).layout()
        case .line:
            return try LineChart(context: context).layout()
        case .slope, .bump:
            return try SlopeChart(context: context, kind: kind).layout()
        case .dots:
            return try DotChart(context: context).layout()
        }
    }

    /// With no kind asked for, the data choose: growth gives diverging bars, several years a
    /// line, ranks a slope chart, anything else sorted bars.
    public static func chooseKind(_ description: ChartDescription, dataset: Dataset) throws -> ChartKind {
        if let kind = description.kind { return kind }
        let rows = description.indicators.isEmpty ? dataset.observations : dataset.observations.filter { description.indicators.contains($0.indicator) }
        let measure = description.measure ?? Measure.allCases.first { m in rows.contains { $0.measure == m } } ?? .level
        let periods = Set(rows.filter { $0.measure == measure }.map(\.period))
        switch measure {
        case .rank: return periods.count > 2 ? .bump : .slope
        case .growth: return .diverging
        default:
            if description.year == nil, periods.count > 1 { return .line }
            return description.indicators.count > 1 ? .grouped : .bar
        }
    }

    static func impliedMeasure(_ kind: ChartKind) -> Measure? {
        switch kind {
        case .diverging, .dots: return .growth
        case .slope, .bump: return .rank
        default: return nil
        }
    }
}
