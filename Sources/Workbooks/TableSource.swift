import Foundation
import YearbookData

/// The one way in for every table file: the format is found from the bytes (a ZIP is an
/// .xlsx, an OLE2 container an .xls, markup an HTML table however the file is named, anything
/// else text), and every format goes through the same yearbook-layout rules.
public enum TableSource {
    /// Loads the table at `path` (- for standard input); `sheet` picks a workbook's sheet or an
    /// HTML page's table by name or by 1-based number (default: the first that holds data);
    /// `indicatorName` names what a table measures whose header names nothing. The bytes are
    /// read into memory (nothing is copied to a temporary file), at most `limits.maxEntryBytes`.
    public static func load(path: String, sheet: String? = nil, registry: ZoneRegistry? = nil, indicatorName: String? = nil,
                            limits: InputLimits = .standard) throws -> TableFile {
        let data = try TableFile.contents(of: path, maxBytes: limits.maxEntryBytes)
        let zones = try registry ?? TableFile.discoveredRegistry(near: path)
        return try read(consume data, file: path == "-" ? "<stdin>" : path, sheet: sheet, registry: zones, indicatorName: indicatorName, limits: limits)
    }

    /// The table in `data`, in whatever format its bytes show; errors name it `file`. Loading a
    /// file ends here, and so do the fuzz targets, which hand it bytes they made up.
    public static func read(_ data: consuming Data, file: String, sheet: String? = nil, registry: ZoneRegistry = .empty, indicatorName: String? = nil,
                            limits: InputLimits = .standard) throws -> TableFile {
        guard data.count <= limits.maxEntryBytes else { throw DataError.tooLarge(file, limit: limits.maxEntryBytes) }
        guard let book = try workbook(data, file: file, limits: limits) else {
            if let sheet { throw DataError(SourceLocation(file: file), "--sheet \(sheet): a text table has no sheets") }
            return try TableFile.parse(consume data, file: file, registry: registry, indicatorName: indicatorName, limits: limits.grid)
        }
        let index = try sheetIndex(sheet, in: book, file: file)
        let sheetName = book.sheetNames[index]
        return try TableFile.read(try book.grid(sheet: index), file: "\(file)[\(sheetName)]",
                                  format: "\(book.format) · sheet \(sheetName)", registry: registry, sheets: book.sheetNames,
                                  indicatorName: indicatorName)
    }

    /// The workbook reader for `data`, or nil for a text table.
    static func workbook(_ data: Data, file: String, limits: InputLimits) throws -> (any Workbook)? {
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return try XLSXWorkbook(data: data, file: file, limits: limits) }
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return try XLSWorkbook(data: data, file: file, limits: limits) }
        if HTMLTables.looksLikeHTML(data) { return try HTMLTables(data: data, file: file, limits: limits) }
        return nil
    }

    /// With no `--sheet`, the first sheet (or HTML table) that holds a row of a label and a
    /// number: EPS exports put the data on Sheet1 and their metadata on Sheet2, and pages put
    /// the unit line in a table of its own before the data.
    static func firstWithData(_ book: any Workbook) -> Int {
        book.sheetNames.indices.first { index in
            guard let grid = try? book.grid(sheet: index) else { return false }
            return grid.rows.contains { row in
                row.cells.filter { !Label.isBlank($0) }.count >= 2
                    && row.cells.contains { if case .number = CellContent(parsing: $0) { return true } else { return false } }
            }
        } ?? 0
    }

    static func sheetIndex(_ sheet: String?, in book: any Workbook, file: String) throws -> Int {
        let names = book.sheetNames
        guard !names.isEmpty else { throw DataError(SourceLocation(file: file), "has no sheets") }
        guard let sheet else { return firstWithData(book) }
        if let exact = names.firstIndex(of: sheet) ?? names.firstIndex(where: { Label.key($0) == Label.key(sheet) }) { return exact }
        if let number = Int(sheet), (1...names.count).contains(number) { return number - 1 }
        throw DataError(SourceLocation(file: file), "no sheet \"\(sheet)\"; it has: " +
                        names.enumerated().map { "\($0.offset + 1) \($0.element)" }.joined(separator: ", "))
    }
}
