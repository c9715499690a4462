/// The rows under a header: data rows, then the notes and source lines that close the table.
/// A note may span several cells (a CSV line with commas in it) and may go on over lines that
/// begin with ideographic spaces; once notes begin, only notes may follow, except where the
/// table goes on over another page under its header printed again (2-1 续表 1 continued 1).
struct TableBody {
    var data: [CellGrid.Row] = []
    var notes: [String] = []
    var sources: [String] = []

    /// The first line with values right of the header's last column, and the widest such row.
    var unheaded: (line: Int, width: Int)?
    /// The line where a second table starts on the same sheet, if one does; it is not read.
    var secondTableLine: Int?

    /// Lines of headers printed again where the table goes on over a page.
    var repeatedHeaderLines: [Int] = []

    init(_ rows: ArraySlice<CellGrid.Row>, header: [CellGrid.Row], headerWidth: Int, labelColumn: Int,
         delimiter: CellGrid.Delimiter, file: String) throws {
        var afterBlank = false
        var closing = false
        var overlong: [CellGrid.Row] = []
        var headerRowsToSkip = 0
        for row in rows {
            // The first filled cell, and whether another follows, found without gathering the
            // filled cells: that array, made for every row, was a tenth of reading a long series.
            guard let firstFilled = row.cells.firstIndex(where: { !Label.isBlank($0) }) else {
                afterBlank = !data.isEmpty
                continue
            }
            defer { afterBlank = false }
            if headerRowsToSkip > 0 {
                headerRowsToSkip -= 1
                repeatedHeaderLines.append(row.line)
                continue
            }
            let firstCell = row.cells[firstFilled]
            let single = !row.cells[(firstFilled + 1)...].contains { !Label.isBlank($0) }
            if (closing || afterBlank), let top = header.first, TableBody.repeats(row, top) {
                // The page turned: drop the continuation line (续表) and read on under the header.
                if let last = notes.last, TableBody.isContinuationLine(last) { notes.removeLast() }
                closing = false
                headerRowsToSkip = header.count - 1
                repeatedHeaderLines.append(row.line)
                continue
            }
            // A footer merged across the sheet, or a line of prose set off below the data.
            let prose = single && (firstFilled == labelColumn && row.cells.count < min(2, headerWidth)
                || afterBlank && Label.normalise(firstCell).count >= 8)
            let opensNotes = YearbookTableReader.isNoteText(firstCell) || prose
            if afterBlank && !opensNotes && !single && (closing || !TableBody.looksLikeData(row, labelColumn: labelColumn)) {
                // After a gap, below the notes or in a row of labels, another table begins.
                secondTableLine = row.line
                break
            }
            if closing && !opensNotes && TableBody.looksLikeData(row, labelColumn: labelColumn) {
                throw DataError.dataAfterNotes(SourceLocation(file: file, line: row.line))
            }
            if closing || opensNotes {
                closing = true
                add(row.cells.filter { !Label.isBlank($0) }.map { Label.trimmed($0) }.joined(separator: delimiter == .comma ? "," : " "), continuing: firstCell)
                continue
            }
            if row.filledWidth > headerWidth {
                overlong.append(row)
            }
            if row.cells.count < headerWidth {
                throw DataError.ragged(SourceLocation(file: file, line: row.line, column: row.cells.count), cells: row.cells.count, width: headerWidth)
            }
            data.append(row)
        }
        // Portals cut a header short and print values past it anyway: those cells have no
        // period or indicator to belong to, so they are left out, and said so. In a CSV, a row
        // or two that run on are more likely a comma inside a number, which shifts every
        // value after it: refused.
        if let first = overlong.first {
            guard delimiter != .comma || overlong.count * 2 > data.count else {
                throw DataError.ragged(SourceLocation(file: file, line: first.line, column: headerWidth + 1), cells: first.filledWidth, width: headerWidth)
            }
            unheaded = (first.line, overlong.map { $0.filledWidth }.max()!)
        }
    }

    /// Whether `row` prints the same header labels as `header` (most of them: a page's
    /// repeated header may differ by a typo).
    static func repeats(_ row: CellGrid.Row, _ header: CellGrid.Row) -> Bool {
        let keys = header.cells.map { Label.key($0) }
        let filled = keys.filter { !$0.isEmpty }.count
        guard filled >= 2 else { return false }
        let same = zip(row.cells.map { Label.key($0) }, keys).filter { !$1.isEmpty && $0 == $1 }.count
        return same * 5 >= filled * 4
    }

    /// 续表, 续上表, (continued): the line over a table's next page.
    static func isContinuationLine(_ text: String) -> Bool {
        text.contains("续表") || text.contains("续上表") || text.lowercased().contains("continued")
    }

    /// A line indented with ideographic spaces continues the note above it.
    private mutating func add(_ text: String, continuing raw: String) {
        let indented = raw.hasPrefix("\u{3000}") || raw.hasPrefix("  ")
        if indented, !notes.isEmpty, !YearbookTableReader.isSource(text) {
            notes[notes.count - 1] += text
        } else if YearbookTableReader.isSource(text) {
            sources.append(text)
        } else {
            notes.append(text)
        }
    }

    /// A label and at least one number: a data row, not prose.
    static func looksLikeData(_ row: CellGrid.Row, labelColumn: Int) -> Bool {
        guard labelColumn < row.cells.count, !Label.isBlank(row.cells[labelColumn]) else { return false }
        return row.cells.dropFirst(labelColumn + 1).contains { if case .number = CellContent(parsing: $0) { return true } else { return false } }
    }
}
