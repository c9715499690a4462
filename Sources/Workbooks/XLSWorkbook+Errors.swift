import YearbookData

/// What is wrong with an .xls, found while reading it; `DataError.xls(_:file:sheet:)` turns it
/// into a sentence naming the file (and the sheet).
enum XLSDamage: Error, Equatable {
    // The compound file.
    case notCompoundFile
    case headerTruncated
    case badSectorSize(Int)
    case badMiniSectorSize(Int)
    case difatLoops(Int)
    case fatSectorsMissing(claimed: Int, listed: Int)
    case sectorPastEnd(Int, sectors: Int)
    case sectorOutOfRange(Int, tableSize: Int, mini: Bool)
    case chainLoops(Int, mini: Bool)
    case noDirectory
    case noRootEntry
    case miniSectorPastEnd(Int, streamBytes: Int)
    case streamShort(String, claimed: UInt64, holds: Int)
    case noWorkbookStream
    // The BIFF records.
    case passwordProtected
    case noBOF
    case oldBIFF
    case recordHeaderCut(offset: Int)
    case recordPastEnd(type: UInt16, offset: Int, length: Int, remaining: Int)
    case recordTooShort(type: UInt16, offset: Int)
    case stringPastEnd(type: UInt16, offset: Int)
    case sstShort(claimed: Int, holds: Int)
    case unsupportedCodePage(Int)
    case invalidText(codePage: Int)
    // One sheet.
    case sheetNotFound(offset: Int, streamBytes: Int)
    case sharedStringOutOfRange(row: Int, column: Int, index: Int, count: Int)
    case tooManyRows(Int, limit: Int)
    case tooManyColumns(Int, limit: Int)
    case gridTooLarge(rows: Int, columns: Int, limit: Int)

    /// The reason, as the end of a sentence about the file.
    var reason: String {
        switch self {
        case .notCompoundFile:
            "it does not start with the signature of an Excel 97–2003 file (an OLE2 compound document); an .xlsx or an HTML page named .xls is read by its own reader"
        case .headerTruncated:
            "the file ends inside its 512-byte header; it may be truncated"
        case .badSectorSize(let shift):
            "its header gives a sector size of 2^\(shift) bytes, where a compound file uses 512 or 4096"
        case .badMiniSectorSize(let shift):
            "its header gives a mini-sector size of 2^\(shift) bytes, larger than its sectors"
        case .difatLoops(let sector):
            "its list of allocation-table sectors (DIFAT) loops at sector \(sector)"
        case .fatSectorsMissing(let claimed, let listed):
            "its header claims \(claimed) allocation-table sectors but lists only \(listed)"
        case .sectorPastEnd(let sector, let sectors):
            "it refers to sector \(sector), but the file ends after \(sectors) sectors; it may be truncated"
        case .sectorOutOfRange(let sector, let size, let mini):
            "its \(mini ? "mini-stream " : "")sector chain points to sector \(sector), outside its allocation table of \(size) entries"
        case .chainLoops(let sector, let mini):
            "its \(mini ? "mini-stream " : "")sector chain loops at sector \(sector)"
        case .noDirectory:
            "its directory holds no entries"
        case .noRootEntry:
            "its directory does not start with the root entry that holds the mini stream"
        case .miniSectorPastEnd(let sector, let bytes):
            "it refers to mini sector \(sector), past the end of its \(bytes)-byte mini stream"
        case .streamShort(let name, let claimed, let holds):
            "its stream «\(name.prefix(31))» claims \(claimed) bytes but its sector chain holds \(holds); it may be truncated"
        case .noWorkbookStream:
            "it holds no Excel workbook stream (it may be another Office document)"
        case .passwordProtected:
            "it is password-protected"
        case .noBOF:
            "its workbook stream does not start with a BOF record"
        case .oldBIFF:
            "it is in the format of Excel 2.x–4.x (BIFF2–4), which is not read; save it again as Excel 97–2003"
        case .recordHeaderCut(let offset):
            "its workbook stream ends inside the header of the record at byte \(offset); it may be truncated"
        case .recordPastEnd(let type, let offset, let length, let remaining):
            "\(record(type, offset)) claims \(length) bytes but the stream has only \(remaining) more; it may be truncated"
        case .recordTooShort(let type, let offset):
            "\(record(type, offset)) ends before its contents do"
        case .stringPastEnd(let type, let offset):
            "a text in \(record(type, offset)) runs past the end of the record and its CONTINUE records"
        case .sstShort(let claimed, let holds):
            "the SST record claims \(claimed) strings but holds \(holds)"
        case .unsupportedCodePage(let number):
            "its text is in code page \(number), which is not read; save it again as Excel 97–2003"
        case .invalidText(let number):
            "a text is not valid in its code page \(number)"
        case .sheetNotFound(let offset, let bytes):
            "the workbook says it starts at byte \(offset) of the \(bytes)-byte workbook stream, where there is no BOF record"
        case .sharedStringOutOfRange(let row, let column, let index, let count):
            "cell \(XLSDamage.cellName(row: row, column: column)) refers to shared string \(index), but the SST holds \(count)"
        case .tooManyRows(let rows, let limit):
            "has \(rows) rows, more than the \(limit) a table may have; expected a yearbook table, which is far smaller"
        case .tooManyColumns(let columns, let limit):
            "has \(columns) columns, more than the \(limit) a table may have; expected a yearbook table, which is far narrower"
        case .gridTooLarge(let rows, let columns, let limit):
            "spans \(rows) rows by \(columns) columns, which would take more than \(limit) bytes in memory; refusing the file"
        }
    }

    private func record(_ type: UInt16, _ offset: Int) -> String {
        "the record 0x" + String(type, radix: 16, uppercase: true).leftPadded(to: 4) + " at byte \(offset) of the workbook stream"
    }

    /// `B3` for row 2, column 1 (both 0-based).
    static func cellName(row: Int, column: Int) -> String {
        var letters = ""
        var rest = column + 1
        while rest > 0 {
            letters = String(UnicodeScalar(UInt8(65 + (rest - 1) % 26))) + letters
            rest = (rest - 1) / 26
        }
        return letters + String(row + 1)
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}

/// Every way an .xls file is refused, as whole sentences in one place. The names carry an `xls`
/// prefix because each workbook reader of this module keeps its own messages.
extension DataError {
    /// `sheet` names the sheet the damage was found in, when it is within one.
    static func xls(_ damage: XLSDamage, file: String, sheet: String? = nil) -> DataError {
        let location = SourceLocation(file: file)
        switch (damage, sheet) {
        case (.passwordProtected, _):
            return DataError(location, "is password-protected; open it in a spreadsheet program, remove the password and save it again")
        case (.tooManyRows, let sheet?), (.tooManyColumns, let sheet?), (.gridTooLarge, let sheet?):
            return DataError(location, "sheet «\(sheet)» \(damage.reason)")
        case (_, let sheet?):
            return DataError(location, "sheet «\(sheet)» cannot be read: \(damage.reason)")
        case (_, nil):
            return DataError(location, "is not an Excel 97–2003 workbook (.xls) that can be read: \(damage.reason)")
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
}
