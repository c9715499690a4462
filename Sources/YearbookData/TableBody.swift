/// The rows under a header: data rows, then the notes and source lines that close the table.
/// A note may span several cells (a CSV line with commas in it) and may go on over lines that
/// begin with ideographic spaces; once notes begin, only notes may follow.
struct TableBody {
    var data: [CellGrid.Row] = []
    var notes: [String] = []
    var sources: [String] = []

    init(_ rows: ArraySlice<CellGrid.Row>, headerWidth: Int, labelColumn: Int, delimiter: CellGrid.Delimiter, file: String) throws {
        for row in rows where !row.isBlank {
            let filled = row.cells.enumerated().filter { !Label.isBlank($0.element) }
            let first = filled[0]
            let closing = !notes.isEmpty || !sources.isEmpty
            let opensNotes = YearbookTableReader.isNoteText(first.element)
                || (filled.count == 1 && first.offset == labelColumn && row.cells.count < min(2, headerWidth))
            if closing || opensNotes {
                if closing && TableBody.looksLikeData(row, labelColumn: labelColumn) && !opensNotes {
                    throw DataError.dataAfterNotes(SourceLocation(file: file, line: row.line))
                }
                add(filled.map { Label.trimmed($0.element) }.joined(separator: delimiter == .comma ? "," : " "), continuing: first.element)
                continue
            }
            if row.filledWidth > headerWidth {
                throw DataError.ragged(SourceLocation(file: file, line: row.line, column: headerWidth + 1), cells: row.filledWidth, width: headerWidth)
            }
            if row.cells.count < headerWidth {
                throw DataError.ragged(SourceLocation(file: file, line: row.line, column: row.cells.count), cells: row.cells.count, width: headerWidth)
            }
            data.append(row)
        }
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
