/// Everything one table file says, as observations, with the provenance a chart needs for its
/// source line (资料来源：…) and the title the table was printed under.
public struct Dataset: Sendable {
    public var file: String
    public var title: [String]
    public var sources: [String]
    public var notes: [String]
    public var observations: Observations

    public init(file: String, title: [String] = [], sources: [String] = [], notes: [String] = [], observations: Observations) {
        self.file = file
        self.title = title
        self.sources = sources
        self.notes = notes
        self.observations = observations
    }

    public init(file: String, title: [String] = [], sources: [String] = [], notes: [String] = [], observations: [Observation]) {
        self.init(file: file, title: title, sources: sources, notes: notes, observations: Observations(observations))
    }

    public var zones: [String] { observations.indices.lazy.map(observations.zone).distinctInOrder() }
    public var indicators: [String] { observations.indices.lazy.map(observations.indicator).distinctInOrder() }
    public var periods: [Period] { Period.distinctAscending(observations.indices.lazy.map(observations.period)) }

    /// The observations of one period only.
    public func filtered(period: Period) -> Dataset {
        var copy = self
        copy.observations = observations.keeping { observations.period(at: $0) == period }
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
        let fallback = titlePeriod ?? year ?? (carriesPeriods ? nil : Period.unspecified)
        let observations = Observations(try TableLongForm(self, fallback: fallback))
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
