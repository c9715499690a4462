extension YearbookTableReader {
    func readRow(_ row: CellGrid.Row, period sequencePeriod: Period?, layout: ColumnLayout, columns: inout [YearbookTable.Column],
                 indicatorRows: Bool, file: String) throws -> YearbookTable.Row {
        let label = Label.normalise(row.cells[layout.labelColumn])
        guard !label.isEmpty else {
            throw DataError(SourceLocation(file: file, line: row.line, column: layout.labelColumn + 1),
                            "this row has values but no label; expected the name of a zone or region in column \(SourceLocation.columnLetters(layout.labelColumn + 1))")
        }
        var period: Period?
        if let pc = layout.periodColumn {
            let raw = Label.normalise(row.cells[pc])
            guard let p = sequencePeriod ?? Period(label: raw) else {
                throw DataError(SourceLocation(file: file, line: row.line, column: pc + 1),
                                "expected a year (2020, 2020年) or a period (2020-02, 2020Q1), found \"\(raw)\"")
            }
            period = p
        }
        // Where rows are indicators (or an indicator column names each row's), the row says what
        // it measures and in which unit: 地区生产总值(亿元).
        var indicator: YearbookTable.RowIndicator?
        let transposed = indicatorRows && layout.indicatorColumn == nil
        if indicatorRows {
            let source = layout.indicatorColumn ?? layout.labelColumn
            let text = Label.normalise(source < row.cells.count ? row.cells[source] : "")
            let meaning = LabelMeaning([text])
            let (unit, _) = try meaning.unit(tableUnit: nil, depth: 0, name: text,
                                             at: SourceLocation(file: file, line: row.line, column: source + 1))
            indicator = YearbookTable.RowIndicator(name: meaning.indicator.isEmpty ? text : meaning.indicator,
                                                   measure: meaning.measure ?? .level, unit: unit)
        }
        let isTotal = !transposed && !layout.rowsArePeriods && YearbookTableReader.isTotal(label)
        var cells: [YearbookTable.Cell] = []
        cells.reserveCapacity(columns.count)
        for (k, column) in columns.enumerated() {
            let raw = column.index < row.cells.count ? row.cells[column.index] : ""
            let content = CellContent(parsing: raw)
            let location = SourceLocation(file: file, line: row.line, column: column.index + 1)
            let declared = indicator?.unit ?? column.unit
            var unit = declared
            // Only an error names the cell's column, so the name is built only then.
            var name: String { indicator == nil ? column.name : "\(label) / \(column.name)" }
            switch content {
            case .number(let value, _) where !value.number.isFinite:
                throw DataError.notFinite(location, column: name, found: value.text)
            case .text(let text):
                throw DataError.notANumber(location, column: name, found: text)
            case .number(_, let printed?):
                let cellUnit = Unit(printed)
                if let declared, declared.symbol != cellUnit.symbol {
                    throw DataError.unitContradiction(location, column: name, cellUnit: cellUnit.symbol, columnUnit: declared.symbol)
                }
                if declared == nil {
                    unit = cellUnit
                    columns[k].unitOrigin = .cells
                }
            default:
                break
            }
            cells.append(YearbookTable.Cell(raw: raw, content: content, unitSymbol: unit?.symbol))
        }
        return YearbookTable.Row(line: row.line, label: label, zone: isTotal || transposed || layout.rowsArePeriods ? nil : registry.resolve(label),
                                 isTotal: isTotal, period: period, indicator: indicator, cells: cells)
    }
}
