/// Reads a cell grid laid out as a yearbook prints tables: title lines, a header block whose
/// group labels span the cells after and under them, units in the headers, a label column,
/// a total row, missing-value marks, and notes and the source line below.
public struct YearbookTableReader {
    public var registry: ZoneRegistry

    public init(registry: ZoneRegistry = .empty) {
        self.registry = registry
    }

    static let totalLabels: Set<String> = ["合计", "总计", "全部", "总体", "全市", "全市合计", "全省", "全国", "所有开发区", "total", "all", "sum"]
    static let notePrefixes = ["注", "说明", "备注", "附注", "note", "*"]
    static let sourcePrefixes = ["资料来源", "数据来源", "来源", "source"]
    static let periodHeaders: Set<String> = ["年份", "年度", "年", "时间", "时期", "year", "period"]

    public func read(_ grid: CellGrid, file: String, encoding: TextEncoding? = nil) throws -> YearbookTable {
        var index = 0
        let rows = grid.rows
        var title: [String] = []
        var tableUnit: Unit?

        // Title lines and the 单位 line, up to the first row with two or more cells.
        while index < rows.count {
            let row = rows[index]
            if row.isBlank { index += 1; continue }
            let filled = row.cells.map(Label.normalise).filter { !$0.isEmpty }
            let units = filled.compactMap(YearbookTableReader.unitLine)
            if filled.count - units.count >= 2 { break }
            if let unit = units.first { tableUnit = unit }
            for (line, raw) in zip(filled, row.cells.filter { !Label.isBlank($0) }) where YearbookTableReader.unitLine(line) == nil {
                if tableUnit == nil, let (_, inner) = Label.trailingParenthesis(line), Unit.isRecognised(inner) { tableUnit = Unit(inner) }
                title.append(Label.trimmed(raw))
            }
            index += 1
        }
        guard index < rows.count else {
            throw rows.contains(where: { !$0.isBlank }) ? DataError.noTable(file) : DataError.empty(file)
        }

        // The header block: the first multi-cell row, then rows with an empty label cell.
        var header: [CellGrid.Row] = [rows[index]]
        index += 1
        while index < rows.count, !rows[index].isBlank, YearbookTableReader.continuesHeader(rows[index]) {
            header.append(rows[index])
            index += 1
        }
        let headerWidth = header.map(\.filledWidth).max() ?? 0
        let headerCells = header.map { row in
            (0..<headerWidth).map { $0 < row.cells.count ? Label.normalise(row.cells[$0]) : "" }
        }

        // Data rows, then notes.
        var dataRows: [CellGrid.Row] = []
        var notes: [String] = []
        var sources: [String] = []
        for row in rows[index...] where !row.isBlank {
            let filled = row.cells.enumerated().filter { !Label.isBlank($0.element) }
            if let only = filled.first, filled.count == 1, only.offset == 0,
               !notes.isEmpty || !sources.isEmpty || YearbookTableReader.isNote(only.element, row: row, width: headerWidth) {
                let text = Label.trimmed(only.element)
                if YearbookTableReader.isSource(text) { sources.append(text) } else { notes.append(text) }
                continue
            }
            if !notes.isEmpty || !sources.isEmpty { throw DataError.dataAfterNotes(SourceLocation(file: file, line: row.line)) }
            if row.filledWidth > headerWidth {
                throw DataError.ragged(SourceLocation(file: file, line: row.line, column: headerWidth + 1), cells: row.filledWidth, width: headerWidth)
            }
            if row.cells.count < headerWidth {
                throw DataError.ragged(SourceLocation(file: file, line: row.line, column: row.cells.count), cells: row.cells.count, width: headerWidth)
            }
            dataRows.append(row)
        }
        guard !dataRows.isEmpty else {
            throw DataError.headerWithoutData(SourceLocation(file: file, line: header.last!.line))
        }

        let layout = try ColumnLayout(header: headerCells, data: dataRows, width: headerWidth, file: file, headerLines: header.map(\.line))
        var columns = try layout.valueColumns.map { try describe(column: $0, header: headerCells, tableUnit: tableUnit, file: file, line: header.first!.line) }
        try inheritIndicators(&columns, title: title.last, file: file, line: header.first!.line)

        var tableRows: [YearbookTable.Row] = []
        for row in dataRows {
            tableRows.append(try readRow(row, layout: layout, columns: &columns, file: file))
        }
        return YearbookTable(file: file, encoding: encoding, delimiter: grid.delimiter, title: title, tableUnit: tableUnit,
                             headerRows: headerCells, headerLines: header.map(\.line),
                             labelColumn: layout.labelColumn, labelHeader: headerCells.first?[layout.labelColumn] ?? "",
                             periodColumn: layout.periodColumn, ignoredColumns: layout.ignoredColumns,
                             columns: columns, rows: tableRows, notes: notes, sources: sources)
    }

