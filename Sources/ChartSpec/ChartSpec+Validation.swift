import ChartLayout
import YearbookData

extension ChartSpec {
    /// The description to draw with, after checking the spec's names against the table it draws:
    /// an indicator, zone or year the table does not have is an error at the key's line, with
    /// the names it does have, closest first.
    public func checked(against table: TableFile, dataset: Dataset) throws -> ChartDescription {
        func unknown(_ key: String, _ what: String, _ name: String, _ available: [String]) -> DataError {
            let ranked = Suggestions.closest(to: name, in: available)
            return DataError(location(of: key), "«\(key)»: \(table.file) has no \(what) \"\(name)\"; did you mean \(ranked[0])? It has: \(ranked.joined(separator: ", "))")
        }
        let indicators = dataset.indicators
        for name in description.indicators where !indicators.contains(name) {
            throw unknown("indicator", "indicator", name, indicators)
        }
        let zones = dataset.zones
        for name in description.zones where !zones.contains(table.registry.resolve(name)?.name ?? Label.normalise(name)) {
            throw unknown("zones", "zone", name, zones)
        }
        var d = description
        let carriesPeriods = table.carriesPeriods
        if carriesPeriods, let year = d.year, !dataset.periods.contains(where: { $0.description == Period(label: year)?.description }) {
            throw unknown("year", "year", year, dataset.periods.map(\.description))
        }
        if !carriesPeriods { d.year = nil }
        return d
    }

    /// The period to read a table with that prints none, from `year:`; nil when the table carries its own.
    /// A chart file must say it; on the command line the table loads without one, with a warning.
    public func suppliedYear(for table: TableFile) throws -> Period? {
        guard !table.carriesPeriods else { return nil }
        guard let year = description.year.flatMap(Period.init(label:)) else {
            if fromCommandLine { return nil }
            throw DataError(SourceLocation(file: file), "«year» is missing: \(table.file) carries no year of its own; add year: 2020 (the year its figures are for)")
        }
        return year
    }
}
