import Foundation

/// What a careful analyst checks before trusting a table: that a total row is the sum of its
/// zones, that a printed growth rate agrees with the levels it was computed from, and that a
/// column does not mix units. Disagreements are findings (warnings; errors under `--strict`).
public struct ConsistencyReport: Sendable {
    public struct Finding: Sendable, CustomStringConvertible {
        public var location: SourceLocation
        public var message: String
        public var description: String {
            "\(location): warning: \(message)" + (location.cellName.map { " (cell \($0))" } ?? "")
        }
    }

    public var findings: [Finding] = []
    /// Checks that ran and passed, for `inspect` to show what was verified.
    public var passed: [String] = []

    public init() {}
}

public enum ConsistencyCheck {
    public static func run(_ file: TableFile, dataset: Dataset?) -> ConsistencyReport {
        var report = ConsistencyReport()
        if case .yearbook(let table) = file.content {
            report.findings += table.warnings
            totals(table, into: &report)
            cellUnits(table, into: &report)
        }
        if let dataset {
            // Fields read one by one: iterating would build every observation with all its strings.
            let all = dataset.observations
            if let index = all.indices.first(where: { all.period(at: $0) == .unspecified }) {
                let first = all[index]
                report.findings.append(.init(location: SourceLocation(file: first.location?.file ?? file.file),
                    message: "the table prints no year (not in its title, its header or a 年份 column); its values are read without one, give it with --year"))
            }
            growth(dataset, into: &report)
            if case .tidy = file.content { seriesUnits(dataset, into: &report) }
        }
        return report
    }

    /// Each level column's total row against the sum of the zone rows (of the same period),
    /// and each subtotal row against the rows indented under it.
    static func totals(_ table: YearbookTable, into report: inout ConsistencyReport) {
        let rows = table.rows
        for total in rows.indices where rows[total].isTotal {
            // Members of a group are counted through their subtotal; a province listed among
            // cities without its members is a sum of rows the page does not show.
            let zones = rows.indices.filter { !rows[$0].isTotal && rows[$0].parent == nil && rows[$0].period == rows[total].period }
            sum(total, of: zones, members: "zones", in: table, into: &report)
        }
        // Grouped once: a long outline has as many subtotals as groups, and filtering every row
        // for each of them was quadratic.
        let groups = Dictionary(grouping: rows.indices.filter { rows[$0].parent != nil }) { GroupKey(parent: rows[$0].parent!, period: rows[$0].period) }
        for subtotal in rows.indices where rows[subtotal].isSubtotal {
            guard let members = groups[GroupKey(parent: rows[subtotal].label, period: rows[subtotal].period)] else { continue }
            sum(subtotal, of: members, members: "rows under it", in: table, into: &report)
        }
    }

    private struct GroupKey: Hashable {
        var parent: String
        var period: Period?
    }

    /// One series of the long form; a struct key, not an interpolated string, so that checking
    /// a million observations hashes their fields instead of formatting them.
    private struct SeriesKey: Hashable {
        var zone: String
        var indicator: String
        var measure: Measure
        var period: Period?
    }

    /// Row `total` against the rows `zones`, by their indices in the table.
    private static func sum(_ totalRow: Int, of zones: [Int], members: String, in table: YearbookTable,
                            into report: inout ConsistencyReport) {
        guard !zones.isEmpty else { return }
        let total = table.rows[totalRow]
        for (k, column) in table.columns.enumerated() where column.measure == .level {
            guard let printed = table.cell(totalRow, k).value else { continue }
            let values = zones.map { table.cell($0, k).value }
            let name = "\(total.label) «\(column.name)»"
            guard values.allSatisfy({ $0 != nil }) else {
                report.passed.append("\(name): not checked, \(values.filter { $0 == nil }.count) of \(zones.count) \(members) missing")
                continue
            }
            let present = values.compactMap { $0 }
            let sum = present.reduce(0) { $0 + $1.number }
            let decimals = (present + [printed]).map(\.decimals).max() ?? 0
            let tolerance = 0.5 * pow(10, -Double(decimals)) * Double(present.count + 1) + 1e-9
            if abs(sum - printed.number) > tolerance {
                report.findings.append(.init(location: table.location(line: total.line, column: column.index),
                    message: "\(name) is \(printed.text) but its \(zones.count) \(members) sum to \(Value(computed: sum, decimals: decimals).text)"))
            } else {
                report.passed.append("\(name) = sum of its \(zones.count) \(members) (\(printed.text))")
            }
        }
    }

    /// A column without a unit of its own whose cells print different units.
    static func cellUnits(_ table: YearbookTable, into report: inout ConsistencyReport) {
        for (k, column) in table.columns.enumerated() where column.unitOrigin == .cells {
            var lines: [String: [Int]] = [:]
            for (r, row) in table.rows.enumerated() {
                if case .number(_, let unit?) = table.cell(r, k).content { lines[unit, default: []].append(row.line) }
            }
            if lines.count > 1 {
                let parts = lines.sorted { $0.value[0] < $1.value[0] }.map { "\($0.key) (lines \($0.value.map(String.init).joined(separator: ", ")))" }
                report.findings.append(.init(location: table.location(line: table.headerLines[0], column: column.index),
                                             message: "column «\(column.name)» mixes units: \(parts.joined(separator: "; "))"))
            }
        }
    }

