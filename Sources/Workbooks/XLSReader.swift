import CFreeXL
import Foundation
import YearbookData

/// One pass of FreeXL over a file: opens it, checks that it can be read, and turns every
/// sheet into a cell grid, closing the FreeXL handle before it returns.
struct XLSReader {
    var sheetNames: [String] = []
    var sheets: [Result<CellGrid, DataError>] = []

    /// `path` is what FreeXL opens; `file` is the name errors give (the caller's name for the
    /// bytes, which differs from `path` when they were copied to a temporary file).
    init(path: String, file: String, limits: InputLimits) throws {
        var handle: UnsafeRawPointer?
        let status = freexl_open(path, &handle)
        defer { if let handle { freexl_close(handle) } }
        guard status == FREEXL_OK, let handle else {
            // FreeXL gives up at the first encrypted record, often with a misleading code (or
            // none), so the file's own records decide whether a password is the reason.
            if let bytes = FileManager.default.contents(atPath: path), XLSEncryption.isEncrypted(bytes) {
                throw DataError.xlsPasswordProtected(file)
            }
            throw DataError.xlsUnreadable(file, status: status)
        }
        var password: UInt32 = 0
        if freexl_get_info(handle, UInt16(FREEXL_BIFF_PASSWORD), &password) == FREEXL_OK,
           password == UInt32(FREEXL_BIFF_OBFUSCATED) {
            throw DataError.xlsPasswordProtected(file)
        }
        var count: UInt32 = 0
        let countStatus = freexl_get_info(handle, UInt16(FREEXL_BIFF_SHEET_COUNT), &count)
        guard countStatus == FREEXL_OK else { throw DataError.xlsUnreadable(file, status: countStatus) }
        for index in 0..<UInt16(clamping: count) {
            var name: UnsafePointer<CChar>?
            let nameStatus = freexl_get_worksheet_name(handle, index, &name)
            let sheetName = nameStatus == FREEXL_OK ? name.map { String(cString: $0) } ?? "" : ""
            sheetNames.append(sheetName)
            sheets.append(Result { () throws(DataError) -> CellGrid in
                try XLSReader.grid(handle, sheet: index, name: sheetName, file: file, limits: limits)
            })
        }
    }

    /// The sheet's cells from A1 to its last row and last filled column: `line` is the sheet's
    /// row number, and every row is padded to the same width so a data row whose last cells
    /// are missing still reaches the header's last column.
    private static func grid(_ handle: UnsafeRawPointer, sheet: UInt16, name: String, file: String,
                             limits: InputLimits) throws(DataError) -> CellGrid {
        let selectStatus = freexl_select_active_worksheet(handle, sheet)
        guard selectStatus == FREEXL_OK else { throw DataError.xlsUnreadable(file, status: selectStatus) }
        var rowCount: UInt32 = 0
        var columnCount: UInt16 = 0
        let dimensionStatus = freexl_worksheet_dimensions(handle, &rowCount, &columnCount)
        guard dimensionStatus == FREEXL_OK else { throw DataError.xlsUnreadable(file, status: dimensionStatus) }
        if Int(rowCount) > limits.maxRows {
            throw DataError.xlsTooManyRows(Int(rowCount), sheet: name, file: file, limit: limits.maxRows)
        }
        if Int(columnCount) > limits.maxColumns {
            throw DataError.xlsTooManyColumns(Int(columnCount), sheet: name, file: file, limit: limits.maxColumns)
        }
        var rows: [CellGrid.Row] = []
        var width = 0
        for row in 0..<rowCount {
            var cells: [String] = []
            for column in 0..<columnCount {
                var value = FreeXL_CellValue()
                let cellStatus = freexl_get_cell_value(handle, row, column, &value)
                cells.append(cellStatus == FREEXL_OK ? value.displayText : "")
            }
            while cells.last?.isEmpty == true { cells.removeLast() }
            width = max(width, cells.count)
            rows.append(CellGrid.Row(line: Int(row) + 1, cells: cells))
        }
        for index in rows.indices {
            rows[index].cells += Array(repeating: "", count: width - rows[index].cells.count)
        }
        return CellGrid(rows: rows, delimiter: .tab)
    }
}
