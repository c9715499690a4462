import Foundation
import ChartScene
import YearbookData

/// What every chart kind's layout works from: the selected data, the description, the theme,
/// the typesetter, and the words around the chart.
struct ChartContext {
    var selection: Selection
    var description: ChartDescription
    var theme: Theme
    var typesetter: Typesetter
    var sources: [String]

    var language: ChartLanguage { description.language }
    var width: Double { description.width }
    var height: Double { description.height }

    /// The period a single-period chart shows.
    var period: Period { selection.periods.last! }

    /// The default title: what, where, when (2020年各开发区规上工业总产值).
    func title(_ what: String) -> String {
        if let title = description.title { return title }
        switch language {
        case .zh: return "\(period.description)年各开发区\(what)"
        case .en: return "\(what.prefix(1).uppercased())\(what.dropFirst()) by zone, \(period.description)"
        }
    }

    func subtitle(_ phrase: String) -> String {
        description.subtitle ?? phrase
    }

    /// 资料来源：… from the table's provenance lines ((市商务局 提供) → 市商务局).
    var source: String {
        if let source = description.source { return source }
        let prefix = language == .zh ? "资料来源：" : "Source: "
        let parts = sources.map { line -> String in
            var s = line.trimmingCharacters(in: .whitespaces)
            for p in ["资料来源：", "资料来源:", "数据来源：", "数据来源:", "来源：", "来源:"] where s.hasPrefix(p) { s = String(s.dropFirst(p.count)) }
            if (s.hasPrefix("(") || s.hasPrefix("（")) && (s.hasSuffix(")") || s.hasSuffix("）")) {
                s = String(s.dropFirst().dropLast()).replacingOccurrences(of: "提供", with: "").trimmingCharacters(in: .whitespaces)
            }
            return s
        }.filter { !$0.isEmpty }
        if parts.isEmpty {
            let name = selection.file.split(separator: "/").last.map(String.init) ?? selection.file
            return (language == .zh ? "数据：" : "Data: ") + name
        }
        return prefix + parts.joined(separator: " · ")
    }

    func frame(subtitle: String, legend: [(label: String, color: Color, key: Frame.Key)] = [], what: String) throws -> (Frame, Frame.Words) {
        let words = Frame.Words(title: title(what), subtitle: self.subtitle(subtitle), source: source)
        return (try Frame(words: words, legend: legend, width: width, height: height, theme: theme, typesetter: typesetter), words)
    }

    func scene(_ marks: [Mark], words: Frame.Words, altText: String) -> Scene {
        Scene(width: width, height: height, background: theme.background, marks: marks, title: words.title,
              description: altText, language: language.tag)
    }

    func zoneLabels(maxWidth: Double, font: Font? = nil) throws -> ZoneLabels {
        try ZoneLabels(zones: selection.zones, registry: selection.registry, language: language, font: font ?? theme.labelFont,
                       maxWidth: maxWidth, typesetter: typesetter)
    }

    /// The name alt text and direct labels use for a zone.
    func name(_ zone: String) -> String {
        if YearbookData.Label.key(zone) == "合计" { return language == .en ? "the total" : "合计" }
        guard let z = selection.registry.resolve(zone) else { return zone }
        return language == .en && !z.english.isEmpty ? z.english : z.name
    }
}
