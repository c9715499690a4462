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
        var rows: [Row] = []
        var cells: [String] = []
        var cellCount = 0
        var field = ""
        var line = 1
        var rowLine = 1
        var inQuotes = false
        var quoteLine = 1
        var atFieldStart = true
        let scalars = Array(text.unicodeScalars)
        var i = 0
        let sep = delimiter.rawValue.unicodeScalars.first!

        func endField() throws {
            cells.append(field)
            field = ""
            cellCount += 1
            try limits.check(rows: rows.count + 1, columns: cells.count, cells: cellCount, at: SourceLocation(file: file, line: rowLine))
        }

        func endRow() throws {
            try endField()
            rows.append(Row(line: rowLine, cells: cells))
            cells = []
            atFieldStart = true
        }

        while i < scalars.count {
            let c = scalars[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < scalars.count, scalars[i + 1] == "\"" {
                        field.unicodeScalars.append("\"")
                        i += 2
                        continue
                    }
                    inQuotes = false
                } else {
                    if c == "\n" || (c == "\r" && !(i + 1 < scalars.count && scalars[i + 1] == "\n")) { line += 1 }
                    field.unicodeScalars.append(c)
                }
                i += 1
                continue
            }
            switch c {
            case "\"" where atFieldStart:
                inQuotes = true
                quoteLine = line
                atFieldStart = false
            case sep:
                try endField()
                atFieldStart = true
            case "\r", "\n":
                if c == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
                try endRow()
                line += 1
                rowLine = line
            default:
                field.unicodeScalars.append(c)
                atFieldStart = false
            }
            i += 1
        }
        if inQuotes {
            throw DataError.unterminatedQuote(SourceLocation(file: file, line: quoteLine))
        }
        if !field.isEmpty || !cells.isEmpty { try endRow() }
        return CellGrid(rows: rows, delimiter: delimiter)
    }

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
        /// An Excel sheet's most, so a dated series of 10⁶ hours or minutes loads; `maxCells`
        /// still bounds what a long table may take.
        public var maxRows: Int
        public var maxColumns: Int
        /// All cells together: a grid of `maxRows` × `maxColumns` empty strings alone would take
        /// gigabytes, so the product is bounded too (200,000 rows of 40 cells, or the like).
        public var maxCells: Int

        public init(maxRows: Int = 1_048_576, maxColumns: Int = 1_000, maxCells: Int = 8_000_000) {
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
