import ChartLayout
import ChartScene
import Foundation
import YearbookData

/// One chart described in a file next to the data (YAML, or JSON), so a report's figures are
/// declared once and regenerated whenever the data change. Everything `yearbook plot` can
/// say, a spec can say, under the same names.
public struct ChartSpec: Sendable {
    /// The spec file itself.
    public var file: String
    /// The data file, as written in the spec (relative to the spec's folder).
    public var data: String
    /// The sheet of a workbook (or table of an HTML page), by name or 1-based number.
    public var sheet: String?
    /// What the table measures when its header names nothing (its title or file name otherwise).
    public var indicatorName: String?
    /// The zone registry, when the spec names one.
    public var registry: String?
    public var description: ChartDescription
    public var scale: Double
    public var formats: [OutputFormat]
    /// The stem of the output files (default: the spec file's name without its extension).
    public var name: String
    /// Where each key was written, so a check that needs the data can still point at the line.
    public var locations: [String: SourceLocation]
    /// A spec made from `yearbook plot`'s options rather than read from a file: its errors name
    /// the option (`--indicator: error: …`) instead of a line.
    public var fromCommandLine = false

    public init(file: String, data: String, registry: String? = nil, description: ChartDescription, scale: Double = 2,
                formats: [OutputFormat] = OutputFormat.allCases, name: String, locations: [String: SourceLocation] = [:]) {
        self.file = file
        self.data = data
        self.registry = registry
        self.description = description
        self.scale = scale
        self.formats = formats
        self.name = name
        self.locations = locations
    }

    /// The data file's path as seen from the working folder.
    public var dataPath: String { ChartSpec.resolve(data, from: file) }

    public var registryPath: String? { registry.map { ChartSpec.resolve($0, from: file) } }

    /// `path` taken from the spec's folder, with `.` and `..` folded away (Charts/../Datasets/t.tsv
    /// → Datasets/t.tsv), so messages show the path a user would type.
    static func resolve(_ path: String, from spec: String) -> String {
        if path.hasPrefix("/") { return path }
        let folder = PathText.folder(of: spec)
        var parts: [Substring] = []
        for part in (folder.isEmpty ? path : folder + "/" + path).split(separator: "/") {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast() } else { parts.append(part) }
        }
        return (spec.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }

    public func location(of key: String) -> SourceLocation {
        locations[key] ?? SourceLocation(file: fromCommandLine ? "--" + key : file)
    }
}
