/// A distance between the ticks of a time axis, the ticks aligned on the calendar: every
/// `months(3)` tick is on 1 January, April, July or October; every `months(60)` tick on
/// 1 January of a year divisible by 5; `days(7)` ticks are on days 1, 8, 15 and 22 of each month.
enum TimeStep: Hashable {
    case days(Int)
    case months(Int)

    /// The natural steps for data of `granularity` spanning `years`, finest first: a step never
    /// splits a period, and steps beyond a year follow 1, 2, 5, 10, 20, 50 … years until one is
    /// longer than the span.
    static func ladder(_ granularity: TimeGranularity, years: Double) -> [TimeStep] {
        var ladder: [TimeStep]
        switch granularity {
        case .day: ladder = [.days(1), .days(7), .months(1), .months(2), .months(3), .months(6)]
        case .month: ladder = [.months(1), .months(2), .months(3), .months(6)]
        case .quarter: ladder = [.months(3), .months(6)]
        case .year: ladder = []
        }
        // Spans are at most 2,000,000 years (see `AxisDate.years`), so 5,000,000 ends every ladder.
        for power in [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000] {
            for factor in [1, 2, 5] {
                ladder.append(.months(12 * factor * power))
                if Double(factor * power) > years { return ladder }
            }
        }
        return ladder
    }

    var isYears: Bool {
        if case .months(let k) = self { return k % 12 == 0 }
        return false
    }

    /// The shortest distance between two neighbouring ticks, in years.
    var minimumSpacing: Double {
        switch self {
        case .days(let n): return Double(n) / Double(AxisDate.slotsPerYear)
        case .months(let k): return Double(k) / 12
        }
    }

    /// Whether every tick of `coarser` is also a tick of this step, so this step can fill the
    /// space between `coarser`'s ticks with minor ones.
    func refines(_ coarser: TimeStep) -> Bool {
        switch (self, coarser) {
        case (.days(1), _), (.days(7), .days(7)), (.days(7), .months): return true
        case (.months(let a), .months(let b)): return b % a == 0
        default: return false
        }
    }

    /// At least as many ticks as fall in `slots`: exact for months, counting every slot (real
    /// day or not) for days. Cheap, so a step with far too many ticks is passed over before any
    /// is made.
    func maximumCount(in slots: ClosedRange<Int>) -> Int {
        switch self {
        case .days(let n): return (slots.count + n - 1) / n
        case .months(let k):
            let months = Self.months(in: slots)
            return max(0, AxisDate.floorDiv(months.upperBound, k) - AxisDate.ceilDiv(months.lowerBound, k) + 1)
        }
    }

    /// The ticks in `slots`, ascending, at most `limit` of them.
    func dates(in slots: ClosedRange<Int>, limit: Int = .max) -> [AxisDate] {
        var dates: [AxisDate] = []
        func add(_ slot: Int) -> Bool {
            let date = AxisDate(slot: slot)
            if slots.contains(slot), date.exists { dates.append(date) }
            return dates.count < limit
        }
        switch self {
        case .days(1):
            for slot in slots where !add(slot) { break }
        case .days(let n):
            let months = AxisDate.floorDiv(slots.lowerBound, AxisDate.slotsPerMonth)...AxisDate.floorDiv(slots.upperBound, AxisDate.slotsPerMonth)
            outer: for month in months {
                for day in stride(from: 0, to: AxisDate.slotsPerMonth - n + 1, by: n) where !add(month * AxisDate.slotsPerMonth + day) {
                    break outer
                }
            }
        case .months(let k):
            let months = Self.months(in: slots)
            let first = AxisDate.ceilDiv(months.lowerBound, k) * k
            guard first <= months.upperBound else { return [] }
            for month in stride(from: first, through: months.upperBound, by: k) where !add(month * AxisDate.slotsPerMonth) { break }
        }
        return dates
    }

    /// The months (12·year + month − 1) whose first day lies in `slots`; empty (upper below
    /// lower) when none does.
    private static func months(in slots: ClosedRange<Int>) -> (lowerBound: Int, upperBound: Int) {
        (AxisDate.ceilDiv(slots.lowerBound, AxisDate.slotsPerMonth), AxisDate.floorDiv(slots.upperBound, AxisDate.slotsPerMonth))
    }
}
