import ChartScene
import YearbookData

/// How zones are named on a chart: the registry's full name (or English name with `lang: en`),
/// falling back to its short name, then to wrapped lines, so no label runs off the canvas or
/// over its neighbour.
struct ZoneLabels {
    var lines: [String: [String]]
    var width: Double

    init(zones: [String], registry: ZoneRegistry, language: ChartLanguage, font: Font, maxWidth: Double, typesetter: Typesetter) throws {
        func full(_ zone: String) -> String {
            if YearbookData.Label.key(zone) == "合计" { return language == .en ? "Total" : "合计" }
            guard let z = registry.resolve(zone) else { return zone }
            return language == .en && !z.english.isEmpty ? z.english : z.name
        }
        func short(_ zone: String) -> String {
            guard language == .zh, let z = registry.resolve(zone) else { return full(zone) }
            return z.short
        }
        var names = Dictionary(uniqueKeysWithValues: zones.map { ($0, full($0)) })
        var widest = try names.values.map { try typesetter.width($0, font) }.max() ?? 0
        if widest > maxWidth {
            names = Dictionary(uniqueKeysWithValues: zones.map { ($0, short($0)) })
        }
        var lines: [String: [String]] = [:]
        widest = 0
        for (zone, name) in names {
            let wrapped = try typesetter.wrap(name, font: font, maxWidth: maxWidth)
            lines[zone] = wrapped
            widest = max(widest, try wrapped.map { try typesetter.width($0, font) }.max() ?? 0)
        }
        self.lines = lines
        self.width = widest
    }

    /// One line per zone, for places with room for a single line (slope-chart ends).
    func single(_ zone: String) -> String { (lines[zone] ?? [zone]).joined() }
}
