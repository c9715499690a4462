import Foundation

/// A table file as loaded: its encoding and layout, and what it holds — a yearbook-layout
/// table, or observations already in long form. The one entry point the CLI and charts use.
public struct TableFile: Sendable {
    public enum Content: Sendable {
        case yearbook(YearbookTable)
        case tidy(Dataset)
    }

    public var file: String
    /// How the file was read, for `inspect`: "TSV · UTF-8", "Excel workbook (.xlsx) · sheet 表64".
    public var format: String
    public var content: Content
    public var registry: ZoneRegistry
    /// The sheets (or HTML tables) of a workbook, in order; empty for a text file.
    public var sheets: [String] = []

    public init(file: String, format: String, content: Content, registry: ZoneRegistry, sheets: [String] = []) {
        self.file = file
        self.format = format
        self.content = content
        self.registry = registry
        self.sheets = sheets
    }

    /// Bytes a table file (or standard input) may hold before it is refused, read or not.
    public static let standardMaxBytes = 128 << 20

    /// Reads a text table at `path` (or standard input for `-`), with the zone registry given
    /// or, if none is, the one found near the file. Workbooks and HTML go through `TableSource`.
    public static func load(path: String, registry: ZoneRegistry? = nil) throws -> TableFile {
        try parse(try contents(of: path), file: path == "-" ? "<stdin>" : path, registry: registry ?? discoveredRegistry(near: path))
    }

    /// The bytes of `path`, or of standard input for `-`, read in chunks and refused as soon as
    /// they pass `maxBytes`, so a huge or endless input never fills the memory first. A file
    /// that cannot be read says why (permission, a folder, out of memory), as the system says it.
    public static func contents(of path: String, maxBytes: Int = standardMaxBytes) throws -> Data {
        let name = path == "-" ? "<stdin>" : path
        let fd: Int32
        if path == "-" {
            fd = STDIN_FILENO
        } else {
            fd = open(path, O_RDONLY | O_CLOEXEC)
            if fd < 0 {
                if errno == ENOENT { throw DataError.fileNotFound(path) }
                throw DataError.unreadable(path, String(cString: strerror(errno)))
            }
        }
        defer { if fd != STDIN_FILENO { close(fd) } }
        func readSome(_ buffer: UnsafeMutableRawBufferPointer) throws -> Int {
            while true {
                let count = posixRead(fd, buffer)
                if count >= 0 { return count }
                if errno != EINTR { throw DataError.unreadable(name, String(cString: strerror(errno))) }
            }
        }
        var info = stat()
        var data = Data()
        if fstat(fd, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFDIR { throw DataError.unreadable(path, "it is a folder, not a table file") }
            if info.st_size > maxBytes { throw DataError.tooLarge(name, limit: maxBytes) }
            // A regular file's size is known: its bytes are read straight into a buffer of that
            // size, not gathered in chunks and copied as the buffer grows (a twentieth of loading
            // a 60 MB table). Whatever it has beyond that size is read in chunks below.
            if (info.st_mode & S_IFMT) == S_IFREG, info.st_size > 0 {
                data = Data(count: Int(info.st_size))
                var filled = 0
                while filled < data.count {
                    let count = try data.withUnsafeMutableBytes { try readSome(UnsafeMutableRawBufferPointer(rebasing: $0[filled...])) }
                    if count == 0 {
                        data.count = filled
                        return data
                    }
                    filled += count
                }
            }
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = try chunk.withUnsafeMutableBytes { try readSome($0) }
            if count == 0 { return data }
            guard data.count + count <= maxBytes else { throw DataError.tooLarge(name, limit: maxBytes) }
            data.append(contentsOf: chunk[..<count])
        }
    }

    public static func discoveredRegistry(near path: String) throws -> ZoneRegistry {
        try ZoneRegistry.discover(near: path == "-" ? "./-" : path).map(ZoneRegistry.load) ?? .empty
    }

