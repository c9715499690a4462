import Foundation

extension Series {
    /// Growth in % from the previous period (the previous year for yearly data, the same month
    /// or quarter a year earlier otherwise). nil where either value is missing, the earlier one
    /// is not positive, or a break lies between: a change of boundary is not growth.
    public func growth(at period: Period) -> Double? {
        let previousPeriod = period.yearEarlier
        guard period != .unspecified, let now = actual(at: period)?.number, let before = actual(at: previousPeriod)?.number,
              before > 0, !hasBreak(between: previousPeriod, and: period) else { return nil }
        return (now / before - 1) * 100
    }

    /// Compound annual growth rate in % between two periods, nil across a break or where a value
    /// is missing or not positive.
    public func cagr(from start: Period, to end: Period) -> Double? {
        let years = end.ordinal - start.ordinal
        guard years > 0, let a = actual(at: start)?.number, let b = actual(at: end)?.number, a > 0, b > 0,
              !hasBreak(between: start, and: end) else { return nil }
        return (pow(b / a, 1 / years) - 1) * 100
    }
}
