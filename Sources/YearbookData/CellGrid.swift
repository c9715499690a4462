import Foundation

/// A table's cells as the file lays them out, before any meaning is given to them; every row
/// keeps the line it starts on so errors can point at it.
public struct CellGrid: Sendable {
    public struct Row: Sendable {
        /// 1-based line on which the row starts.
        public var line: Int
        public var cells: [String]

        public init(line: Int, cells: [String]) {
            self.line = line
            self.cells = cells
        }

        /// True when no cell holds anything but white space.
        public var isBlank: Bool { cells.allSatisfy { Label.isBlank($0) } }

        /// Cells after the last one that holds something are padding, not data.
        public var filledWidth: Int {
            (cells.lastIndex { !Label.isBlank($0) } ?? -1) + 1
        }
    }

    public enum Delimiter: Character, Sendable {
        case tab = "\t"
        case comma = ","

        public var name: String { self == .tab ? "TSV" : "CSV" }
    }

    public var rows: [Row]
    public var delimiter: Delimiter
    /// Merged cells (from a workbook's mergeCells or an HTML table's colspan/rowspan): the value
    /// sits in the top-left cell, and the range shows exactly which cells it spans.
    public var spans: [CellSpan]

    public init(rows: [Row], delimiter: Delimiter, spans: [CellSpan] = []) {
        self.rows = rows
        self.delimiter = delimiter
        self.spans = spans
    }
}

/// A rectangle of merged cells: lines as the rows' `line` numbers (1-based, the sheet's row
/// numbers for a workbook), columns as 0-based indices into the rows' cells.
public struct CellSpan: Hashable, Sendable {
    public var firstLine: Int
    public var lastLine: Int
    public var firstColumn: Int
    public var lastColumn: Int

    public init(firstLine: Int, lastLine: Int, firstColumn: Int, lastColumn: Int) {
        self.firstLine = firstLine
        self.lastLine = lastLine
        self.firstColumn = firstColumn
        self.lastColumn = lastColumn
    }
}

extension CellGrid {
    /// Splits delimited text into rows and cells (RFC 4180 quoting: a field that starts with `"`
    /// may hold delimiters, doubled quotes and line breaks). Line ends may be LF, CRLF or CR.
    /// A table past `limits` is refused at the row that passes them, before more is kept.
    public static func parse(_ text: String, delimiter: Delimiter, file: String, limits: Limits = .standard) throws -> CellGrid {
        try withRows(of: text, delimiter: delimiter, file: file, limits: limits) { reader in
            var rows: [Row] = []
            while let row = try reader.next() { rows.append(row) }
            return CellGrid(rows: rows, delimiter: delimiter)
        }
    }

    /// Gives `body` the rows of `text` one at a time, so that a reader which needs no grid (the
    /// long form) keeps none: for a table of a million rows the grid is most of the memory.
    public static func withRows<Result>(of text: String, delimiter: Delimiter, file: String, limits: Limits = .standard,
                                        _ body: (inout RowReader) throws -> Result) throws -> Result {
        var text = text
        text.makeContiguousUTF8()
        return try text.utf8.withContiguousStorageIfAvailable { bytes in
            var reader = RowReader(bytes: bytes, delimiter: delimiter, file: file, limits: limits)
            return try body(&reader)
        }!
    }
}

/// The byte loop behind `CellGrid.parse`. Delimiters, quotes and line ends are ASCII, and no
/// byte of a multi-byte UTF-8 sequence is, so fields are cut from the bytes without decoding
/// them first; a field equal to the one above it reuses that string, which keeps the repeated
/// names of a long table in one copy. Valid only while the bytes it reads are.
public struct RowReader {
    let bytes: UnsafeBufferPointer<UInt8>
    let separator: UInt8
    let file: String
    let limits: CellGrid.Limits
    var i = 0, line = 1, rowCount = 0, cellCount = 0
    var cells: [String] = []
    var above: [String] = []

    init(bytes: UnsafeBufferPointer<UInt8>, delimiter: CellGrid.Delimiter, file: String, limits: CellGrid.Limits) {
        self.bytes = bytes
        self.separator = delimiter.rawValue.asciiValue!
        self.file = file
        self.limits = limits
    }

    static let quote = UInt8(ascii: "\""), cr: UInt8 = 0x0D, lf: UInt8 = 0x0A

    /// How much of the text the rows so far took, from 0 to 1: what a reader needs to size its
    /// storage once.
    public var fractionRead: Double { bytes.isEmpty ? 1 : Double(i) / Double(bytes.count) }

    /// The next row, or nil at the end of the text.
    public mutating func next() throws -> CellGrid.Row? {
        let n = bytes.count
        guard i < n else { return nil }
        let rowLine = line
        while true {
            // One field: quoted, or running to the next separator or line end.
            if bytes[i] == Self.quote {
                try add(quotedField(), rowLine: rowLine)
            } else {
                let start = i
                while i < n, bytes[i] != separator, bytes[i] != Self.cr, bytes[i] != Self.lf { i += 1 }
                try add(field(start, i), rowLine: rowLine)
            }
            guard i < n else { return endRow(rowLine) }
            if bytes[i] == separator {
                i += 1
                if i == n { try add("", rowLine: rowLine); return endRow(rowLine) }
                continue
            }
            if bytes[i] == Self.cr, i + 1 < n, bytes[i + 1] == Self.lf { i += 1 }
            i += 1
            line += 1
            return endRow(rowLine)
        }
    }

