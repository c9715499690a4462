import Foundation
import YearbookData

/// An Excel 97–2003 workbook (.xls), read through FreeXL: older yearbook tables and bureau
/// downloads still come in this format.
///
/// Every sheet is read when the workbook is opened (FreeXL parses the whole file at once
/// anyway); a sheet that cannot be used keeps its error until `grid(sheet:)` asks for it, so
/// one bad sheet does not hide the others.
///
/// What FreeXL cannot tell, the grids do not show: merged cells are not reported, so `spans`
/// stay empty (a merged header's text is in its top-left cell and the covered cells are empty,
/// which the yearbook reader already understands); number formats are not reported, so a
/// number reads in its shortest exact form (a cell showing `-100.0` reads `-100`); formula
/// cells are skipped by FreeXL and read as empty.
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
        let read = try XLSReader(path: path, file: path, limits: limits)
        self.init(read, file: path)
    }

    /// Reads a workbook held in memory (standard input, an archive entry). FreeXL only opens
    /// files, so the bytes go to a private temporary file that is deleted before this returns.
    public init(data: Data, file: String, limits: InputLimits = .standard) throws {
        try DataError.xlsCheckSize(data.count, file: file, limits: limits)
        let temporary = FileManager.default.temporaryDirectory
            .appendingPathComponent("yearbook-\(UUID().uuidString).xls").path
        guard FileManager.default.createFile(atPath: temporary, contents: data,
                                             attributes: [.posixPermissions: 0o600]) else {
            throw DataError.xlsTemporaryFile(file, directory: FileManager.default.temporaryDirectory.path)
        }
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        let read = try XLSReader(path: temporary, file: file, limits: limits)
        self.init(read, file: file)
    }

    private init(_ read: XLSReader, file: String) {
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
