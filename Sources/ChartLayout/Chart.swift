import ChartScene
import YearbookData

/// A laid-out chart: the Scene to draw and the values it shows, in the order it shows them
/// (after filters and sorting), so a reader of the report can get the numbers.
public struct DrawnChart: Sendable {
    public var scene: Scene
    public var data: Observations
}

/// The one entry point of the layout: a description and a dataset in, a Scene out, in two
/// stages as ggplot2 and Vega do. Stage one chooses the kind, selects the data and builds the
/// context (language, theme scaled to the canvas); stage two is the kind's recipe, whose guides
/// measure themselves and leave the plot area for its marks. Never touches Cairo.
public enum Chart {
    public static func layout(_ description: ChartDescription, dataset: Dataset, registry: ZoneRegistry,
                              measurer: TextMeasurer, theme: Theme? = nil) throws -> Scene {
        try draw(description, dataset: dataset, registry: registry, measurer: measurer, theme: theme).scene
    }

    /// `theme`, when given, is used instead of the one `description` names: a house style (brand
    /// colours, a corporate font) is a value, not only one of the built-in names.
    public static func draw(_ description: ChartDescription, dataset: Dataset, registry: ZoneRegistry,
                            measurer: TextMeasurer, theme given: Theme? = nil) throws -> DrawnChart {
        guard var theme = given ?? Theme.named(description.theme) else {
            throw ChartError("no theme \"\(description.theme)\"; themes: " + Theme.all.map(\.name).joined(separator: ", "))
        }
        if let family = description.fontFamily { theme.fontFamily = family }
        let palette = description.palette.compactMap(Color.init(hex:))
        if !palette.isEmpty { theme.palette = palette }
        if description.width < 200 || description.height < 150 {
            throw ChartError("a chart needs at least 200 × 150 points; got \(Int(description.width)) × \(Int(description.height))")
        }
        let kind = try chooseKind(description, dataset: dataset)
        let recipe = ChartRecipes.recipe(for: kind)
        var chosen = description
        if chosen.measure == nil, let implied = recipe.impliedMeasure(kind),
           dataset.observations.indices.contains(where: { dataset.observations.measure(at: $0) == implied }) {
            chosen.measure = implied
        }
        if chosen.indicators.isEmpty, kind != .grouped, kind != .dots, kind != .stacked {
            chosen.indicators = defaultIndicators(chosen, dataset: dataset, kind: kind)
        }
        let selection = try Selection(dataset: dataset, registry: registry, description: chosen, timeSeries: recipe.showsPeriods(kind))
        try Typesetter.refuseOverlong([("title", description.title), ("subtitle", description.subtitle), ("source", description.source)]
            .compactMap { what, text in text.map { (what, $0) } }
            + selection.indicators.map { ("indicator", $0) } + selection.zones.map { ("zone name", $0) })
        let context = ChartContext(selection: selection, description: chosen, theme: theme.scaled(toCanvas: description.width, description.height),
                                   typesetter: Typesetter(measurer: measurer, language: (description.language ?? .of(selection)).tag,
                                                          canvasWidth: description.width),
                                   sources: dataset.sources, language: description.language ?? .of(selection))
        return try recipe.draw(context, kind: kind)
    }

    /// With no kind asked for, the data choose: ranks give a slope (or bump) chart; one period,
    /// or a wide table of many regions over many periods, the latest period as sorted bars
    /// (growth as diverging bars, several named indicators as grouped bars); a few regions, or
    /// one region's (or a nation's) few indicators over time, lines.
    public static func chooseKind(_ description: ChartDescription, dataset: Dataset) throws -> ChartKind {
        if let kind = description.kind { return kind }
        let all = dataset.observations
        let named = description.indicators.isEmpty ? all : all.keeping { description.indicators.contains(all.indicator(at: $0)) }
        let measure = description.measure ?? Measure.allCases.first { m in named.indices.contains { named.measure(at: $0) == m } } ?? .level
        // Field by field, so that each test reads only what it needs instead of a whole observation.
        // One filter each, not a filter of a filter, whose composed test Swift rebuilds per row.
        let row = { (i: Int) in named.measure(at: i) == measure && named.hasValue(at: i) }
        // Only whether there are more than 2 periods and 6 zones matters: counting stops there.
        let periods = countDistinct(named.indices.lazy.filter(row).map(named.period), upTo: 3)
        let zones = countDistinct(named.indices.lazy.filter { row($0) && !named.isTotal(at: $0) && !named.isSubtotal(at: $0) }.map(named.zone), upTo: 7)
        if measure == .rank { return periods > 2 ? .bump : .slope }
        let overTime = description.year == nil && periods > 1
        // A few regions, or one region (a nation's series), over time: lines.
        if overTime && zones <= 6 { return .line }
        if measure == .growth { return .diverging }
        return description.indicators.count > 1 ? .grouped : .bar
    }

    /// The indicators a kind shows when none are named: a line or bar of regions shows the
    /// first indicator; one region's lines show its indicators in the first one's unit.
    static func defaultIndicators(_ description: ChartDescription, dataset: Dataset, kind: ChartKind) -> [String] {
        let all = dataset.observations
        let measure = description.measure ?? Measure.allCases.first { m in all.indices.contains { all.measure(at: $0) == m } } ?? .level
        // Field by field, so that each test reads only what it needs instead of a whole observation.
        let indices = all.indices.lazy.filter { all.measure(at: $0) == measure }
        let rows = indices.map { all[$0] }
        let indicators = indices.map(all.indicator).distinctInOrder()
        guard let first = indicators.first else { return [] }
        guard countDistinct(all.indices.lazy.filter { all.measure(at: $0) == measure && !all.isTotal(at: $0) && !all.isSubtotal(at: $0) }.map(all.zone),
                            upTo: 2) <= 1 else { return [first] }
        // One region's indicators share an axis only in one unit (and, for lines, one kind of period).
        let sample = rows.first { $0.indicator == first && $0.value != nil } ?? rows.first { $0.indicator == first }
        return indicators.filter { name in
            rows.contains { $0.indicator == name && $0.unit == sample?.unit && (kind != .line || $0.period.granularity == sample?.period.granularity) }
        }
    }

    /// How many distinct values `values` holds, counting no further than `limit`: a dated
    /// series has a million periods, and a kind is chosen by whether it has more than two.
    static func countDistinct<T: Hashable>(_ values: some Sequence<T>, upTo limit: Int) -> Int {
        var seen = Set<T>(), previous: T?
        for value in values where value != previous {
            previous = value
            seen.insert(value)
            if seen.count >= limit { break }
        }
        return seen.count
    }
}
