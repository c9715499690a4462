import Foundation
import YearbookData

/// Reads one worksheet's `<sheetData>` and `<mergeCells>` into a cell grid, one parser event
/// at a time, with each cell's text as the table shows it.
///
/// Rows and columns count only when a cell holds something: styled but empty cells and rows
/// (Excel writes them for borders and heights) neither widen the grid nor run into the limits.
/// What the grid would take in memory, padding included, is held to the limit for one entry,
/// since a few bytes of XML (`<c r="ALL200000">`) could otherwise ask for gigabytes of cells.
final class XLSXSheetReader: XLSXPartHandler {
    struct Context {
        /// `book.xlsx[表64]`, for errors that point at a cell.
        var sheetFile: String
        var file: String
        var entry: String
        var sharedStrings: [String]
        var styles: ExcelCellStyles
        var date1904: Bool
        var limits: InputLimits
    }

    private struct Cell {
        var row: Int
        var column: Int
        var type: String?
        var style: Int?
        var value = ""
        var inValue = false
        var inline: XLSXRichText?
    }

    private let context: Context
    private var rows: [[String]] = []
    private var spans: [CellSpan] = []
    private var bytes = 0
    /// The row a cell without a reference (`<c>` without `r`) belongs to.
    private var currentRow = 0
    private var nextColumn = 0
    private var cell: Cell?

    private init(context: Context) {
        self.context = context
    }

    static func grid(_ data: Data, context: Context) throws -> CellGrid {
        let reader = XLSXSheetReader(context: context)
        try XLSXXMLReader.read(data, entry: context.entry, file: context.file, into: reader)
        let lines = reader.rows.enumerated().map { CellGrid.Row(line: $0.offset + 1, cells: $0.element) }
        return CellGrid(rows: lines, delimiter: .tab, spans: reader.spans)
    }

    func start(_ element: String, _ attributes: [String: String]) throws {
        switch element {
        case "row":
            if let r = attributes["r"] {
                guard let number = Int(r), number >= 1 else {
                    throw DataError.xlsxBadReference(SourceLocation(file: context.sheetFile, line: currentRow + 1), r)
                }
                currentRow = number
            } else {
                currentRow += 1
            }
            nextColumn = 0
        case "c":
            var (line, column) = (max(currentRow, 1), nextColumn)
            if let r = attributes["r"] {
                guard let reference = XLSXCellReference(r) else {
                    throw DataError.xlsxBadReference(SourceLocation(file: context.sheetFile, line: line), r)
                }
                (line, column) = (reference.row, reference.column)
            }
            cell = Cell(row: line, column: column, type: attributes["t"], style: attributes["s"].flatMap { Int($0) })
        case "v":
            cell?.inValue = true
        case "is":
            cell?.inline = XLSXRichText()
        case "mergeCell":
            guard let range = attributes["ref"].flatMap(XLSXCellReference.range) else {
                throw DataError.xlsxBadReference(SourceLocation(file: context.sheetFile), attributes["ref"] ?? "")
            }
            try addSpan(range.first, range.last)
        default:
            cell?.inline?.start(element)
        }
    }

    func end(_ element: String) throws {
        switch element {
        case "v":
            cell?.inValue = false
        case "c":
            if let cell {
                try store(try text(of: cell), row: cell.row, column: cell.column)
                nextColumn = cell.column + 1
            }
            cell = nil
        default:
            cell?.inline?.end(element)
        }
    }

    func text(_ characters: String) {
        if cell?.inValue == true { cell?.value += characters }
        cell?.inline?.text(characters)
    }

    private func location(_ row: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: context.sheetFile, line: row, column: column + 1)
    }

    /// The cell's text by its type: a shared or inline string, a boolean, a formula's cached
    /// string or error (`#DIV/0!`), or a number written in the cell's number format.
    private func text(of cell: Cell) throws -> String {
        let padded = cell.value.first?.isWhitespace == true || cell.value.last?.isWhitespace == true
        let value = padded ? cell.value.trimmingCharacters(in: .whitespacesAndNewlines) : cell.value
        switch cell.type {
        case "inlineStr":
            return cell.inline?.unescaped ?? XLSXRichText.unescape(cell.value)
        case _ where value.isEmpty:
            return ""
        case "s":
            guard let index = Int(value), context.sharedStrings.indices.contains(index) else {
                throw DataError.xlsxSharedStringOutOfRange(location(cell.row, cell.column), index: value,
                                                           count: context.sharedStrings.count)
            }
            return context.sharedStrings[index]
        case "b":
            return value == "1" ? "TRUE" : value == "0" ? "FALSE" : value
        case "str", "e", "d":
            return XLSXRichText.unescape(cell.value)
        default:
            guard let number = Double(value), number.isFinite else { return cell.value }
            return context.styles.format(style: cell.style).text(for: number, date1904: context.date1904)
        }
    }

    private func store(_ text: String, row: Int, column: Int) throws {
        guard !text.isEmpty else { return }
        if row > context.limits.maxRows { throw DataError.xlsxTooManyRows(location(row, column), limit: context.limits.maxRows) }
        if column >= context.limits.maxColumns {
            throw DataError.xlsxTooManyColumns(location(row, column), limit: context.limits.maxColumns)
        }
        if rows.count < row {
            try spend((row - rows.count) * MemoryLayout<[String]>.stride)
            rows.append(contentsOf: repeatElement([], count: row - rows.count))
        }
        let width = rows[row - 1].count
        if width <= column {
            try spend((column + 1 - width) * MemoryLayout<String>.stride)
            rows[row - 1].append(contentsOf: repeatElement("", count: column + 1 - width))
        }
        try spend(text.utf8.count)
        rows[row - 1][column] = text
    }

    /// Keeps a merged range, cut to the limits: a title merged across a whole row (A1:XFD1)
    /// is common and harmless, so it is shortened rather than refused.
    private func addSpan(_ first: XLSXCellReference, _ last: XLSXCellReference) throws {
        let limits = context.limits
        guard first.row <= limits.maxRows, first.column < limits.maxColumns else { return }
        try spend(MemoryLayout<CellSpan>.stride)
        spans.append(CellSpan(firstLine: first.row, lastLine: min(last.row, limits.maxRows),
                              firstColumn: first.column, lastColumn: min(last.column, limits.maxColumns - 1)))
    }

    private func spend(_ count: Int) throws {
        bytes += count
        if bytes > context.limits.maxEntryBytes {
            throw DataError.xlsxTooLargeInMemory(context.file, entry: context.entry, limit: context.limits.maxEntryBytes)
        }
    }
}
