extension YearbookTableReader {
    /// One sentence of what the reader took the table to be, added to a refusal: where the
    /// header is, which column holds the labels (or periods), which hold values, and what
    /// their headers say, so a user can tell a misread layout from a bad cell.
    static func understanding(header: HeaderBlock, layout: ColumnLayout, columns: [YearbookTable.Column]) -> String {
        let lines = header.lines
        let letter = { (c: Int) in SourceLocation.columnLetters(c + 1) }
        let labelHeader = header.cells.first.map { $0[layout.labelColumn] } ?? ""
        var parts = ["header on line\(lines.count == 1 ? "" : "s") \(lines.map(String.init).joined(separator: "–"))"]
        let labels = layout.rowsArePeriods ? "periods" : "row labels"
        parts.append("\(labels) in column \(letter(layout.labelColumn))" + (labelHeader.isEmpty ? "" : " «\(labelHeader)»"))
        if let first = layout.valueColumns.first, let last = layout.valueColumns.last {
            parts.append("values in columns \(letter(first.index))–\(letter(last.index))")
        }
        let periods = columns.compactMap(\.period)
        if let a = periods.min(), let b = periods.max() { parts.append("periods \(a)…\(b) across the columns") }
        let units = Set(columns.compactMap { $0.unit?.symbol }).sorted()
        if !units.isEmpty { parts.append("units \(units.joined(separator: ", "))") }
        return "the table was read with " + parts.joined(separator: "; ")
            + "; if that is wrong, check the header rows above the data (a title or 单位 line must have one cell)"
    }
}
