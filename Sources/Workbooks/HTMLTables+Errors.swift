import Foundation
import YearbookData

/// Every way an HTML page is refused, as whole sentences in one place. The names carry an
/// `html` prefix because each workbook reader of this module keeps its own messages.
extension DataError {
    static func htmlNoTable(_ file: String) -> DataError {
        DataError(SourceLocation(file: file), "no <table> found; expected an HTML table (a yearbook database's .xls export)")
    }

    static func htmlUnparseable(_ file: String, reason: String?) -> DataError {
        let because = reason.map { " (libxml2: \($0.trimmingCharacters(in: .whitespacesAndNewlines)))" } ?? ""
        return DataError(SourceLocation(file: file), "cannot be parsed as HTML\(because); expected a web page holding a table")
    }

    static func htmlCheckSize(_ size: Int, file: String, limits: InputLimits) throws {
        guard size > limits.maxEntryBytes else { return }
        throw DataError(SourceLocation(file: file),
                        "the page is \(size) bytes long, more than the \(limits.maxEntryBytes) bytes an HTML table may have; expected a yearbook table, which is far smaller")
    }

    /// Tables are counted from 1 here, as `--sheet` counts them.
    static func htmlNoSuchTable(_ index: Int, names: [String], file: String) -> DataError {
        DataError(SourceLocation(file: file), "no table \(index + 1); the page has: \(names.joined(separator: ", "))")
    }

    static func htmlTooManyRows(_ rows: Int, table: String, file: String, limit: Int) -> DataError {
        DataError(SourceLocation(file: file), "table «\(table)» has \(rows) rows with the text around it, more than the \(limit) a table may have; expected a yearbook table, which is far smaller")
    }

    static func htmlTooManyColumns(table: String, file: String, limit: Int) -> DataError {
        DataError(SourceLocation(file: file), "table «\(table)» is more than \(limit) columns wide; expected a yearbook table, which is far narrower")
    }
}
