/// Everything one table file says, as observations, with the provenance a chart needs for its
/// source line (资料来源：…) and the title the table was printed under.
public struct Dataset: Sendable {
    public var file: String
    public var title: [String]
    public var sources: [String]
    public var notes: [String]
    public var observations: [Observation]

    public init(file: String, title: [String] = [], sources: [String] = [], notes: [String] = [], observations: [Observation]) {
        self.file = file
        self.title = title
        self.sources = sources
        self.notes = notes
        self.observations = observations
    }

    /// Distinct values of a field, in the order they first appear.
    public func distinct<T: Hashable>(_ field: (Observation) -> T) -> [T] {
        var seen = Set<T>()
        return observations.map(field).filter { seen.insert($0).inserted }
    }

    public var zones: [String] { distinct(\.zone) }
    public var indicators: [String] { distinct(\.indicator) }
    public var periods: [Period] { distinct(\.period).sorted() }

    /// The observations of one period only.
    public func filtered(period: Period) -> Dataset {
        var copy = self
        copy.observations = observations.filter { $0.period == period }
        return copy
    }
}

extension YearbookTable {
    /// The table in long form. `year` supplies the period of a table that prints none, or
    /// picks one period from a table that prints several.
    public func dataset(year: Period? = nil) throws -> Dataset {
        if let titlePeriod, let year, periodColumn == nil, !columns.contains(where: { $0.period != nil }), titlePeriod != year {
            throw DataError(SourceLocation(file: file, line: 1), "--year \(year) contradicts the table's title, which says \(titlePeriod)")
        }
        var observations: [Observation] = []
        for row in rows {
            for (column, cell) in zip(columns, row.cells) {
                guard var period = row.period ?? column.period ?? titlePeriod ?? year ?? (carriesPeriods ? nil : .unspecified) else {
                    throw DataError(location(line: headerLines.first ?? 1, column: column.index),
                                    "column «\(column.name)» carries no year while others do; give one with --year")
                }
                if let m = column.monthOfYear, case .year(let y) = period { period = .month(y, m) }
                if column.isQuarterly, case .month(let y, let m) = period {
                    if m % 3 == 0 { period = .quarter(y, m / 3) } else if cell.isMissing { continue }
                }
                let zone = column.zone ?? fixedZone ?? (row.isTotal ? Label.key(row.label) : (row.zone?.name ?? row.label))
                observations.append(Observation(
                    zone: zone,
                    indicator: row.indicator?.name ?? column.indicator, measure: row.indicator?.measure ?? column.measure,
                    unit: cell.unit?.symbol ?? "",
                    period: period, value: cell.value, isTotal: row.isTotal, isSubtotal: row.isSubtotal,
                    location: location(line: row.line, column: column.index)))
            }
        }
        var result = Dataset(file: file, title: title, sources: sources, notes: notes, observations: observations)
        if carriesPeriods, let year {
            result = result.filtered(period: year)
            if result.observations.isEmpty {
                throw DataError(SourceLocation(file: file), "the table has no values for \(year); it has \(self.periods.map(\.description).joined(separator: ", "))")
            }
        }
        return result
    }

    /// The periods the table prints, in time order.
    public var periods: [Period] {
        Array(Set(rows.compactMap(\.period) + columns.compactMap(\.period) + [titlePeriod].compactMap { $0 })).sorted()
    }
}
