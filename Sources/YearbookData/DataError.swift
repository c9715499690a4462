/// Every way an input can be refused, with its user-facing sentence in one place, so
/// messages stay consistent and each names the file, the line and cell, and what was expected.
public struct DataError: Error, Equatable, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String
    /// What the reader had understood of the table when it stopped, so a user can see
    /// whether it misread the layout or the cell is really wrong.
    public var note: String?
    /// Further errors found in the same pass (every bad key of a chart file), each reported.
    public var others: [DataError] = []

    public init(_ location: SourceLocation, _ message: String, note: String? = nil) {
        self.location = location
        self.message = message
        self.note = note
    }

    /// One error for all of `errors` (at least one), reported together.
    public static func all(_ errors: [DataError]) -> DataError {
        var first = errors[0]
        first.others = Array(errors.dropFirst())
        return first
    }

    /// `FILE:LINE:COL: error: message (cell C4)`: the path first, as editors and CI problem
    /// matchers read it, the spreadsheet's name for the cell last.
    public var description: String {
        let cell = location.cellName.map { " (cell \($0))" } ?? ""
        return "\(location): error: \(message)\(cell)" + (note.map { "\n  note: \($0)" } ?? "")
            + others.map { "\n" + $0.description }.joined()
    }
}

extension DataError {
    public static func fileNotFound(_ file: String) -> DataError {
        DataError(SourceLocation(file: file), "no such file")
    }
    static func unreadable(_ file: String, _ reason: String) -> DataError {
        DataError(SourceLocation(file: file), "cannot be read: \(reason)")
    }
    static func empty(_ file: String) -> DataError {
        DataError(SourceLocation(file: file), "the file is empty; expected a table (title lines, a header, data rows)")
    }
    static func noTable(_ file: String) -> DataError {
        DataError(SourceLocation(file: file), "no table found: expected a header row with at least two cells, followed by data rows")
    }
    static func undecodable(_ file: String, line: Int, byte: Int, tried: String) -> DataError {
        DataError(SourceLocation(file: file, line: line),
                  "bytes at offset \(byte) cannot be decoded; tried \(tried). Save the file as UTF-8 or GB18030")
    }
    static func headerWithoutData(_ location: SourceLocation) -> DataError {
        DataError(location, "the header ends here but no data rows follow; expected rows with a label and values")
    }
    static func ragged(_ location: SourceLocation, cells: Int, width: Int) -> DataError {
        DataError(location, "this row has \(cells) cells but the header defines \(width) columns; every data row needs exactly \(width) (use — for a missing value)")
    }
    static func notANumber(_ location: SourceLocation, column: String, found: String) -> DataError {
        DataError(location, "expected a number or a missing-value mark (—, …, -, x or empty) in column «\(column)», found \"\(found)\"")
    }
    static func notFinite(_ location: SourceLocation, column: String, found: String) -> DataError {
        DataError(location, "the number \(found) in column «\(column)» is too large to compute with (beyond ±1.8e308); check the cell")
    }
    static func unitContradiction(_ location: SourceLocation, column: String, cellUnit: String, columnUnit: String) -> DataError {
        DataError(location, "the value is in \(cellUnit) but column «\(column)» is in \(columnUnit); the table contradicts itself, fix the cell or the header")
    }
    static func headerUnitContradiction(_ location: SourceLocation, column: String, unit: String, expected: String) -> DataError {
        DataError(location, "column «\(column)» says its unit is \(unit), but \(expected)")
    }
    static func unterminatedQuote(_ location: SourceLocation) -> DataError {
        DataError(location, "a quoted field starts here and is never closed; expected a closing \"")
    }
    static func dataAfterNotes(_ location: SourceLocation) -> DataError {
        DataError(location, "a data row follows the table's notes; expected notes or the source line only after the table (or a blank line before another table)")
    }
    static func tidyColumns(_ location: SourceLocation, found: [String]) -> DataError {
        DataError(location, "a long-form table needs the columns zone,indicator,measure,unit,year,value (optionally flag,note); found \(found.joined(separator: ","))")
    }
    static func badField(_ location: SourceLocation, key: String, found: String, expected: String) -> DataError {
        DataError(location, "\(key) \"\(found)\" is not valid; expected \(expected)")
    }
    static func registry(_ location: SourceLocation, _ message: String) -> DataError {
        DataError(location, message)
    }
}