    /// A field that starts with a quote, up to the next separator or line end: text after the
    /// closing quote belongs to the same field, as it always has.
    mutating func quotedField() throws -> String {
        let n = bytes.count
        let quoteLine = line
        var field: [UInt8] = []
        i += 1
        while true {
            guard i < n else { throw DataError.unterminatedQuote(SourceLocation(file: file, line: quoteLine)) }
            let c = bytes[i]
            if c == Self.quote {
                if i + 1 < n, bytes[i + 1] == Self.quote { field.append(c); i += 2; continue }
                i += 1
                break
            }
            if c == Self.lf || (c == Self.cr && !(i + 1 < n && bytes[i + 1] == Self.lf)) { line += 1 }
            field.append(c)
            i += 1
        }
        let rest = i
        while i < n, bytes[i] != separator, bytes[i] != Self.cr, bytes[i] != Self.lf { i += 1 }
        field.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[rest..<i]))
        return String(decoding: field, as: UTF8.self)
    }

    /// The field's text, the string above it when that holds the same bytes. Only a field
    /// longer than 15 bytes is compared: a shorter one is a small string, kept inline with
    /// nothing to share, and made as fast as compared.
    func field(_ start: Int, _ end: Int) -> String {
        let k = cells.count
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
        if slice.count > 15, k < above.count, above[k].utf8.count == slice.count,
           above[k].utf8.withContiguousStorageIfAvailable({ slice.isEmpty || memcmp($0.baseAddress!, slice.baseAddress!, slice.count) == 0 }) == true {
            return above[k]
        }
        return String(decoding: slice, as: UTF8.self)
    }

    mutating func add(_ field: String, rowLine: Int) throws {
        cells.append(field)
        cellCount += 1
        if rowCount >= limits.maxRows || cells.count > limits.maxColumns || cellCount > limits.maxCells {
            try limits.check(rows: rowCount + 1, columns: cells.count, cells: cellCount, at: SourceLocation(file: file, line: rowLine))
        }
    }

    mutating func endRow(_ rowLine: Int) -> CellGrid.Row {
        let row = CellGrid.Row(line: rowLine, cells: cells)
        rowCount += 1
        above = cells
        // The next row is most likely as wide: sized for it, not grown to a power of two.
        cells = []
        cells.reserveCapacity(row.cells.count)
        return row
    }
}

extension CellGrid {
    /// Chooses the delimiter from the file name's extension, else from the text itself: tabs
    /// win when the first lines hold at least as many tabs as commas.
    public static func detectDelimiter(_ text: String, fileName: String) -> Delimiter {
        let lower = fileName.lowercased()
        if lower.hasSuffix(".tsv") || lower.hasSuffix(".tab") { return .tab }
        if lower.hasSuffix(".csv") { return .comma }
        var tabs = 0, commas = 0
        for line in text.split(separator: "\n", maxSplits: 50, omittingEmptySubsequences: true).prefix(50) {
            for ch in line {
                if ch == "\t" { tabs += 1 } else if ch == "," { commas += 1 }
            }
        }
        return tabs > 0 && tabs >= commas ? .tab : .comma
    }
}

extension CellGrid {
    /// How large a table may be, in every format, before it is refused with a clear error:
    /// yearbook tables are small, so a table near these limits is a mistake or an attack, and
    /// refusing it early keeps a hostile file from taking the machine's memory.
    public struct Limits: Sendable {
        public var maxRows: Int
        public var maxColumns: Int
        /// All cells together: a grid of `maxRows` × `maxColumns` empty strings alone would take
        /// gigabytes, so the product is bounded too (a million rows of 16 cells, or the like). A
        /// million rows is a long daily or hourly series, or a long form of many zones.
        public var maxCells: Int

        public init(maxRows: Int = 2_000_000, maxColumns: Int = 1_000, maxCells: Int = 16_000_000) {
            self.maxRows = maxRows
            self.maxColumns = maxColumns
            self.maxCells = maxCells
        }

        public static let standard = Limits()

        /// Throws when a table holding `rows` rows, `columns` cells in its widest row and `cells`
        /// cells in all is past the limits; `location` is where it passed them.
        public func check(rows: Int, columns: Int, cells: Int, at location: SourceLocation) throws(DataError) {
            if rows > maxRows { throw .tooManyRows(location, limit: maxRows) }
            if columns > maxColumns { throw .tooManyColumns(location, limit: maxColumns) }
            if cells > maxCells { throw .tooManyCells(location, limit: maxCells) }
        }
    }
}

/// The limits' messages, whole sentences naming the limit that was passed.
extension DataError {
    static func tooManyRows(_ location: SourceLocation, limit: Int) -> DataError {
        DataError(location, "the table has more than \(limit) rows, the most a table may have; expected a yearbook table, which is far smaller")
    }
    static func tooManyColumns(_ location: SourceLocation, limit: Int) -> DataError {
        DataError(location, "this row has more than \(limit) cells, the most a row may have; expected a yearbook table, which is far narrower")
    }
    static func tooManyCells(_ location: SourceLocation, limit: Int) -> DataError {
        DataError(location, "the table has more than \(limit) cells, the most a table may have; expected a yearbook table, which is far smaller")
    }
    public static func tooLarge(_ file: String, limit: Int) -> DataError {
        let size = limit >= 1 << 20 && limit % (1 << 20) == 0 ? "\(limit >> 20) MiB" : "\(limit) bytes"
        return DataError(SourceLocation(file: file), "is larger than \(size), the most a table file may hold; expected a yearbook table, which is far smaller")
    }
}
