/// A yearbook table read in long form in place: observation n is a cell of the table, found by
/// its number (row × width + column), and its zone, indicator, period and value are read from
/// that cell, its row and its column when asked for. A class, so that a collection holding it
/// is one reference to lend rather than a table's worth of arrays to retain on every read.
final class TableLongForm: Sendable {
    private let table: YearbookTable
    private let width: Int
    /// The period of a cell whose row and column print none.
    private let fallback: Period?
    /// Each row's zone, where the table names none for all of them.
    private let rowZones: [String]?
    /// The numbers of the cells that are observations, where not every cell is (a quarterly
    /// column's months between quarters, a period picked out); nil for all of them, in order.
    private let observed: [Int]?

    init(_ table: YearbookTable, fallback: Period?) throws {
        self.table = table
        width = table.columns.count
        self.fallback = fallback
        rowZones = table.fixedZone == nil ? table.rows.map { $0.isTotal ? Label.key($0.label) : ($0.zone?.name ?? $0.label) } : nil
        if fallback == nil, let k = table.columns.firstIndex(where: { $0.period == nil }), table.rows.contains(where: { $0.period == nil }) {
            throw DataError(table.location(line: table.headerLines.first ?? 1, column: table.columns[k].index),
                            "column «\(table.columns[k].name)» carries no year while others do; give one with --year")
        }
        observed = table.columns.contains { $0.isQuarterly } ? TableLongForm.quarterly(table, fallback: fallback) : nil
    }

    private init(_ other: TableLongForm, observed: [Int]) {
        table = other.table
        width = other.width
        fallback = other.fallback
        rowZones = other.rowZones
        self.observed = observed
    }

    var count: Int { observed?.count ?? table.cells.count }

    /// The same table, with only the observations at `kept`.
    func keeping(_ kept: [Int]) -> TableLongForm {
        TableLongForm(self, observed: kept.map(cell))
    }

    /// The numbers of the cells that are observations: all but a quarterly column's months
    /// between quarters, which the table leaves empty.
    private static func quarterly(_ table: YearbookTable, fallback: Period?) -> [Int] {
        let width = table.columns.count
        var cells: [Int] = []
        for r in table.rows.indices {
            for k in 0..<width {
                if table.columns[k].isQuarterly, case .month(_, let m) = period(table, r, k, fallback: fallback), m % 3 != 0,
                   table.cell(r, k).isMissing { continue }
                cells.append(r * width + k)
            }
        }
        return cells
    }

    /// The number of observation n's cell.
    private func cell(_ n: Int) -> Int { observed?[n] ?? n }

    /// The row and column of cell c; a series of one column (a dated series) needs no division.
    private func place(_ c: Int) -> (r: Int, k: Int) {
        width == 1 ? (c, 0) : c.quotientAndRemainder(dividingBy: width)
    }

    /// The row and column of observation n.
    private func position(_ n: Int) -> (r: Int, k: Int) { place(cell(n)) }

    func observation(_ n: Int) -> Observation {
        let c = cell(n), (r, k) = place(c)
        return Observation(zone: zone(r, k), indicator: indicator(r, k), measure: measure(r, k), unit: table.unitSymbol(r, k) ?? "",
                           period: period(r, k), value: table.cells[c].value, isTotal: table.rows[r].isTotal, isSubtotal: table.rows[r].isSubtotal,
                           location: table.location(line: table.rows[r].line, column: table.columns[k].index))
    }

    /// `Observations.forEachExported` of a table: when every cell is an observation, row after
    /// row, cell after cell, without a division to find each one's row and column.
    func forEachExported(in range: Range<Int>, _ body: (String, String, Measure, String, Period, Value?) throws -> Void) rethrows {
        func export(_ c: Int, _ r: Int, _ k: Int) throws {
            try body(zone(r, k), indicator(r, k), measure(r, k), table.unitSymbol(r, k) ?? "", period(r, k), table.cells[c].value)
        }
        guard !range.isEmpty else { return }
        guard let observed else {
            var (r, k) = place(range.lowerBound)
            for c in range {
                try export(c, r, k)
                k += 1
                if k == width { (r, k) = (r + 1, 0) }
            }
            return
        }
        for c in observed[range] {
            let (r, k) = place(c)
            try export(c, r, k)
        }
    }

    func zone(_ n: Int) -> String {
        let (r, k) = position(n)
        return zone(r, k)
    }

    func indicator(_ n: Int) -> String {
        let (r, k) = position(n)
        return indicator(r, k)
    }

    func measure(_ n: Int) -> Measure {
        let (r, k) = position(n)
        return measure(r, k)
    }

    func unit(_ n: Int) -> String {
        let (r, k) = position(n)
        return table.unitSymbol(r, k) ?? ""
    }

    func period(_ n: Int) -> Period {
        let (r, k) = position(n)
        return period(r, k)
    }

    func value(_ n: Int) -> Value? {
        table.cells[cell(n)].value
    }

    func hasValue(_ n: Int) -> Bool {
        !table.cells[cell(n)].isMissing
    }

    func isTotal(_ n: Int) -> Bool { table.rows[position(n).r].isTotal }

    func isSubtotal(_ n: Int) -> Bool { table.rows[position(n).r].isSubtotal }

    private func zone(_ r: Int, _ k: Int) -> String {
        table.columns[k].zone ?? table.fixedZone ?? rowZones![r]
    }

    private func indicator(_ r: Int, _ k: Int) -> String {
        table.rows[r].indicator?.name ?? table.columns[k].indicator
    }

    private func measure(_ r: Int, _ k: Int) -> Measure {
        table.rows[r].indicator?.measure ?? table.columns[k].measure
    }

    private func period(_ r: Int, _ k: Int) -> Period {
        TableLongForm.period(table, r, k, fallback: fallback)
    }

    private static func period(_ table: YearbookTable, _ r: Int, _ k: Int, fallback: Period?) -> Period {
        // A cell without a period anywhere makes `init` throw, so the fallback is there when used.
        var period = table.rows[r].period ?? table.columns[k].period ?? fallback!
        if let m = table.columns[k].monthOfYear, case .year(let y) = period { period = .month(y, m) }
        if table.columns[k].isQuarterly, case .month(let y, let m) = period, m % 3 == 0 { period = .quarter(y, m / 3) }
        return period
    }
}
