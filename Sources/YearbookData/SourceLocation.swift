/// Where in an input file something was found, so every message can point a user at the
/// exact cell: `file:line:column`, with the spreadsheet-style cell name (`D12`) alongside.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    /// 1-based line in the file (for a grid, the line on which the row starts).
    public var line: Int?
    /// 1-based column (cell index within the row, not characters).
    public var column: Int?

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// Spreadsheet-style name of the cell: column letters then the line (`D12`).
    public var cellName: String? {
        guard let line, let column else { return nil }
        return SourceLocation.columnLetters(column) + String(line)
    }

    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        if let column { text += ":\(column)" }
        return text
    }

    /// `1` → `A`, `27` → `AA`.
    public static func columnLetters(_ column: Int) -> String {
        var n = column
        var letters = ""
        while n > 0 {
            let r = (n - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + r))) + letters
            n = (n - 1) / 26
        }
        return letters
    }
}
