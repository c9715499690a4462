import Foundation
import YearbookData

/// The tables of an HTML page, each a sheet. Yearbook databases export their tables as HTML
/// saved under an .xls name; the page's lines of text around a table (its title, unit line,
/// notes and source) are part of the printed layout, so each sheet is the table's rows with
/// those lines before and after it as one-cell rows, numbered on from 1: the same
/// yearbook-layout reader then sees title lines, header, data and notes as in a TSV.
///
/// A sheet is named by the table's `<caption>`, else "table 1", "table 2" … in page order.
/// Every table is laid out when the page is read; one that cannot be used keeps its error
/// until `grid(sheet:)` asks for it.
public struct HTMLTables: Workbook, Sendable {
    public var format: String { "HTML table" }
    public let sheetNames: [String]
    private let sheets: [Result<CellGrid, DataError>]
    private let file: String

    /// Reads a page in UTF-8, UTF-16 with a byte-order mark, GBK/GB18030, or whatever
    /// encoding its `<meta>` declares (see `HTMLCharset`).
    public init(data: Data, file: String, limits: InputLimits = .standard) throws {
        try DataError.htmlCheckSize(data.count, file: file, limits: limits)
        let prepared = try HTMLCharset.prepare(data, file: file)
        let document = try HTMLDocument(bytes: prepared.bytes, encoding: prepared.encoding, file: file)
        let page = HTMLPage(document)
        guard !page.tables.isEmpty else { throw DataError.htmlNoTable(file) }
        let names = page.tables.enumerated().map { $0.element.caption ?? "table \($0.offset + 1)" }
        sheetNames = names
        sheets = page.tables.indices.map { index in
            Result { () throws(DataError) -> CellGrid in
                let around = page.lines(around: index)
                return try HTMLTables.grid(page.tables[index], before: HTMLTables.proseAbove(index, in: page) + around.before, after: around.after,
                                           name: names[index], file: file, limits: limits)
            }
        }
        self.file = file
    }

    public func grid(sheet: Int) throws -> CellGrid {
        guard sheets.indices.contains(sheet) else {
            throw DataError.htmlNoSuchTable(sheet, names: sheetNames, file: file)
        }
        return try sheets[sheet].get()
    }

    /// Pages lay out a table's unit line (单位:%) in a one-cell table of its own just above
    /// it: that text, and the page's title above it, belong to this table's preamble.
    static func proseAbove(_ index: Int, in page: HTMLPage) -> [String] {
        guard index > 0 else { return [] }
        let texts = page.tables[index - 1].rows.flatMap { $0.map(\.text) }.filter { !$0.isEmpty }
        guard texts.count == 1, page.tables[index - 1].caption == nil,
              case .text = CellContent(parsing: texts[0]) else { return [] }
        return proseAbove(index - 1, in: page) + page.lines(around: index - 1).before + texts
    }

    private static func grid(_ table: HTMLTableSource, before: [String], after: [String], name: String, file: String,
                             limits: InputLimits) throws(DataError) -> CellGrid {
        let count = before.count + table.rows.count + after.count
        guard count <= limits.maxRows else {
            throw DataError.htmlTooManyRows(count, table: name, file: file, limit: limits.maxRows)
        }
        let layout = try HTMLTableLayout(table.rows, firstLine: before.count + 1, maxColumns: limits.maxColumns,
                                         table: name, file: file)
        let cells = before.map { [$0] } + layout.rows + after.map { [$0] }
        let rows = cells.enumerated().map { CellGrid.Row(line: $0.offset + 1, cells: $0.element) }
        return CellGrid(rows: rows, delimiter: .tab, spans: layout.spans)
    }
}
