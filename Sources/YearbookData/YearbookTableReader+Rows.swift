import Dispatch

extension YearbookTableReader {
    /// The rows of the body and their cells, row after row. A body of many cells is read in two
    /// halves, one on each core, into the table's arrays in place (layouts of 10⁴ and 10⁵ rows:
    /// 0.95× and 0.89× the time); a row that cannot be read stops its half, and the
    /// first such row of the table is the one reported, as reading in order would. Each grid
    /// row is let go once read.
    func readRows(_ data: inout [CellGrid.Row], periods: [StoredPeriod?]?, layout: ColumnLayout, columns: inout [YearbookTable.Column],
                  indicatorRows: Bool, file: String) throws -> (rows: [YearbookTable.Row], cells: [YearbookTable.Cell]) {
        let count = data.count, width = columns.count
        let places = columns.map { (index: $0.index, unit: $0.unit?.symbol) }
        let halves = count * width >= YearbookTableReader.cellsForTwoCores && count >= 2 ? [0..<count / 2, count / 2..<count] : [0..<count]
        let outcomes = UnsafeMutablePointer<HalfOutcome>.allocate(capacity: halves.count)
        outcomes.initialize(repeating: HalfOutcome(), count: halves.count)
        defer {
            outcomes.deinitialize(count: halves.count)
            outcomes.deallocate()
        }
        let shared = columns
        var cells: [YearbookTable.Cell] = []
        // Read straight into the table's arrays; a capacity of at least one gives each an address.
        let rows = try [YearbookTable.Row](unsafeUninitializedCapacity: max(count, 1)) { rowBuffer, rowsDone in
            cells = try [YearbookTable.Cell](unsafeUninitializedCapacity: max(count * width, 1)) { cellBuffer, cellsDone in
                let memory = HalvesMemory(rows: rowBuffer.baseAddress!, cells: cellBuffer.baseAddress!, outcomes: outcomes)
                data.withUnsafeMutableBufferPointer { grid in
                    let grid = Disjoint(grid)
                    let work: @Sendable (Int) -> Void = { h in
                        var own = shared
                        for k in halves[h] {
                            do {
                                let row = try readRow(grid.value[k], period: (periods?[k] ?? nil)?.period, layout: layout, columns: &own,
                                                      places: places, indicatorRows: indicatorRows, file: file, into: memory.cells + k * width)
                                (memory.rows + k).initialize(to: row)
                            } catch {
                                memory.outcomes[h].failure = (k, error)
                                break
                            }
                            memory.outcomes[h].read += 1
                            grid.value[k].cells = []
                            FreedMemory.releaseIfDue(afterRow: k, width: width)
                        }
                        memory.outcomes[h].fromCells = own.indices.filter { own[$0].unitOrigin == .cells }
                    }
                    if halves.count == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: 2, execute: work) }
                }
                FreedMemory.releaseRest(ofCells: count * width)
                let ended = Array(UnsafeBufferPointer(start: outcomes, count: halves.count))
                if let failure = ended.compactMap(\.failure).min(by: { $0.row < $1.row }) {
                    for (h, outcome) in ended.enumerated() {
                        (memory.rows + halves[h].lowerBound).deinitialize(count: outcome.read)
                        (memory.cells + halves[h].lowerBound * width).deinitialize(count: outcome.read * width)
                    }
                    throw failure.error
                }
                cellsDone = count * width
            }
            rowsDone = count
        }
        for outcome in UnsafeBufferPointer(start: outcomes, count: halves.count) {
            for k in outcome.fromCells { columns[k].unitOrigin = .cells }
        }
        return (rows, cells)
    }

    /// Cells from which reading a body on two cores pays for waking the second.
    static let cellsForTwoCores = 32_768

    /// How one half of a body's reading ended: rows read, the row that could not be, and the
    /// columns whose units came from their cells.
    private struct HalfOutcome {
        var read = 0
        var failure: (row: Int, error: any Error)?
        var fromCells: [Int] = []
    }

    /// The table's rows and cells as they are read, and how each half ended: each core writes
    /// only the indices of its own half, so the two never touch the same memory.
    private struct HalvesMemory: @unchecked Sendable {
        let rows: UnsafeMutablePointer<YearbookTable.Row>
        let cells: UnsafeMutablePointer<YearbookTable.Cell>
        let outcomes: UnsafeMutablePointer<HalfOutcome>
    }

    /// The grid's rows, each let go by the core that reads it.
    private struct Disjoint: @unchecked Sendable {
        let value: UnsafeMutableBufferPointer<CellGrid.Row>
        init(_ value: UnsafeMutableBufferPointer<CellGrid.Row>) { self.value = value }
    }

    /// The row `row` of the table, its cells initialised at `cells`, one for each of `places`.
    /// `places` holds each column's index in the grid and unit, taken once for the table:
    /// reading them from `columns` for every cell copied the whole column (its header path,
    /// names and unit), a tenth of reading a large table. A row that cannot be read leaves
    /// none of its cells initialised.
    func readRow(_ row: CellGrid.Row, period sequencePeriod: Period?, layout: ColumnLayout, columns: inout [YearbookTable.Column],
                 places: [(index: Int, unit: String?)], indicatorRows: Bool, file: String,
                 into cells: UnsafeMutablePointer<YearbookTable.Cell>) throws -> YearbookTable.Row {
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
        func cell(_ k: Int) throws -> YearbookTable.Cell {
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
            return YearbookTable.Cell(content)
        }
        for k in places.indices {
            do {
                (cells + k).initialize(to: try cell(k))
            } catch {
                cells.deinitialize(count: k)
                throw error
            }
        }
        return YearbookTable.Row(line: row.line, label: label, zone: isTotal || transposed || layout.rowsArePeriods ? nil : registry.resolve(label),
                                 isTotal: isTotal, period: period, indicator: indicator)
    }
}
