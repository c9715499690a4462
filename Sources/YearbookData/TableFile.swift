import Foundation

/// A table file as loaded: its encoding and layout, and what it holds — a yearbook-layout
/// table, or observations already in long form. The one entry point the CLI and charts use.
public struct TableFile: Sendable {
    public enum Content: Sendable {
        case yearbook(YearbookTable)
        case tidy(Dataset)
    }

    public var file: String
    public var encoding: TextEncoding
    public var delimiter: CellGrid.Delimiter
    public var content: Content
    public var registry: ZoneRegistry

    /// Reads `path` (or standard input for `-`), with the zone registry given or, if none is,
    /// the one found near the file.
    public static func load(path: String, registry: ZoneRegistry? = nil) throws -> TableFile {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw DataError.fileNotFound(path) }
            guard !isDirectory.boolValue else { throw DataError.unreadable(path, "it is a folder, not a table file") }
            guard let contents = FileManager.default.contents(atPath: path) else { throw DataError.unreadable(path, "permission denied") }
            data = contents
        }
        let zones = try registry ?? ZoneRegistry.discover(near: path == "-" ? "./-" : path).map(ZoneRegistry.load) ?? .empty
        return try parse(data, file: path == "-" ? "<stdin>" : path, registry: zones)
    }

    public static func parse(_ data: Data, file: String, registry: ZoneRegistry = .empty) throws -> TableFile {
        let decoded = try TextDecoder.decode(data, file: file)
        guard !Label.isBlank(decoded.text) else { throw DataError.empty(file) }
        let delimiter = CellGrid.detectDelimiter(decoded.text, fileName: file)
        let grid = try CellGrid.parse(decoded.text, delimiter: delimiter, file: file)
        let content: Content
        if TidyTableReader.recognises(grid) {
            content = .tidy(try TidyTableReader(registry: registry).read(grid, file: file))
        } else {
            content = .yearbook(try YearbookTableReader(registry: registry).read(grid, file: file, encoding: decoded.encoding))
        }
        return TableFile(file: file, encoding: decoded.encoding, delimiter: delimiter, content: content, registry: registry)
    }

    /// The file's observations; `year` supplies or picks the period as `YearbookTable.dataset(year:)` does.
    public func dataset(year: Period? = nil) throws -> Dataset {
        switch content {
        case .yearbook(let table):
            return try table.dataset(year: year)
        case .tidy(let dataset):
            guard let year else { return dataset }
            let picked = dataset.filtered(period: year)
            if picked.observations.isEmpty {
                throw DataError(SourceLocation(file: file), "the table has no values for \(year); it has \(dataset.periods.map(\.description).joined(separator: ", "))")
            }
            return picked
        }
    }
}
