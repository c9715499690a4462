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
        withoutActuallyEscaping(field) { field in observations.indices.lazy.map { field(observations[$0]) }.distinctInOrder() }
    }

    public var zones: [String] { distinct { $0.zone } }
    public var indicators: [String] { distinct { $0.indicator } }
    public var periods: [Period] { Period.distinctAscending(observations.lazy.map { $0.period }) }

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
        observations.reserveCapacity(rows.count * columns.count)
        let fallback = titlePeriod ?? year ?? (carriesPeriods ? nil : Period.unspecified)
        let columns = self.columns
        // Rows and cells read by index: copying each would retain all of their strings.
        for r in rows.indices {
            let rowZone = fixedZone ?? (rows[r].isTotal ? Label.key(rows[r].label) : (rows[r].zone?.name ?? rows[r].label))
            let rowIndicator = rows[r].indicator
            for k in 0..<min(columns.count, rows[r].cells.count) {
                guard var period = rows[r].period ?? columns[k].period ?? fallback else {
                    throw DataError(location(line: headerLines.first ?? 1, column: columns[k].index),
                                    "column «\(columns[k].name)» carries no year while others do; give one with --year")
                }
                if let m = columns[k].monthOfYear, case .year(let y) = period { period = .month(y, m) }
                if columns[k].isQuarterly, case .month(let y, let m) = period {
                    if m % 3 == 0 { period = .quarter(y, m / 3) } else if rows[r].cells[k].isMissing { continue }
                }
                observations.append(Observation(
                    zone: columns[k].zone ?? rowZone,
                    indicator: rowIndicator?.name ?? columns[k].indicator, measure: rowIndicator?.measure ?? columns[k].measure,
                    unit: rows[r].cells[k].unitSymbol ?? "",
                    period: period, value: rows[r].cells[k].value, isTotal: rows[r].isTotal, isSubtotal: rows[r].isSubtotal,
                    location: location(line: rows[r].line, column: columns[k].index)))
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
        Period.distinctAscending(rows.compactMap { $0.period } + columns.compactMap { $0.period } + [titlePeriod].compactMap { $0 })
    }
}
