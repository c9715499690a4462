import Foundation
import YearbookData

/// An Excel workbook (.xlsx: Office Open XML in a ZIP archive), read in memory.
///
/// Opening reads the workbook's sheet list, relationships, shared strings and styles; each
/// sheet is read when asked for. Cells come out as the table shows them: shared and inline
/// strings, formulas' cached values, numbers in their cell's number format (-100 in a `0.0`
/// cell is "-100.0"), dates as `yyyy-mm-dd`. A hostile file (zip bomb, path traversal,
/// malformed XML, a million rows) is refused with an error within `limits`, never a crash.
public struct XLSXWorkbook: Workbook, Sendable {
    public var format: String { "Excel workbook (.xlsx)" }
    public let sheetNames: [String]

    private let file: String
    private let limits: InputLimits
    private let archive: XLSXArchive
    private let sheetParts: [String?]
    private let sharedStrings: [String]
    private let styles: ExcelCellStyles
    private let date1904: Bool
    /// Bytes inflated while opening, so that reading a sheet stays within the total limit.
    private let bytesRead: Int

    /// Opens the workbook in `data`; `file` names it in errors (`book.xlsx[表64]:5:3`).
    public init(data: Data, file: String, limits: InputLimits = .standard) throws {
        let archive = try XLSXArchive(data: data, file: file, limits: limits)
        var bytesRead = 0
        func read(_ entry: String) throws -> Data {
            let bytes = try archive.read(entry, budget: limits.maxTotalBytes - bytesRead)
            bytesRead += bytes.count
            return bytes
        }
        let workbookEntry = "xl/workbook.xml"
        guard archive.contains(workbookEntry) else { throw DataError.xlsxNotAWorkbook(file, "it has no \(workbookEntry)") }
        let workbook = try XLSXWorkbookPart.read(try read(workbookEntry), entry: workbookEntry, file: file)
        let relationshipsEntry = "xl/_rels/workbook.xml.rels"
        let relationships = archive.contains(relationshipsEntry)
            ? try XLSXRelationships.read(try read(relationshipsEntry), entry: relationshipsEntry, folder: "xl", file: file)
            : XLSXRelationships()

        let stringsEntry = relationships.path(type: "sharedStrings") ?? "xl/sharedStrings.xml"
        sharedStrings = archive.contains(stringsEntry)
            ? try XLSXSharedStrings.read(try read(stringsEntry), entry: stringsEntry, file: file, limits: limits).strings
            : []
        let stylesEntry = relationships.path(type: "styles") ?? "xl/styles.xml"
        styles = archive.contains(stylesEntry)
            ? try XLSXStyles.read(try read(stylesEntry), entry: stylesEntry, file: file)
            : ExcelCellStyles()

        sheetNames = workbook.sheets.map(\.name)
        sheetParts = workbook.sheets.map { $0.relationship.flatMap(relationships.path(id:)) }
        date1904 = workbook.date1904
        self.file = file
        self.limits = limits
        self.archive = archive
        self.bytesRead = bytesRead
    }

    /// The cells of sheet `sheet` (0-based, in tab order) with its merged ranges. Row `line`s
    /// are the sheet's row numbers, so errors name the cells Excel shows.
    public func grid(sheet: Int) throws -> CellGrid {
        guard sheetNames.indices.contains(sheet) else { throw DataError.xlsxNoSheet(file, index: sheet, names: sheetNames) }
        let name = sheetNames[sheet]
        guard let entry = sheetParts[sheet], archive.contains(entry) else {
            throw DataError.xlsxMissingSheetPart(file, sheet: name, path: sheetParts[sheet])
        }
        let data = try archive.read(entry, budget: limits.maxTotalBytes - bytesRead)
        let context = XLSXSheetReader.Context(sheetFile: "\(file)[\(name)]", file: file, entry: entry,
                                              sharedStrings: sharedStrings, styles: styles, date1904: date1904, limits: limits)
        return try XLSXSheetReader.grid(data, context: context)
    }
}
