import ChartLayout
import ChartScene
import Foundation
import Yams
import YearbookData

extension ChartSpec {
    public static func load(path: String) throws -> ChartSpec {
        guard let data = FileManager.default.contents(atPath: path) else { throw DataError.fileNotFound(path) }
        let spec = try parse(try TextDecoder.decode(data, file: path).text, file: path)
        let defaultsPath = (PathText.folder(of: path).isEmpty ? "" : PathText.folder(of: path) + "/") + defaultsFile
        guard let defaults = FileManager.default.contents(atPath: defaultsPath) else { return spec }
        return spec.inheriting(try parse(try TextDecoder.decode(defaults, file: defaultsPath).text, file: defaultsPath, defaults: true))
    }

    /// Reads a chart file, checking every key and value before anything is drawn: an unknown
    /// key, a wrong type or a value out of its set is an error naming the file, the line and the
    /// key, with the nearest valid names.
    public static func parse(_ text: String, file: String, defaults: Bool = false) throws -> ChartSpec {
        try NestingLimit.check(text, file: file)
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw DataError(SourceLocation(file: file), "is not valid YAML or JSON: \(error)")
        }
        guard let mapping = root?.mapping else {
            throw DataError(SourceLocation(file: file, line: root?.mark?.line ?? 1),
                            "a chart file is a mapping of keys (data: …, kind: …); found \(root == nil ? "nothing" : "a list or a single value")")
        }
        var reader = SpecReader(file: file)
        var spec = ChartSpec(file: file, data: "", description: ChartDescription(),
                             name: ((file as NSString).lastPathComponent as NSString).deletingPathExtension)
        // Every key is checked, and every bad one reported, not only the first.
        var errors: [DataError] = []
        for (keyNode, value) in mapping {
            do {
                let key = try reader.key(keyNode)
                if defaults, !ChartSpec.inheritedKeys.contains(key) {
                    throw reader.error(keyNode, key, "a defaults file sets only \(ChartSpec.inheritedKeys.joined(separator: ", ")); put «\(key)» in the chart files")
                }
                spec.locations[key] = reader.at(value)
                var d = spec.description
                switch key {
                case "data": spec.data = try reader.string(value, key)
                case "sheet": spec.sheet = try reader.string(value, key)
                case "indicator-name": spec.indicatorName = try reader.string(value, key)
                case "registry": spec.registry = try reader.string(value, key)
                case "kind": d.kind = try reader.choice(value, key, ChartKind.self)
                case "indicator": d.indicators = try reader.strings(value, key)
                case "measure": d.measure = try reader.choice(value, key, Measure.self)
                case "zones": d.zones = try reader.strings(value, key)
                case "include-total": d.includeTotal = try reader.bool(value, key)
                case "sort": d.sort = try reader.choice(value, key, ZoneOrder.self)
                case "orientation": d.orientation = try reader.choice(value, key, Orientation.self)
                case "title": d.title = try reader.string(value, key)
                case "subtitle": d.subtitle = try reader.string(value, key)
                case "source": d.source = try reader.string(value, key)
                case "lang": d.language = try reader.choice(value, key, ChartLanguage.self)
                case "theme":
                    d.theme = try reader.string(value, key)
                    guard Theme.named(d.theme) != nil else {
                        throw reader.error(value, key, "no theme \"\(d.theme)\"; themes: " + Theme.all.map(\.name).joined(separator: ", "))
                    }
                case "font": d.fontFamily = try reader.string(value, key)
                case "palette":
                    d.palette = try reader.strings(value, key)
                    if let bad = d.palette.first(where: { Color(hex: $0) == nil }) { throw reader.error(value, key, "expected colours as #RRGGBB, found \"\(bad)\"") }
                case "log": d.logScale = try reader.bool(value, key)
                // Only the smallest sizes here: the largest are the canvas limit's, the same for
                // `plot`'s options, checked before drawing (ChartBatch) with this key's line.
                case "width": d.width = try reader.length(value, key, atLeast: 200)
                case "height": d.height = try reader.length(value, key, atLeast: 150)
                case "scale": spec.scale = try reader.number(value, key, atLeast: 0.25)
                case "dpi": spec.scale = Length.scale(dpi: try reader.number(value, key, atLeast: 18))
                case "year":
                    let year = try reader.string(value, key)
                    guard Period(label: year) != nil else { throw reader.error(value, key, "expected a year such as 2020, found \"\(year)\"") }
                    d.year = year
                case "formats": spec.formats = try reader.strings(value, key).map { try reader.choice(value, key, OutputFormat.self, raw: $0) }
                case "name":
                    spec.name = try reader.string(value, key)
                    if let problem = OutputName.problem(spec.name) { throw reader.error(value, key, "cannot name the output files: \(problem)") }
                default: break
                }
                spec.description = d
        } catch let error as DataError {
                errors.append(error)
            }
        }
        if !errors.isEmpty { throw DataError.all(errors) }
        if !defaults, spec.locations["name"] == nil, let problem = OutputName.problem(spec.name) {
            throw DataError(SourceLocation(file: file), "its own name cannot name the output files: \(problem); add name: to choose another")
        }
        guard defaults || !spec.data.isEmpty else {
            throw DataError(SourceLocation(file: file, line: mapping.mark?.line ?? 1), "«data» is missing: name the table the chart draws (data: ../Datasets/table64.tsv)")
        }
        return spec
    }
}

