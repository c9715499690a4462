import YearbookData

/// The observations one chart shows, chosen from a dataset by the description: the measure,
/// the indicators, the period(s), the zones, and the total row kept aside as a reference.
public struct Selection: Sendable {
    public var file: String
    public var measure: Measure
    public var indicators: [String]
    public var periods: [Period]
    /// Zone rows in table order (totals excluded unless asked for).
    public var observations: [Observation]
    /// The total row's observations, for reference lines, even when not drawn as a bar.
    public var totals: [Observation]
    public var registry: ZoneRegistry

    /// Zones in table order.
    public var zones: [String] { observations.indices.lazy.map { observations[$0].zone }.distinctInOrder() }

    public func unit(of indicator: String) -> String {
        observations.first { $0.indicator == indicator }?.unit ?? ""
    }

    public func value(zone: String, indicator: String, period: Period) -> Observation? {
        observations.first { $0.zone == zone && $0.indicator == indicator && $0.period == period && ($0.flag == nil || $0.flag == .break) }
    }

    public init(dataset: Dataset, registry: ZoneRegistry, description: ChartDescription, timeSeries: Bool) throws {
        file = dataset.file
        self.registry = registry
        let all = dataset.observations
        guard !all.isEmpty else { throw ChartError.nothingToDraw(dataset.file, "the table has no values") }

        let allIndicators = dataset.indicators
        for name in description.indicators where !allIndicators.contains(name) {
            throw ChartError.unknown("indicator", name, in: dataset.file, available: allIndicators)
        }
        let named = description.indicators.isEmpty ? all : Selection.keeping(all) { description.indicators.contains($0.indicator) }
        // The measures present, in one pass that stops once all are seen.
        var present = Set<Measure>()
        for i in named.indices where present.insert(named[i].measure).inserted && present.count == Measure.allCases.count { break }
        let available = Measure.allCases.filter(present.contains)
        if let m = description.measure, !available.contains(m) {
            throw ChartError.unknown("measure", m.rawValue, in: dataset.file, available: available.map(\.rawValue))
        }
        measure = description.measure ?? available.first!
        let chosenMeasure = measure
        indicators = description.indicators.isEmpty
            ? named.lazy.filter { $0.measure == chosenMeasure }.map { $0.indicator }.distinctInOrder()
            : description.indicators
        let indicatorSet = Set(indicators)
        // One indicator (a long series) is compared, not hashed, a million times.
        let only = indicators.count == 1 ? indicators[0] : nil
        var rows = Selection.keeping(named) { $0.measure == chosenMeasure && (only != nil ? $0.indicator == only! : indicatorSet.contains($0.indicator)) }
        if rows.isEmpty {
            throw ChartError.nothingToDraw(dataset.file, "no \(chosenMeasure.rawValue) values for \(indicators.joined(separator: ", "))")
        }

        // Periods with at least one value: a portal's all-empty latest year (2025年 before it
        // is published) is neither the latest period nor the end of a time axis.
        let valued = Period.distinctAscending(Selection.periods(of: rows) { $0.value != nil })
        let tablePeriods = valued.isEmpty ? Period.distinctAscending(rows.lazy.map { $0.period }) : valued
        if let year = description.year {
            guard let period = Period(label: year), tablePeriods.contains(period) else {
                throw ChartError.unknown("year", year, in: dataset.file, available: tablePeriods.map(\.description))
            }
            rows = rows.filter { $0.period == period }
            periods = [period]
        } else if !timeSeries, let latest = tablePeriods.last {
            rows = rows.filter { $0.period == latest }
            periods = [latest]
        } else {
            periods = tablePeriods
            if let first = tablePeriods.first, let last = tablePeriods.last {
                // Periods order by their ordinals: each row's taken once, not four times.
                let span = first.ordinal...last.ordinal
                rows = Selection.keeping(rows) { span.contains($0.period.ordinal) }
            }
        }

        if !description.zones.isEmpty {
            let present = rows.map { $0.zone }.distinctInOrder()
            var wanted: [String] = []
            for name in description.zones {
                let resolved = registry.resolve(name)?.name ?? Label.normalise(name)
                guard present.contains(resolved) else {
                    throw ChartError.unknown("zone", name, in: dataset.file, available: present)
                }
                wanted.append(resolved)
            }
            rows = rows.filter { wanted.contains($0.zone) || ($0.isTotal && description.includeTotal) }
        }
        totals = rows.filter { $0.isTotal }
        // Totals and subtotals (a province above its cities) are not zones to rank or compare,
        // unless asked for by name or with --include-total; a table of nothing but totals (a
        // national series) is drawn as it is.
        let zones = Selection.keeping(rows) { !$0.isTotal && (!description.zones.isEmpty || !$0.isSubtotal) }
        observations = description.includeTotal || zones.isEmpty ? rows : zones
    }

    /// The periods of the observations that satisfy `keep`, read in place.
    static func periods(of observations: [Observation], where keep: (borrowing Observation) -> Bool) -> [Period] {
        observations.indices.compactMap { keep(observations[$0]) ? observations[$0].period : nil }
    }

    /// The observations that satisfy `keep`: `observations` itself, not a copy, when all do, as
    /// they do in a table of one series; copying a million observations costs more than the
    /// test.
    static func keeping(_ observations: [Observation], where keep: (borrowing Observation) -> Bool) -> [Observation] {
        // Tested in place, each observation lent to the test: iterating the array, or passing
        // each to it owned, would copy every observation, strings and all.
        observations.indices.allSatisfy { keep(observations[$0]) } ? observations : observations.filter(keep)
    }
}