    /// Takes the file's bytes: a table that is not a long form is gathered into cells, and the
    /// bytes are let go before those cells are read, so the file is not held beside its table.
    public static func parse(_ data: consuming Data, file: String, registry: ZoneRegistry = .empty, indicatorName: String? = nil,
                             limits: CellGrid.Limits = .standard) throws -> TableFile {
        var longForm: TableFile?, grid: CellGrid?, format = ""
        func gather(_ bytes: UnsafeBufferPointer<UInt8>, encoding: TextEncoding) throws {
            guard !Label.isBlank(bytes) else { throw DataError.empty(file) }
            // The first fifty lines tell tabs from commas; a megabyte holds them.
            let delimiter = CellGrid.detectDelimiter(String(decoding: bytes.prefix(1 << 20), as: UTF8.self), fileName: file)
            var reader = RowReader(bytes: bytes, delimiter: delimiter, file: file, limits: limits)
            format = "\(delimiter.name) · \(encoding.rawValue)"
            (longForm, grid) = try TableFile.gather(&reader, delimiter: delimiter, file: file, format: format, registry: registry)
        }
        // Plain UTF-8 is read where it lies; other encodings are decoded to a string first.
        if TextDecoder.isPlainUTF8(data) {
            try data.withUnsafeBytes { try gather($0.bindMemory(to: UInt8.self), encoding: .utf8) }
        } else {
            var decoded = try TextDecoder.decode(data, file: file)
            decoded.text.makeContiguousUTF8()
            try decoded.text.utf8.withContiguousStorageIfAvailable { try gather($0, encoding: decoded.encoding) }!
        }
        data = Data()
        if let longForm { return longForm }
        return try read(grid.take()!, file: file, format: format, registry: registry, indicatorName: indicatorName)
    }

    /// The rows up to the first that is neither blank nor a comment tell a long form, which is
    /// read row by row without a grid; anything else is gathered into one, for the caller to
    /// read once the text is let go.
    static func gather(_ reader: inout RowReader, delimiter: CellGrid.Delimiter, file: String, format: String,
                       registry: ZoneRegistry) throws -> (TableFile?, CellGrid?) {
        var opening: [CellGrid.Row] = []
        while let row = try reader.next() {
            opening.append(row)
            if !row.isBlank && !TidyTableReader.isComment(row) { break }
        }
        if let header = opening.last, TidyTableReader.isHeader(header) {
            var pending = opening.makeIterator()
            let dataset = try TidyTableReader(registry: registry).read(next: { try pending.next() ?? reader.next() }, delimiter: delimiter, file: file,
                                                                      fractionRead: { reader.fractionRead })
            return (TableFile(file: file, format: format, content: .tidy(dataset), registry: registry), nil)
        }
        var rows = opening
        while let row = try reader.next() { rows.append(row) }
        return (nil, CellGrid(rows: consume rows, delimiter: delimiter))
    }

    /// A table from cells another reader found (a workbook's sheet, an HTML table), through the
    /// same long-form or yearbook-layout rules as a text file.
    public static func read(_ grid: consuming CellGrid, file: String, format: String, registry: ZoneRegistry, sheets: [String] = [],
                            indicatorName: String? = nil) throws -> TableFile {
        let content: Content
        if TidyTableReader.recognises(grid) {
            content = .tidy(try TidyTableReader(registry: registry).read(grid, file: file))
        } else {
            content = .yearbook(try YearbookTableReader(registry: registry, indicatorName: indicatorName).read(grid, file: file))
        }
        return TableFile(file: file, format: format, content: content, registry: registry, sheets: sheets)
    }

    /// Whether the table prints its periods (a tidy table always does); one that does not takes
    /// its year from `--year` or `year:`.
    public var carriesPeriods: Bool {
        if case .yearbook(let table) = content { return table.carriesPeriods }
        return true
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

/// read(2), outside `TableFile`, whose own `read` would shadow it.
private func posixRead(_ fd: Int32, _ buffer: UnsafeMutableRawBufferPointer) -> Int {
    read(fd, buffer.baseAddress, buffer.count)
}
