import YearbookData

/// A chart kind as a short recipe: given the selected data (stage one: `ChartContext`), it
/// lets the shared guides measure themselves, takes the plot area they leave, and emits its
/// marks. Every kind gets the same titles, axes, legend, reference lines, missing marks and
/// label placement; adding a kind is one recipe here and one line in `ChartRecipes.all`.
protocol ChartRecipe {
    /// The kinds this recipe draws.
    static var kinds: [ChartKind] { get }
    /// The measure a kind implies when none is asked for (diverging bars show growth).
    static func impliedMeasure(_ kind: ChartKind) -> Measure?
    /// Whether the kind shows a span of periods (lines, ranks over time) rather than one.
    static func showsPeriods(_ kind: ChartKind) -> Bool
    static func draw(_ context: ChartContext, kind: ChartKind) throws -> DrawnChart
}

extension ChartRecipe {
    static func impliedMeasure(_ kind: ChartKind) -> Measure? { nil }
    static func showsPeriods(_ kind: ChartKind) -> Bool { false }
}

/// The registry of recipes, one per group of kinds.
enum ChartRecipes {
    static let all: [any ChartRecipe.Type] = [BarRecipe.self, StackedRecipe.self, LineRecipe.self, RankRecipe.self, DotRecipe.self]

    static func recipe(for kind: ChartKind) -> any ChartRecipe.Type {
        all.first { $0.kinds.contains(kind) }!
    }
}