    /// A long-form series whose unit changes from one value to the next.
    static func seriesUnits(_ dataset: Dataset, into report: inout ConsistencyReport) {
        var firstUnit: [SeriesKey: (index: Int, unit: String)] = [:]
        var mixed: [SeriesKey: Set<String>] = [:]
        var last: (key: SeriesKey, unit: String)?
        let all = dataset.observations
        // A table in one unit throughout (the common case) has no series to check: said in one
        // pass of comparisons, without hashing a key for each of its series.
        if let unit = all.first?.unit, all.indices.allSatisfy({ all.unit(at: $0) == unit }) { return }
        for index in all.indices {
            let key = SeriesKey(zone: all.zone(at: index), indicator: all.indicator(at: index), measure: all.measure(at: index))
            let unit = all.unit(at: index)
            // A series' observations mostly come together: the one before answers without hashing.
            if let last, last.key == key, last.unit == unit { continue }
            last = (key, unit)
            if let first = firstUnit[key] {
                if first.unit != unit { mixed[key, default: [first.unit]].insert(unit) }
            } else {
                firstUnit[key] = (index, unit)
            }
        }
        let ordered = mixed.keys.sorted { ($0.zone, $0.indicator, $0.measure.rawValue) < ($1.zone, $1.indicator, $1.measure.rawValue) }
        for key in ordered {
            let first = dataset.observations[firstUnit[key]!.index]
            report.findings.append(.init(location: first.location ?? SourceLocation(file: dataset.file),
                message: "\(first.zone) «\(first.indicator)» (\(first.measure.rawValue)) mixes units \(mixed[key]!.sorted().joined(separator: ", "))"))
        }
    }

    /// Printed growth against the two levels it was computed from, where both are present,
    /// allowing for the rounding of every printed figure; a level of 0 must read −100%.
    static func growth(_ dataset: Dataset, into report: inout ConsistencyReport) {
        let all = dataset.observations
        guard all.indices.contains(where: { all.measure(at: $0) == .growth }) else { return }
        var levels: [SeriesKey: Observation] = [:]
        func key(_ o: Observation, _ period: Period) -> SeriesKey {
            SeriesKey(zone: o.zone, indicator: o.indicator, measure: .level, period: period)
        }
        for i in all.indices where all.measure(at: i) == .level && all.flag(at: i) == nil {
            let o = all[i]
            levels[key(o, o.period)] = o
        }
        for i in all.indices where all.measure(at: i) == .growth && all.flag(at: i) == nil && all.period(at: i) != .unspecified {
            let g = all[i]
            guard let printed = g.value, let current = levels[key(g, g.period)],
                  let level = current.value else { continue }
            let name = "\(g.zone) «\(g.indicator)» \(g.period)"
            let here = g.location ?? SourceLocation(file: dataset.file)
            if level.number == 0, printed.number != -100, printed.number != 0 {
                report.findings.append(.init(location: here, message: "\(name): the level is 0 but the growth is \(printed.text)%; a fall to 0 is −100%"))
                continue
            }
            if printed.number == -100, level.number != 0 {
                report.findings.append(.init(location: here, message: "\(name): the growth is −100% but the level is \(level.text), not 0"))
                continue
            }
            guard let before = levels[key(g, g.period.yearEarlier)], let base = before.value,
                  base.number > 0, Unit(before.unit).canConvert(to: Unit(current.unit)),
                  let baseInUnit = Unit(before.unit).convert(base.number, to: Unit(current.unit)) else { continue }
            let e1 = 0.5 * pow(10, -Double(level.decimals))
            let e2 = 0.5 * pow(10, -Double(base.decimals)) * Unit(before.unit).factor / Unit(current.unit).factor
            let low = ((level.number - e1) / (baseInUnit + e2) - 1) * 100 - 0.5 * pow(10, -Double(printed.decimals))
            let high = ((level.number + e1) / max(baseInUnit - e2, .leastNonzeroMagnitude) - 1) * 100 + 0.5 * pow(10, -Double(printed.decimals))
            if printed.number < low - 1e-9 || printed.number > high + 1e-9 {
                let computed = (level.number / baseInUnit - 1) * 100
                report.findings.append(.init(location: here,
                    message: "\(name): printed growth \(printed.text)% but \(g.period.yearEarlier) → \(g.period) levels \(base.text) → \(level.text) give \(Value(computed: computed, decimals: 1).text)%"))
            } else {
                report.passed.append("\(name): growth \(printed.text)% agrees with levels \(base.text) → \(level.text)")
            }
        }
    }

}
