import YearbookData

/// How much an input may ask of the machine before it is refused with a clear error: yearbook
/// tables are small, so anything near these limits is a mistake or an attack (a zip bomb, a
/// sheet of a million rows, an endless standard input), never a reason to crash or run out of
/// memory. The same limits hold for every format, text tables included.
public struct InputLimits: Sendable {
    /// Bytes one archive entry (or the whole file, for formats that are not archives) may expand
    /// to; a file or standard input is refused as soon as it passes this while being read.
    public var maxEntryBytes: Int
    /// Bytes all entries read from one archive may expand to together.
    public var maxTotalBytes: Int
    /// How many times larger than its compressed size an entry may be.
    public var maxCompressionRatio: Int
    public var maxRows: Int
    public var maxColumns: Int
    /// Cells of a text table together (workbook readers bound their grids by `maxEntryBytes`).
    public var maxCells: Int

    public init(maxEntryBytes: Int = TableFile.standardMaxBytes, maxTotalBytes: Int = 256 << 20, maxCompressionRatio: Int = 200,
                maxRows: Int = CellGrid.Limits.standard.maxRows, maxColumns: Int = CellGrid.Limits.standard.maxColumns,
                maxCells: Int = CellGrid.Limits.standard.maxCells) {
        self.maxEntryBytes = maxEntryBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxCompressionRatio = maxCompressionRatio
        self.maxRows = maxRows
        self.maxColumns = maxColumns
        self.maxCells = maxCells
    }

    public static let standard = InputLimits()

    /// The row, column and cell limits as the text reader takes them.
    public var grid: CellGrid.Limits {
        CellGrid.Limits(maxRows: maxRows, maxColumns: maxColumns, maxCells: maxCells)
    }
}
