import ChartLayout
import ChartScene

extension ChartSpec {
    /// The spec as a chart file (YAML), keys in the order of `ChartSpec.keys`, defaults left out,
    /// so `yearbook plot … --print-spec` gives a file worth committing.
    public var yaml: String {
        let d = description
        let defaults = ChartDescription()
        var lines: [String] = []
        func add(_ key: String, _ value: String?) { if let value { lines.append("\(key): \(value)") } }
        func quoted(_ s: String) -> String {
            "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        func list(_ items: [String]) -> String? { items.isEmpty ? nil : "[" + items.map(quoted).joined(separator: ", ") + "]" }
        add("data", quoted(data))
        add("sheet", sheet.map(quoted))
        add("indicator-name", indicatorName.map(quoted))
        add("registry", registry.map(quoted))
        add("kind", d.kind?.rawValue)
        add("indicator", list(d.indicators))
        add("measure", d.measure?.rawValue)
        add("zones", list(d.zones))
        add("include-total", d.includeTotal ? "true" : nil)
        add("sort", d.sort?.rawValue)
        add("orientation", d.orientation != defaults.orientation ? d.orientation.rawValue : nil)
        add("title", d.title.map(quoted))
        add("subtitle", d.subtitle.map(quoted))
        add("source", d.source.map(quoted))
        add("lang", d.language?.rawValue)
        add("theme", d.theme != defaults.theme ? d.theme : nil)
        add("palette", d.palette.isEmpty ? nil : "[" + d.palette.map(quoted).joined(separator: ", ") + "]")
        add("font", d.fontFamily.map(quoted))
        add("log", d.logScale ? "true" : nil)
        add("width", d.width != defaults.width ? number(d.width) : nil)
        add("height", d.height != defaults.height ? number(d.height) : nil)
        add("scale", scale != 2 ? number(scale) : nil)
        add("year", d.year)
        add("formats", formats != OutputFormat.allCases ? "[" + formats.map(\.rawValue).joined(separator: ", ") + "]" : nil)
        add("name", quoted(name))
        return lines.joined(separator: "\n") + "\n"
    }

    private func number(_ v: Double) -> String {
        v == v.rounded() ? String(Int(v)) : String(v)
    }
}
