import Foundation
import ChartScales
import ChartScene
import YearbookData

/// What every chart kind works from once the data are chosen: the selection, the description,
/// the theme (scaled to the canvas), the typesetter, the chart's language and the words around
/// the chart. Stage one of every layout builds it; recipes read it.
struct ChartContext {
    var selection: Selection
    var description: ChartDescription
    var theme: Theme
    var typesetter: Typesetter
    var sources: [String]
    /// The chart's language: asked for, or the table's (Chinese names make a Chinese chart).
    var language: ChartLanguage

    var width: Double { description.width }
    var height: Double { description.height }

    /// The period a single-period chart shows.
    var period: Period { selection.periods.last! }

    var words: Words { Words(context: self) }

    /// The default title of a one-period chart: when, where, what (2020年各开发区规上工业总产值).
    func title(_ what: String) -> String {
        description.title ?? words.title(what: what, period: period)
    }

    func scene(_ marks: [Mark], title: String, altText: String, height: Double? = nil) -> Scene {
        Scene(width: width, height: height ?? self.height, background: theme.background, marks: marks, title: title,
              description: altText, language: language.tag)
    }

    /// The name alt text and direct labels use for a zone.
    func name(_ zone: String) -> String {
        if YearbookData.Label.key(zone) == "合计" { return language == .en ? "the total" : "合计" }
        guard let z = selection.registry.resolve(zone) else { return zone }
        return language == .en && !z.english.isEmpty ? z.english : z.name
    }

    /// A value format for the values `numbers` (in the unit of `indicator`).
    func format(_ numbers: [Double], indicator: String) -> ValueText {
        ValueText(unit: selection.unit(of: indicator), measure: selection.measure, maxAbs: numbers.map(abs).max() ?? 0, language: language)
    }
}

extension ChartLanguage {
    /// The language a table is written in: Chinese when its names carry Han characters.
    static func of(_ selection: Selection) -> ChartLanguage {
        let names = selection.indicators + selection.zones
        return names.contains { $0.unicodeScalars.contains(where: YearbookData.Label.isHan) } ? .zh : .en
    }
}
