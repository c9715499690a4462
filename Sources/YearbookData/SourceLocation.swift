/// Where in an input file something was found, so every message can point a user at the
/// exact cell: `file:line:column`, with the spreadsheet-style cell name (`D12`) alongside.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    /// 1-based line in the file (for a grid, the line on which the row starts).
    public var line: Int? {
        get { storedLine < 0 ? nil : Int(storedLine) }
        set { storedLine = SourceLocation.stored(newValue) }
    }
    /// 1-based column: the cell's index within the row in a table, the character in a text
    /// file such as a chart file.
    public var column: Int? {
        get { storedColumn < 0 ? nil : Int(storedColumn) }
        set { storedColumn = SourceLocation.stored(newValue) }
    }
    // Every observation carries a location: 32-bit positions (−1 for none) keep it at 25 bytes
    // rather than 42. Input files are at most 128 MiB, so no line or column passes 2³¹.
    private var storedLine: Int32
    private var storedColumn: Int32
    /// Whether the column counts cells, so messages can name the cell (`D12`).
    public var isCell: Bool

    public init(file: String, line: Int? = nil, column: Int? = nil, isCell: Bool = true) {
        self.file = file
        self.storedLine = SourceLocation.stored(line)
        self.storedColumn = SourceLocation.stored(column)
        self.isCell = isCell
    }

    private static func stored(_ position: Int?) -> Int32 {
        guard let position, position >= 0 else { return -1 }
        return Int32(clamping: position)
    }

    /// Spreadsheet-style name of the cell: column letters then the line (`D12`).
    public var cellName: String? {
        guard isCell, let line, let column else { return nil }
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
