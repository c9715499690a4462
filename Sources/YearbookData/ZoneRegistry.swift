import Foundation

/// The zones a project knows, read from data (Datasets/zones.tsv), so that every spelling a
/// table uses — 柯桥经济技术开发区(柯桥区滨海工业区), 柯桥经开区 — resolves to one Zone.
public struct ZoneRegistry: Sendable {
    public private(set) var zones: [Zone]
    private var byKey: [String: Int]
    /// The first characters of the names' keys: a label that starts otherwise is no zone.
    private var initials = Initials()
    /// Where the registry was read from, for `inspect`.
    public var origin: String?

    public init(zones: [Zone], origin: String? = nil) throws {
        self.zones = []
        self.byKey = [:]
        self.origin = origin
        for zone in zones { try add(zone, at: SourceLocation(file: origin ?? "zones")) }
    }

    public static let empty = try! ZoneRegistry(zones: [])

    private mutating func add(_ zone: Zone, at location: SourceLocation) throws {
        let index = zones.count
        for name in [zone.name, zone.short] + zone.aliases where !name.isEmpty {
            let key = Label.key(name)
            if let other = byKey[key], other != index {
                throw DataError.registry(location, "the name \"\(name)\" is given to both \(zones[other].name) and \(zone.name); a name may belong to one zone only")
            }
            byKey[key] = index
            initials.insert(key)
        }
        zones.append(zone)
    }

    /// The zone a printed label names: the label itself, or else the name before a trailing
    /// parenthesis (`A(B)` is zone A under its second name B). Never the parenthesis alone,
    /// which may name a different zone.
    public func resolve(_ label: String) -> Zone? {
        if zones.isEmpty { return nil }
        let normal = Label.normalise(label)
        let key = Label.key(normal)
        guard initials.mayStart(key) else { return nil }
        if let index = byKey[key] { return zones[index] }
        if let (head, _) = Label.trailingParenthesis(normal), let index = byKey[Label.key(head)] {
            return zones[index]
        }
        return nil
    }

    /// Reads the registry TSV: a header `zone<TAB>short<TAB>english<TAB>aliases`, aliases
    /// separated by `|`.
    public static func parse(_ text: String, file: String) throws -> ZoneRegistry {
        let grid = try CellGrid.parse(text, delimiter: .tab, file: file)
        let rows = grid.rows.filter { !$0.isBlank && !($0.cells.first ?? "").hasPrefix("#") }
        guard let header = rows.first else { throw DataError.empty(file) }
        let names = header.cells.map { Label.caseFoldedKey($0) }
        let expected = ["zone", "short", "english", "aliases"]
        guard Array(names.prefix(4)) == expected else {
            throw DataError.registry(SourceLocation(file: file, line: header.line),
                                     "a zone registry needs the columns zone, short, english, aliases; found \(header.cells.joined(separator: ", "))")
        }
        var registry = try ZoneRegistry(zones: [], origin: file)
        for row in rows.dropFirst() {
            let cells = row.cells + Array(repeating: "", count: max(0, 4 - row.cells.count))
            let name = Label.normalise(cells[0])
            guard !name.isEmpty else {
                throw DataError.registry(SourceLocation(file: file, line: row.line, column: 1), "a zone needs a name in the first column")
            }
            let aliases = cells[3].split(separator: "|").map { Label.normalise(String($0)) }.filter { !$0.isEmpty }
            let zone = Zone(name: name, short: Label.normalise(cells[1]).isEmpty ? name : Label.normalise(cells[1]),
                            english: Label.normalise(cells[2]), aliases: aliases)
            try registry.add(zone, at: SourceLocation(file: file, line: row.line))
        }
        return registry
    }

    public static func load(path: String) throws -> ZoneRegistry {
        guard let data = FileManager.default.contents(atPath: path) else { throw DataError.fileNotFound(path) }
        return try parse(try TextDecoder.decode(data, file: path).text, file: path)
    }

    /// The registry that applies to a table file: `zones.tsv` in the table's folder or the
    /// nearest folder above it (directly or in its `Datasets/`), so every table under a
    /// project shares one registry without naming it.
    public static func discover(near tablePath: String) -> String? {
        var folder = URL(fileURLWithPath: tablePath).deletingLastPathComponent().standardizedFileURL
        let fm = FileManager.default
        while true {
            for candidate in ["zones.tsv", "Datasets/zones.tsv"] {
                let path = folder.appendingPathComponent(candidate).path
                if fm.fileExists(atPath: path) { return relativeToWorkingDirectory(path) }
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    /// Paths are shown as the user would type them: relative to the working folder when inside it.
    private static func relativeToWorkingDirectory(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(cwd) ? String(path.dropFirst(cwd.count)) : path
    }
}
