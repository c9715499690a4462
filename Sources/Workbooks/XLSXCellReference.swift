/// A cell reference as a sheet writes it (`C5`, `$C$5`): column letters, then the row number.
struct XLSXCellReference: Equatable {
    /// 0-based: A is 0.
    var column: Int
    /// 1-based, as Excel numbers rows.
    var row: Int

    /// Nil unless the text is 1–7 letters and 1–9 digits (enough for any sheet, small enough
    /// never to overflow).
    init?(_ text: some StringProtocol) {
        var letters = 0, digits = 0, column = 0, row = 0
        for byte in text.utf8 where byte != UInt8(ascii: "$") {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digits == 0, letters < 7 else { return nil }
                letters += 1
                column = column * 26 + Int((byte & 0xDF) - UInt8(ascii: "A")) + 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard digits < 9 else { return nil }
                digits += 1
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
            default:
                return nil
            }
        }
        guard letters > 0, digits > 0, row >= 1 else { return nil }
        (self.column, self.row) = (column - 1, row)
    }

    /// Both corners of a range (`A1:H1`; a single cell is a range of one), top-left first.
    static func range(_ text: String) -> (first: XLSXCellReference, last: XLSXCellReference)? {
        let corners = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(corners.count), let a = XLSXCellReference(corners[0]),
              let b = XLSXCellReference(corners[corners.count - 1]) else { return nil }
        return (XLSXCellReference(column: min(a.column, b.column), row: min(a.row, b.row)),
                XLSXCellReference(column: max(a.column, b.column), row: max(a.row, b.row)))
    }

    private init(column: Int, row: Int) {
        (self.column, self.row) = (column, row)
    }
}
