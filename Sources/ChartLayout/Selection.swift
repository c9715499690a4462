import YearbookData

/// The observations one chart shows, chosen from a dataset by the description: the measure,
/// the indicators, the period(s), the zones, and the total row kept aside as a reference.
public struct Selection: Sendable {
    public var file: String
    public var measure: Measure
    public var indicators: [String]
    public var periods: [Period]
    /// Zone rows in table order (totals excluded unless asked for).
    public private(set) var observations: Observations
    /// The total row's observations, for reference lines, even when not drawn as a bar.
    public var totals: [Observation]
    public var registry: ZoneRegistry

    /// Zones in table order: found once, since every chart kind asks, some many times, and a
    /// long series has a million observations to look through.
    public let zones: [String]

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
        let named = description.indicators.isEmpty ? all : all.keeping { description.indicators.contains(all.indicator(at: $0)) }
        // The measures present, in one pass that stops once all are seen.
        var present = Set<Measure>()
        for i in named.indices where present.insert(named.measure(at: i)).inserted && present.count == Measure.allCases.count { break }
        let available = Measure.allCases.filter(present.contains)
        if let m = description.measure, !available.contains(m) {
            throw ChartError.unknown("measure", m.rawValue, in: dataset.file, available: available.map(\.rawValue))
        }
        measure = description.measure ?? available.first!
        let chosenMeasure = measure
        indicators = description.indicators.isEmpty
            ? named.indices.lazy.filter { named.measure(at: $0) == chosenMeasure }.map(named.indicator).distinctInOrder()
            : description.indicators
        let indicatorSet = Set(indicators)
        // One indicator (a long series) is compared, not hashed, a million times.
        let only = indicators.count == 1 ? indicators[0] : nil
        var rows = named.keeping {
            named.measure(at: $0) == chosenMeasure && (only != nil ? named.indicator(at: $0) == only! : indicatorSet.contains(named.indicator(at: $0)))
        }
        if rows.isEmpty {
            throw ChartError.nothingToDraw(dataset.file, "no \(chosenMeasure.rawValue) values for \(indicators.joined(separator: ", "))")
        }

        // Periods with at least one value: a portal's all-empty latest year (2025年 before it
        // is published) is neither the latest period nor the end of a time axis.
        let allValued = rows.indices.allSatisfy(rows.hasValue)
        // Two calls, not one on a choice of the two: the choice's one type would be an array.
        let valued = allValued ? Period.distinctAscending(rows.indices.lazy.map(rows.period))
            : Period.distinctAscending(rows.indices.lazy.filter(rows.hasValue).map(rows.period))
        let tablePeriods = valued.isEmpty ? Period.distinctAscending(rows.indices.lazy.map(rows.period)) : valued
        if let year = description.year {
            guard let period = Period(label: year), tablePeriods.contains(period) else {
                throw ChartError.unknown("year", year, in: dataset.file, available: tablePeriods.map(\.description))
            }
            rows = rows.keeping { rows.period(at: $0) == period }
            periods = [period]
        } else if !timeSeries, let latest = tablePeriods.last {
            rows = rows.keeping { rows.period(at: $0) == latest }
            periods = [latest]
        } else {
            periods = tablePeriods
            // Where every row has a value, every row's period is in the span already.
            if !allValued, let first = tablePeriods.first, let last = tablePeriods.last {
                // Periods order by their ordinals: each row's taken once, not four times.
                let span = first.ordinal...last.ordinal
                rows = rows.keeping { span.contains(rows.period(at: $0).ordinal) }
            }
        }

        if !description.zones.isEmpty {
            let present = rows.indices.lazy.map(rows.zone).distinctInOrder()
            var wanted: [String] = []
            for name in description.zones {
                let resolved = registry.resolve(name)?.name ?? Label.normalise(name)
                guard present.contains(resolved) else {
                    throw ChartError.unknown("zone", name, in: dataset.file, available: present)
                }
                wanted.append(resolved)
            }
            rows = rows.keeping { wanted.contains(rows.zone(at: $0)) || (rows.isTotal(at: $0) && description.includeTotal) }
        }
        // The totals, and whether any row is a total or a subtotal, in one pass: a long series
        // has neither, and is not passed over again to keep all of it.
        var totalRows: [Int] = [], anySetAside = false
        for i in rows.indices {
            if rows.isTotal(at: i) {
                totalRows.append(i)
                anySetAside = true
            } else if !anySetAside && rows.isSubtotal(at: i) {
                anySetAside = true
            }
        }
        totals = totalRows.map { rows[$0] }
        // Totals and subtotals (a province above its cities) are not zones to rank or compare,
        // unless asked for by name or with --include-total; a table of nothing but totals (a
        // national series) is drawn as it is.
        let zoneRows = !anySetAside ? rows : rows.keeping { !rows.isTotal(at: $0) && (!description.zones.isEmpty || !rows.isSubtotal(at: $0)) }
        observations = description.includeTotal || zoneRows.isEmpty ? rows : zoneRows
        zones = observations.indices.lazy.map(observations.zone).distinctInOrder()
    }
}
