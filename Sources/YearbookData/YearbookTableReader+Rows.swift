extension YearbookTableReader {
    /// The row `row` of the table, its cells appended to `cells`. `places` holds each column's
    /// index in the grid and unit, taken once for the table: reading them from `columns` for
    /// every cell copied the whole column (its header path, names and unit), a tenth of
    /// reading a large table.
    func readRow(_ row: CellGrid.Row, period sequencePeriod: Period?, layout: ColumnLayout, columns: inout [YearbookTable.Column],
                 places: [(index: Int, unit: String?)], indicatorRows: Bool, file: String,
                 into cells: inout [YearbookTable.Cell]) throws -> YearbookTable.Row {
        let label = Label.normalise(row.cells[layout.labelColumn])
        guard !label.isEmpty else {
            throw DataError(SourceLocation(file: file, line: row.line, column: layout.labelColumn + 1),
                            "this row has values but no label; expected the name of a zone or region in column \(SourceLocation.columnLetters(layout.labelColumn + 1))")
        }
        var period = sequencePeriod
        if let pc = layout.periodColumn, period == nil {
            // The label itself where the rows are periods: normalised once, not twice.
            let raw = pc == layout.labelColumn ? label : Label.normalise(row.cells[pc])
            guard let p = Period(label: raw) else {
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
        // A cell's location and name are built only for an error.
        let rowUnit = indicator?.unit
        for k in places.indices {
            let index = places[k].index
            let content = CellContent(parsing: index < row.cells.count ? row.cells[index] : "")
            var location: SourceLocation { SourceLocation(file: file, line: row.line, column: index + 1) }
            var name: String { indicator == nil ? columns[k].name : "\(label) / \(columns[k].name)" }
            let declared = rowUnit?.symbol ?? places[k].unit
            switch content {
            case .number(let value, _) where !value.number.isFinite:
                throw DataError.notFinite(location, column: name, found: value.text)
            case .text(let text):
                throw DataError.notANumber(location, column: name, found: text)
            case .number(_, let printed?):
                // The cell's unit is found again from its row and column (`unitSymbol(_:_:)`).
                let cellUnit = Unit(printed)
                if let declared, declared != cellUnit.symbol {
                    throw DataError.unitContradiction(location, column: name, cellUnit: cellUnit.symbol, columnUnit: declared)
                }
                if declared == nil { columns[k].unitOrigin = .cells }
            default:
                break
            }
            cells.append(YearbookTable.Cell(content))
        }
        return YearbookTable.Row(line: row.line, label: label, zone: isTotal || transposed || layout.rowsArePeriods ? nil : registry.resolve(label),
                                 isTotal: isTotal, period: period, indicator: indicator)
    }
}
