import YearbookData

/// A file holding one or more tables by name: an Excel workbook's sheets, or an HTML page's
/// tables. Each becomes a cell grid that the yearbook-layout reader understands like a TSV.
public protocol Workbook {
    /// What kind of file this is, for `inspect` ("Excel workbook (.xlsx)").
    var format: String { get }
    var sheetNames: [String] { get }
    /// The cells of one sheet (0-based index), with its merged ranges.
    func grid(sheet: Int) throws -> CellGrid
}
