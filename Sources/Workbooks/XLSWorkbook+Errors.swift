import CFreeXL
import Foundation
import YearbookData

/// Every way an .xls file is refused, as whole sentences in one place. The names carry an `xls`
/// prefix because each workbook reader of this module keeps its own messages.
extension DataError {
    static func xlsUnreadable(_ file: String, status: Int32) -> DataError {
        DataError(SourceLocation(file: file), "is not an Excel 97–2003 workbook (.xls) that can be read: \(xlsReason(status))")
    }

    static func xlsPasswordProtected(_ file: String) -> DataError {
        DataError(SourceLocation(file: file), "is password-protected; open it in a spreadsheet program, remove the password and save it again")
    }

    static func xlsTemporaryFile(_ file: String, directory: String) -> DataError {
        DataError(SourceLocation(file: file), "cannot be read: no temporary copy could be written in \(directory) for FreeXL, which reads only files")
    }

    /// What a FreeXL status code means to someone holding the file. FreeXL also gives up
    /// without a code (FREEXL_OK and no handle) when a record fails its checks.
    private static func xlsReason(_ status: Int32) -> String {
        switch status {
        case FREEXL_OK, FREEXL_CRAFTED_FILE:
            return "one of its records is damaged or of a kind FreeXL refuses (such as a text cell holding an empty string); save it again from a spreadsheet program"
        case FREEXL_FILE_NOT_FOUND:
            return "the file cannot be opened"
        case FREEXL_CFBF_READ_ERROR, FREEXL_CFBF_SEEK_ERROR:
            return "the file ends before its contents do; it may be truncated"
        case FREEXL_INVALID_CFBF_HEADER, FREEXL_CFBF_INVALID_SIGNATURE, FREEXL_CFBF_INVALID_SECTOR_SIZE:
            return "it does not start with the signature of an Excel 97–2003 file (an OLE2 compound document); an .xlsx or an HTML page named .xls is read by its own reader"
        case FREEXL_CFBF_EMPTY_FAT_CHAIN, FREEXL_CFBF_ILLEGAL_FAT_ENTRY, FREEXL_INVALID_MINI_STREAM, FREEXL_CFBF_ILLEGAL_MINI_FAT_ENTRY:
            return "its internal file table is damaged; it may be truncated or corrupted"
        case FREEXL_BIFF_INVALID_BOF, FREEXL_BIFF_WORKBOOK_NOT_FOUND:
            return "it holds no Excel workbook stream (it may be another Office document)"
        case FREEXL_BIFF_INVALID_SST, FREEXL_BIFF_ILLEGAL_SST_INDEX:
            return "its table of shared texts is damaged"
        case FREEXL_INVALID_CHARACTER, FREEXL_UNSUPPORTED_CHARSET:
            return "its text is in a character set that cannot be converted to Unicode"
        case FREEXL_INSUFFICIENT_MEMORY:
            return "there is not enough memory to read it"
        default:
            return "FreeXL error \(status)"
        }
    }

    static func xlsCheckSize(_ size: Int, file: String, limits: InputLimits) throws {
        guard size > limits.maxEntryBytes else { return }
        throw DataError(SourceLocation(file: file),
                        "the file is \(size) bytes long, more than the \(limits.maxEntryBytes) bytes an .xls file may have; expected a yearbook table, which is far smaller")
    }

    /// Sheets are counted from 1 here, as `--sheet` counts them.
    static func xlsNoSuchSheet(_ index: Int, names: [String], file: String) -> DataError {
        let has = names.isEmpty ? "has no sheets" : "has: \(names.joined(separator: ", "))"
        return DataError(SourceLocation(file: file), "no sheet \(index + 1); the workbook \(has)")
    }

    static func xlsTooManyRows(_ rows: Int, sheet: String, file: String, limit: Int) -> DataError {
        DataError(SourceLocation(file: file), "sheet «\(sheet)» has \(rows) rows, more than the \(limit) a table may have; expected a yearbook table, which is far smaller")
    }

    static func xlsTooManyColumns(_ columns: Int, sheet: String, file: String, limit: Int) -> DataError {
        DataError(SourceLocation(file: file), "sheet «\(sheet)» has \(columns) columns, more than the \(limit) a table may have; expected a yearbook table, which is far narrower")
    }
}
