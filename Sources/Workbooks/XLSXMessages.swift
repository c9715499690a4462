import YearbookData

/// Every way an .xlsx file is refused, as whole sentences in one place. The names carry an
/// `xlsx` prefix because the other workbook readers of this module keep their own messages.
/// Text taken from the file is shortened, so a hostile name cannot make a message of megabytes.
extension DataError {
    static func xlsxNotAWorkbook(_ file: String, _ reason: String) -> DataError {
        DataError(SourceLocation(file: file), "is not an Excel workbook (.xlsx): \(reason)")
    }
    static func xlsxOutsideArchive(_ file: String, entry: String) -> DataError {
        DataError(SourceLocation(file: file), "archive entry \(short(entry)) lies outside the archive; refusing the file")
    }
    static func xlsxEntryTooLarge(_ file: String, entry: String, limit: Int) -> DataError {
        DataError(SourceLocation(file: file), "archive entry \(short(entry)) expands to more than \(limit) bytes, the limit for one entry; refusing the file")
    }
    static func xlsxZipBomb(_ file: String, entry: String, limit: Int) -> DataError {
        DataError(SourceLocation(file: file), "archive entry \(short(entry)) expands to more than \(limit) times its compressed size, which only a zip bomb does; refusing the file")
    }
    static func xlsxTotalTooLarge(_ file: String, limit: Int) -> DataError {
        DataError(SourceLocation(file: file), "the archive's entries expand to more than \(limit) bytes together, the limit for one file; refusing the file")
    }
    static func xlsxDamaged(_ file: String, entry: String, _ reason: String) -> DataError {
        DataError(SourceLocation(file: file), "archive entry \(short(entry)) is damaged: \(reason); refusing the file")
    }
    static func xlsxMalformedXML(_ file: String, entry: String, line: Int, _ reason: String) -> DataError {
        DataError(SourceLocation(file: file), "archive entry \(short(entry)) is not well-formed XML: \(reason) at line \(line)")
    }
    static func xlsxTooLargeInMemory(_ file: String, entry: String, limit: Int) -> DataError {
        DataError(SourceLocation(file: file), "archive entry \(short(entry)) would take more than \(limit) bytes in memory once read; refusing the file")
    }
    static func xlsxMissingSheetPart(_ file: String, sheet: String, path: String?) -> DataError {
        let where_ = path.map { "at \(short($0)), which the archive does not hold" } ?? "without saying where its part is"
        return DataError(SourceLocation(file: file), "the workbook lists sheet «\(short(sheet))» \(where_); the file is damaged")
    }
    static func xlsxNoSheet(_ file: String, index: Int, names: [String]) -> DataError {
        let listed = names.prefix(20).map(short).joined(separator: ", ") + (names.count > 20 ? ", … (\(names.count) in all)" : "")
        let has = names.isEmpty ? "the workbook has no sheets" : "the workbook has: " + listed
        return DataError(SourceLocation(file: file), "no sheet \(index + 1); \(has)")
    }
    static func xlsxSharedStringOutOfRange(_ location: SourceLocation, index: String, count: Int) -> DataError {
        DataError(location, "cell \(location.cellName ?? "?") refers to shared string \(short(index)) but the workbook has \(count)")
    }
    static func xlsxBadReference(_ location: SourceLocation, _ reference: String) -> DataError {
        DataError(location, "«\(short(reference))» is not a cell reference; expected a column and a row such as C5")
    }
    static func xlsxTooManyRows(_ location: SourceLocation, limit: Int) -> DataError {
        DataError(location, "the sheet has more than \(limit) rows; a yearbook table has far fewer, so the file is refused")
    }
    static func xlsxTooManyColumns(_ location: SourceLocation, limit: Int) -> DataError {
        DataError(location, "the sheet has more than \(limit) columns; a yearbook table has far fewer, so the file is refused")
    }

    private static func short(_ text: String) -> String {
        text.count > 60 ? text.prefix(59) + "…" : text
    }
}