    // MARK: Rows

    private func readRow(_ row: CellGrid.Row, layout: ColumnLayout, columns: inout [YearbookTable.Column], file: String) throws -> YearbookTable.Row {
        let label = Label.normalise(row.cells[layout.labelColumn])
        guard !label.isEmpty else {
            throw DataError(SourceLocation(file: file, line: row.line, column: layout.labelColumn + 1),
                            "this row has values but no label; expected the name of a zone or region in column \(SourceLocation.columnLetters(layout.labelColumn + 1))")
        }
        var period: Period?
        if let pc = layout.periodColumn {
            let raw = Label.normalise(row.cells[pc])
            guard let p = Period(label: raw) else {
                throw DataError(SourceLocation(file: file, line: row.line, column: pc + 1),
                                "expected a year (2020, 2020年) or a period (2020-02, 2020Q1), found \"\(raw)\"")
            }
            period = p
        }
        let isTotal = YearbookTableReader.isTotal(label)
        var cells: [YearbookTable.Cell] = []
        for (k, column) in columns.enumerated() {
            let raw = row.cells[column.index]
            let content = CellContent(parsing: raw)
            let location = SourceLocation(file: file, line: row.line, column: column.index + 1)
            var unit = column.unit
            switch content {
            case .text(let text):
                throw DataError.notANumber(location, column: column.name, found: text)
            case .number(_, let printed?):
                let cellUnit = Unit(printed)
                if let columnUnit = column.unit, columnUnit.symbol != cellUnit.symbol {
                    throw DataError.unitContradiction(location, column: column.name, cellUnit: cellUnit.symbol, columnUnit: columnUnit.symbol)
                }
                if column.unit == nil {
                    unit = cellUnit
                    columns[k].unitOrigin = .cells
                }
            default:
                break
            }
            cells.append(YearbookTable.Cell(raw: raw, content: content, unit: unit))
        }
        return YearbookTable.Row(line: row.line, label: label, zone: isTotal ? nil : registry.resolve(label),
                                 isTotal: isTotal, period: period, cells: cells)
    }

    // MARK: Columns

    /// Turns a column's header path into indicator, measure, unit and period.
    private func describe(column: ColumnLayout.ValueColumn, header: [[String]], tableUnit: Unit?, file: String, line: Int) throws -> YearbookTable.Column {
        var parts: [String] = []
        var measure: Measure?
        var measureDepth = 0
        var period: Period?
        var units: [(unit: Unit, depth: Int, label: String)] = []
        for (depth, label) in column.path.enumerated() {
            var text = label
            if let (head, inner) = Label.trailingParenthesis(text), Unit.isRecognised(inner) {
                units.append((Unit(inner), depth, label))
                text = head
            } else if let unitText = YearbookTableReader.unitLine(text) {
                units.append((unitText, depth, label))
                continue
            }
            if text.isEmpty { continue }
            if let p = Period(label: text) {
                period = p
            } else if let m = Measure.word(text) {
                (measure, measureDepth) = (m, depth)
            } else if let (indicator, m) = Measure.splitSuffix(text) {
                (measure, measureDepth) = (m, depth)
                parts.append(indicator)
            } else {
                if Measure.rankMarkers.contains(where: text.contains) { (measure, measureDepth) = (.rank, depth) }
                parts.append(text)
            }
        }
        let finalMeasure = measure ?? .level
        let location = SourceLocation(file: file, line: line, column: column.index + 1)
        let name = column.path.joined(separator: " / ")
        var unit: Unit?
        var origin = YearbookTable.UnitOrigin.none
        let leaf = units.last
        if let implied = finalMeasure.impliedUnit {
            // A growth, share or rank column under a group in 万美元 is not in 万美元: only a
            // unit printed on the label that names the measure, or below it, applies.
            if let own = units.last(where: { $0.depth >= measureDepth }) {
                guard own.unit.canConvert(to: implied) else {
                    throw DataError.headerUnitContradiction(location, column: name, unit: own.unit.symbol,
                                                            expected: "a \(finalMeasure.rawValue) column is in \(implied.symbol)")
                }
                unit = own.unit
                origin = own.depth == column.path.count - 1 ? .header : .group
            } else {
                unit = implied
                origin = .measure
            }
        } else if let leaf {
            if let group = units.dropLast().last, group.unit.symbol != leaf.unit.symbol {
                throw DataError.headerUnitContradiction(location, column: name, unit: leaf.unit.symbol,
                                                        expected: "its group «\(group.label)» says \(group.unit.symbol)")
            }
            unit = leaf.unit
            origin = leaf.depth == column.path.count - 1 ? .header : .group
        } else if let tableUnit {
            unit = tableUnit
            origin = .tableLine
        }
        return YearbookTable.Column(index: column.index, headerPath: column.path, indicator: parts.joined(separator: " / "),
                                    measure: finalMeasure, unit: unit, unitOrigin: origin, period: period)
    }

