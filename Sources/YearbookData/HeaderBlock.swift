/// A table's header: its first multi-cell row and the rows under it whose label cell is empty,
/// as normalised labels. Merged cells (a workbook's mergeCells, an HTML colspan) put their
/// label into every column they span, so the exact span is used rather than guessed.
struct HeaderBlock {
    var rows: [CellGrid.Row]
    /// Normalised labels, one array per header row, `width` cells each.
    var cells: [[String]]
    var width: Int
    /// Whether merged cells gave the spans (then no empty cell is taken as part of a group).
    var explicitSpans: Bool
    /// Index of the first row after the header.
    var end: Int

    init(_ rows: [CellGrid.Row], from start: Int, labelColumn: Int, spans: [CellSpan]) {
        var header = [rows[start]]
        var index = start + 1
        while index < rows.count, !rows[index].isBlank, HeaderBlock.continues(rows[index], labelColumn: labelColumn) {
            header.append(rows[index])
            index += 1
        }
        let lines = Set(header.map(\.line))
        let merged = spans.filter { lines.contains($0.firstLine) && $0.lastColumn > $0.firstColumn }
        let width = max(header.map(\.filledWidth).max() ?? 0, (merged.map(\.lastColumn).max() ?? -1) + 1)
        var cells = header.map { row in (0..<width).map { $0 < row.cells.count ? Label.normalise(row.cells[$0]) : "" } }
        for span in merged {
            guard let r = header.firstIndex(where: { $0.line == span.firstLine }) else { continue }
            let label = cells[r][span.firstColumn]
            for c in span.firstColumn...min(span.lastColumn, width - 1) { cells[r][c] = label }
        }
        self.rows = header
        self.cells = cells
        self.width = width
        self.explicitSpans = !spans.filter { lines.contains($0.firstLine) }.isEmpty
        self.end = index
    }

    var lines: [Int] { rows.map(\.line) }

    /// What a keyed header row says of each column. EPS and Wind exports stack rows named
    /// 指标, 地区, 频度 and 单位 over every column instead of one title for the whole table.
    enum ColumnKey: String { case region, frequency, unit }

    static let columnKeys: [String: ColumnKey] = [
        "地区": .region, "地区名称": .region, "region": .region, "country": .region,
        "频度": .frequency, "频率": .frequency, "frequency": .frequency,
        "单位": .unit, "计量单位": .unit, "unit": .unit, "units": .unit,
    ]

    /// Takes the keyed rows (地区, 频度, 单位) out of the header, cell by cell, leaving the
    /// rows that make up each column's path.
    mutating func takeKeyedRows(labelColumn: Int) -> [ColumnKey: [String]] {
        var keyed: [ColumnKey: [String]] = [:]
        var k = rows.count - 1
        while k >= 1 {
            let label = labelColumn < cells[k].count ? cells[k][labelColumn] : ""
            if let key = HeaderBlock.columnKeys[Label.caseFoldedKey(label)] {
                keyed[key] = cells[k]
                rows.remove(at: k)
                cells.remove(at: k)
            }
            k -= 1
        }
        return keyed
    }

    /// A header row goes on while its label cell is empty and it holds labels, not values
    /// (a year such as 2020 counts as a label).
    static func continues(_ row: CellGrid.Row, labelColumn: Int) -> Bool {
        if labelColumn < row.cells.count, HeaderBlock.columnKeys[Label.caseFoldedKey(row.cells[labelColumn])] != nil { return true }
        guard labelColumn >= row.cells.count || Label.isBlank(row.cells[labelColumn]) else { return false }
        return row.cells.dropFirst(labelColumn + 1).allSatisfy { cell in
            switch CellContent(parsing: cell) {
            case .number(let v, nil): return Period(label: v.text) != nil
            case .number: return false
            case .missing(let mark): return mark.isEmpty
            case .text: return true
            }
        }
    }
}
