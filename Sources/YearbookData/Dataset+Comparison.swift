extension Dataset {
    /// Each zone's level of `indicator` in `period` as a % of the total row, or of the sum of the
    /// zones where the table has no total. nil for a missing value; all nil when the total is
    /// missing or zero.
    public func shares(of indicator: String, in period: Period) -> [(zone: String, share: Double?)] {
        let rows = observations.filter { $0.indicator == indicator && $0.measure == .level && $0.period == period && $0.flag == nil }
        let zones = rows.filter { !$0.isTotal && !$0.isSubtotal }
        let total: Double?
        if let printed = rows.first(where: \.isTotal) {
            total = printed.value?.number
        } else {
            total = zones.allSatisfy { $0.value != nil } ? zones.reduce(0) { $0 + $1.value!.number } : nil
        }
        return zones.map { o in
            guard let total, total != 0, let v = o.value?.number else { return (o.zone, nil) }
            return (o.zone, v / total * 100)
        }
    }

    /// Zones ranked by `indicator` in `period`, 1 for the largest (or smallest with
    /// `ascending`); equal values share a place (1, 2, 2, 4). Totals are not ranked; a
    /// missing value has no place.
    public func ranks(of indicator: String, measure: Measure = .level, in period: Period, ascending: Bool = false) -> [(zone: String, rank: Int?)] {
        let rows = observations.filter { $0.indicator == indicator && $0.measure == measure && $0.period == period && !$0.isTotal && !$0.isSubtotal && $0.flag == nil }
        let values = rows.compactMap { $0.value?.number }
        return rows.map { o in
            guard let v = o.value?.number else { return (o.zone, nil) }
            return (o.zone, 1 + values.filter { ascending ? $0 < v : $0 > v }.count)
        }
    }
}