    /// In a flat header (`产值(亿元) | 增长(%)`), a column named only by its measure belongs to
    /// the indicator on its left; one named only by a year (`2019 | 2020`) measures what the
    /// table's title names (各区工业产值(亿元)); a lone measure word (排名) names itself.
    private func inheritIndicators(_ columns: inout [YearbookTable.Column], title: String?, file: String, line: Int) throws {
        let titleIndicator = title.map(Label.normalise).map { t in Label.trailingParenthesis(t).map { Unit.isRecognised($0.inner) ? $0.head : t } ?? t }
        for k in columns.indices where columns[k].indicator.isEmpty {
            let measureWord = columns[k].headerPath.map { Label.trailingParenthesis($0).map { Unit.isRecognised($0.inner) ? $0.head : nil } ?? $0 }
                .compactMap { $0 }.last { Measure.word($0) != nil }
            let previous = columns[..<k].last { !$0.indicator.isEmpty }
            if let previous, measureWord != nil || columns[k].period == nil {
                columns[k].indicator = previous.indicator
            } else if let titleIndicator {
                columns[k].indicator = titleIndicator
            } else if let measureWord {
                columns[k].indicator = measureWord
            } else if columns[k].period != nil {
                throw DataError(SourceLocation(file: file, line: line, column: columns[k].index + 1),
                                "column «\(columns[k].name)» gives a year but no indicator; expected a title line above the table naming what it measures, or an indicator label above the years")
            }
        }
    }

    // MARK: Classification

    static func unitLine(_ text: String) -> Unit? {
        for prefix in ["单位:", "单位 :", "计量单位:"] where text.hasPrefix(prefix) {
            let symbol = String(text.dropFirst(prefix.count)).trimmingCharacters(in: " ")
            return symbol.isEmpty ? nil : Unit(symbol)
        }
        return nil
    }

    static func continuesHeader(_ row: CellGrid.Row) -> Bool {
        guard Label.isBlank(row.cells.first ?? "") else { return false }
        return row.cells.dropFirst().allSatisfy { cell in
            switch CellContent(parsing: cell) {
            case .number(let v, nil): return Period(label: v.text) != nil
            case .number: return false
            case .missing(let mark): return mark.isEmpty
            case .text: return true
            }
        }
    }

    static func isTotal(_ label: String) -> Bool {
        let key = Label.key(label).lowercased()
        return totalLabels.contains(key) || key.hasPrefix("合计") || key.hasPrefix("总计")
    }

    static func isSource(_ text: String) -> Bool {
        let key = Label.key(text).lowercased()
        if sourcePrefixes.contains(where: { key.hasPrefix($0) }) { return true }
        return key.hasPrefix("(") && key.hasSuffix("提供)")
    }

    static func isNote(_ cell: String, row: CellGrid.Row, width: Int) -> Bool {
        let key = Label.key(cell).lowercased()
        return isSource(cell) || notePrefixes.contains { key.hasPrefix($0) } || row.cells.count < min(2, width)
    }
}
