import Foundation
import YearbookData

/// An Excel 97–2003 workbook (.xls): older yearbook tables and bureau downloads still come in
/// this format. Read natively from the bytes — the OLE2 compound file, then the BIFF8 records
/// (BIFF5/7 as well) — so cells read as the sheet prints them (number formats, dates), merged
/// cells become spans, and a damaged or hostile file is refused with a reason, never a crash.
///
/// Every sheet is read when the workbook is opened; a sheet that cannot be used keeps its
/// error until `grid(sheet:)` asks for it, so one bad sheet does not hide the others.
public struct XLSWorkbook: Workbook, Sendable {
    public var format: String { "Excel 97–2003 workbook (.xls)" }
    public let sheetNames: [String]
    private let sheets: [Result<CellGrid, DataError>]
    private let file: String

    /// Opens the workbook at `path`; errors name the file as `path`.
    public init(path: String, limits: InputLimits = .standard) throws {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let size = attributes[.size] as? Int else {
            throw DataError.fileNotFound(path)
        }
        try DataError.xlsCheckSize(size, file: path, limits: limits)
        guard let data = FileManager.default.contents(atPath: path) else { throw DataError.fileNotFound(path) }
        try self.init(data: data, file: path, limits: limits)
    }

    /// Reads a workbook held in memory (standard input, an archive entry); errors name it `file`.
    public init(data: Data, file: String, limits: InputLimits = .standard) throws {
        try DataError.xlsCheckSize(data.count, file: file, limits: limits)
        let read = try XLSReader(bytes: [UInt8](data), file: file, limits: limits)
        sheetNames = read.sheetNames
        sheets = read.sheets
        self.file = file
    }

    public func grid(sheet: Int) throws -> CellGrid {
        guard sheets.indices.contains(sheet) else {
            throw DataError.xlsNoSuchSheet(sheet, names: sheetNames, file: file)
        }
        return try sheets[sheet].get()
    }
}
