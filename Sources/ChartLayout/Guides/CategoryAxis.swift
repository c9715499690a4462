import ChartScene
import YearbookData

/// The names along a band axis (zones, or one region's indicators): the registry's full name
/// (or English name with `lang: en`), falling back to its short name, then to wrapped lines
/// (three at most, then "…"), so no name runs off the canvas or over its neighbour.
struct CategoryAxis {
    struct Category {
        var key: String
        var full: String
        var short: String
    }

    var lines: [String: [String]]
    var width: Double
    var lineHeight: Double

    init(_ categories: [Category], font: Font, maxWidth: Double, typesetter: Typesetter) throws {
        var names = Dictionary(categories.map { ($0.key, $0.full) }, uniquingKeysWith: { a, _ in a })
        var widest = try names.values.map { try typesetter.width($0, font) }.max() ?? 0
        if widest > maxWidth {
            names = Dictionary(categories.map { ($0.key, $0.short) }, uniquingKeysWith: { a, _ in a })
        }
        var lines: [String: [String]] = [:]
        widest = 0
        for (key, name) in names {
            let wrapped = try typesetter.wrap(name, font: font, maxWidth: maxWidth)
            lines[key] = wrapped
            widest = max(widest, try wrapped.map { try typesetter.width($0, font) }.max() ?? 0)
        }
        self.lines = lines
        self.width = widest
        self.lineHeight = try typesetter.extent("国", font).height
    }

    /// The zones of a selection as categories, named as the registry and language say.
    static func zones(_ zones: [String], registry: ZoneRegistry, language: ChartLanguage) -> [Category] {
        zones.map { zone in
            if YearbookData.Label.key(zone) == "合计" { return Category(key: zone, full: language == .en ? "Total" : "合计", short: language == .en ? "Total" : "合计") }
            guard let z = registry.resolve(zone) else { return Category(key: zone, full: zone, short: zone) }
            let full = language == .en && !z.english.isEmpty ? z.english : z.name
            return Category(key: zone, full: full, short: language == .zh ? z.short : full)
        }
    }

    /// One line per category, for places with room for a single line (legends).
    func single(_ key: String) -> String { (lines[key] ?? [key]).joined() }

    /// The most lines any name takes.
    var depth: Int { lines.values.map(\.count).max() ?? 1 }

    /// Names right-aligned at `right`, each centred on its band (horizontal bars, dot rows).
    func marksBeside(_ keys: [String], band: (Int) -> Double, right: Double, theme: Theme, typesetter: Typesetter) throws -> [Mark] {
        var marks: [Mark] = []
        for (i, key) in keys.enumerated() {
            let names = lines[key] ?? [key]
            var y = band(i) - lineHeight * Double(names.count) / 2
            for line in names {
                marks.append(.text(try typesetter.place(line, font: theme.labelFont, color: theme.text, at: Point(right, y), align: .end,
                                                        role: "zone-label", datum: key)))
                y += lineHeight
            }
        }
        return marks
    }

    /// Names centred under their bands from `top` down (columns).
    func marksUnder(_ keys: [String], band: (Int) -> Double, top: Double, theme: Theme, typesetter: Typesetter) throws -> [Mark] {
        var marks: [Mark] = []
        for (i, key) in keys.enumerated() {
            var y = top
            for line in lines[key] ?? [key] {
                marks.append(.text(try typesetter.place(line, font: theme.labelFont, color: theme.text, at: Point(band(i), y), align: .middle,
                                                        role: "zone-label", datum: key)))
                y += lineHeight
            }
        }
        return marks
    }
}
