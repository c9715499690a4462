import ChartLayout
import ChartScene
import YearbookData

/// The keys a chart file may use — the long names of `yearbook plot`'s options — in one table,
/// from which the parser's key list, the JSON Schema editors validate with (`yearbook schema`)
/// and the README's reference all come.
extension ChartSpec {
    public struct Key: Sendable {
        /// What a key's value is, for the schema.
        public enum Kind: Sendable {
            case string, number, length, bool, strings
            case choice([String])
        }

        public var name: String
        public var kind: Kind
        public var help: String
    }

    public static let keyTable: [Key] = [
        Key(name: "data", kind: .string, help: "The table to draw, relative to the chart file (required)."),
        Key(name: "sheet", kind: .string, help: "A workbook's sheet or an HTML page's table, by name or 1-based number."),
        Key(name: "indicator-name", kind: .string, help: "What the table measures when its header names nothing."),
        Key(name: "registry", kind: .string, help: "The zone registry (TSV); default: zones.tsv near the table."),
        Key(name: "kind", kind: .choice(ChartKind.allCases.map(\.rawValue)), help: "The chart kind; default: chosen from the data."),
        Key(name: "indicator", kind: .strings, help: "The indicator(s) to draw."),
        Key(name: "measure", kind: .choice(Measure.allCases.map(\.rawValue)), help: "level, growth, share, rank or index."),
        Key(name: "zones", kind: .strings, help: "Only these zones (any name the registry knows)."),
        Key(name: "include-total", kind: .bool, help: "Draw the total (and subtotal) rows too."),
        Key(name: "sort", kind: .choice(ZoneOrder.allCases.map(\.rawValue)), help: "Bar order: desc (default), asc or table."),
        Key(name: "orientation", kind: .choice(Orientation.allCases.map(\.rawValue)), help: "horizontal (default) or vertical bars."),
        Key(name: "title", kind: .string, help: "The title; default: made from the data."),
        Key(name: "subtitle", kind: .string, help: "The subtitle; default: the unit."),
        Key(name: "source", kind: .string, help: "The source line; default: the table's 资料来源."),
        Key(name: "lang", kind: .choice(ChartLanguage.allCases.map(\.rawValue)), help: "The chart's language; default: the table's."),
        Key(name: "theme", kind: .choice(Theme.all.map(\.name)), help: "report (colour) or grey (black-and-white print)."),
        Key(name: "palette", kind: .strings, help: "Series colours as #RRGGBB, in order, instead of the theme's."),
        Key(name: "font", kind: .string, help: "Font family; default: Noto Sans CJK SC."),
        Key(name: "log", kind: .bool, help: "Logarithmic value axis (lines)."),
        Key(name: "width", kind: .length, help: "Width: points, or 160mm, 12cm, 6in, 800px (default 800)."),
        Key(name: "height", kind: .length, help: "Height: points, or with a unit (default 500)."),
        Key(name: "scale", kind: .number, help: "PNG pixels per point (default 2)."),
        Key(name: "dpi", kind: .number, help: "PNG resolution in dots per inch, instead of scale."),
        Key(name: "year", kind: .string, help: "The period to draw, or the year of a table that prints none."),
        Key(name: "formats", kind: .strings, help: "Any of png, pdf, svg (default all three)."),
        Key(name: "name", kind: .string, help: "The output files' name; default: the chart file's."),
    ]

    public static let keys = keyTable.map(\.name)
}