/// Reads typed values out of YAML nodes, naming the key and its line in every complaint.
struct SpecReader {
    var file: String
    var seen: Set<String> = []

    func at(_ node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line, column: node.mark?.column, isCell: false)
    }

    func error(_ node: Node, _ key: String, _ message: String) -> DataError {
        DataError(at(node), "«\(key)»: \(message)")
    }

    mutating func key(_ node: Node) throws -> String {
        guard let key = node.scalar?.string else { throw DataError(at(node), "a key must be a plain name") }
        guard ChartSpec.keys.contains(key) else {
            let nearest = Suggestions.closest(to: key, in: ChartSpec.keys)
            throw DataError(at(node), "unknown key «\(key)»; did you mean «\(nearest[0])»? Keys: \(ChartSpec.keys.joined(separator: ", "))")
        }
        guard seen.insert(key).inserted else { throw DataError(at(node), "«\(key)» is given twice") }
        return key
    }

    func string(_ node: Node, _ key: String) throws -> String {
        guard let s = node.scalar?.string else { throw error(node, key, "expected a single value, found \(kind(node))") }
        return s
    }

    /// One value or a list (`indicator: 自营出口` or `indicator: [合同利用外资, 实际利用外资]`).
    func strings(_ node: Node, _ key: String) throws -> [String] {
        if let s = node.scalar?.string {
            return s.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" }).map { $0.trimmingCharacters(in: .whitespaces) }
        }
        guard let sequence = node.sequence else { throw error(node, key, "expected a value or a list, found \(kind(node))") }
        return try sequence.map { item in
            guard let s = item.scalar?.string else { throw error(item, key, "expected a list of values, found \(kind(item)) in it") }
            return s
        }
    }

    func bool(_ node: Node, _ key: String) throws -> Bool {
        switch try string(node, key).lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        case let other: throw error(node, key, "expected true or false, found \"\(other)\"")
        }
    }

    func number(_ node: Node, _ key: String, atLeast minimum: Double) throws -> Double {
        let text = try string(node, key)
        guard let n = Double(text), n.isFinite else { throw error(node, key, "expected a number, found \"\(text)\"") }
        guard n >= minimum else { throw error(node, key, "expected a number of at least \(minimum == minimum.rounded() ? String(Int(minimum)) : String(minimum)), found \(text)") }
        return n
    }

    /// A size with an optional unit (160mm, 6in, 800px, 800), in points.
    func length(_ node: Node, _ key: String, atLeast minimum: Double) throws -> Double {
        let text = try string(node, key)
        guard let n = Length.points(text) else { throw error(node, key, "expected a length such as 800, 160mm, 12cm, 6in or 800px, found \"\(text)\"") }
        guard n >= minimum else { throw error(node, key, "expected at least \(Int(minimum)) points, found \(text)") }
        return n
    }

    func choice<T: RawRepresentable & CaseIterable>(_ node: Node, _ key: String, _ type: T.Type, raw: String? = nil) throws -> T where T.RawValue == String {
        let text = try raw ?? string(node, key)
        if let value = T(rawValue: text) { return value }
        let names = T.allCases.map(\.rawValue)
        throw error(node, key, "expected one of \(names.joined(separator: ", ")); found \"\(text)\" (did you mean \(Suggestions.closest(to: text, in: names)[0])?)")
    }

    private func kind(_ node: Node) -> String {
        switch node {
        case .scalar: return "a single value"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        }
    }
}
