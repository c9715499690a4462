/// How much a workbook may ask of the machine before it is refused with a clear error: yearbook
/// tables are small, so anything near these limits is a mistake or an attack (a zip bomb, a
/// sheet of a million rows), never a reason to crash or run out of memory.
public struct InputLimits: Sendable {
    /// Bytes one archive entry (or the whole file, for formats that are not archives) may expand to.
    public var maxEntryBytes: Int
    /// Bytes all entries read from one archive may expand to together.
    public var maxTotalBytes: Int
    /// How many times larger than its compressed size an entry may be.
    public var maxCompressionRatio: Int
    public var maxRows: Int
    public var maxColumns: Int

    public init(maxEntryBytes: Int = 128 << 20, maxTotalBytes: Int = 256 << 20, maxCompressionRatio: Int = 200,
                maxRows: Int = 200_000, maxColumns: Int = 1_000) {
        self.maxEntryBytes = maxEntryBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxCompressionRatio = maxCompressionRatio
        self.maxRows = maxRows
        self.maxColumns = maxColumns
    }

    public static let standard = InputLimits()
}
