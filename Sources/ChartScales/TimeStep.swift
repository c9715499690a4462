/// A distance between the ticks of a time axis, the ticks aligned on the calendar: every
/// `months(3)` tick is on 1 January, April, July or October; every `months(60)` tick on
/// 1 January of a year divisible by 5; `days(7)` ticks are on days 1, 8, 15 and 22 of each month;
/// `minutes(360)` ticks at 0:00, 6:00, 12:00 and 18:00 of each day.
enum TimeStep: Hashable {
    case minutes(Int)
    case days(Int)
    case months(Int)

    /// The natural steps for data of `granularity` spanning `years`, finest first: a step never
    /// splits a period, and steps beyond a year follow 1, 2, 5, 10, 20, 50 … years until one is
    /// longer than the span.
    static func ladder(_ granularity: TimeGranularity, years: Double) -> [TimeStep] {
        var ladder: [TimeStep]
        let days: [TimeStep] = [.days(1), .days(7), .months(1), .months(2), .months(3), .months(6)]
        switch granularity {
        case .time: ladder = [1, 5, 10, 15, 30, 60, 120, 180, 360, 720].map { .minutes($0) } + days
        case .day: ladder = days
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
        case .minutes(let n): return Double(n) / Double(AxisDate.minutesPerYear)
        case .days(let n): return Double(n) / Double(AxisDate.slotsPerYear)
        case .months(let k): return Double(k) / 12
        }
    }

    /// Whether every tick of `coarser` is also a tick of this step, so this step can fill the
    /// space between `coarser`'s ticks with minor ones.
    func refines(_ coarser: TimeStep) -> Bool {
        switch (self, coarser) {
        case (.minutes(let a), .minutes(let b)): return b % a == 0
        case (.minutes(let a), _): return AxisDate.minutesPerDay % a == 0
        case (.days(1), .days), (.days(1), .months), (.days(7), .days(7)), (.days(7), .months): return true
        case (.months(let a), .months(let b)): return b % a == 0
        default: return false
        }
    }

    /// At least as many ticks as fall in `minutes` (minute slots, see `AxisDate`): exact for
    /// months, counting every slot (real day or not) for days and minutes. Cheap, so a step with
    /// far too many ticks is passed over before any is made.
    func maximumCount(in minutes: ClosedRange<Int>) -> Int {
        let range: (lowerBound: Int, upperBound: Int)
        switch self {
        case .minutes(let n): range = (AxisDate.ceilDiv(minutes.lowerBound, n), AxisDate.floorDiv(minutes.upperBound, n))
        case .days(let n):
            let days = Self.units(in: minutes, of: AxisDate.minutesPerDay)
            return max(0, days.upperBound - days.lowerBound + n) / n
        case .months(let k):
            let months = Self.units(in: minutes, of: AxisDate.minutesPerMonth)
            range = (AxisDate.ceilDiv(months.lowerBound, k), AxisDate.floorDiv(months.upperBound, k))
        }
        return max(0, range.upperBound - range.lowerBound + 1)
    }

    /// The ticks in `minutes`, ascending, at most `limit` of them.
    func dates(in minutes: ClosedRange<Int>, limit: Int = .max) -> [AxisDate] {
        var dates: [AxisDate] = []
        func add(_ minuteSlot: Int) -> Bool {
            let date = AxisDate(minuteSlot: minuteSlot)
            if minutes.contains(minuteSlot), date.exists { dates.append(date) }
            return dates.count < limit
        }
        switch self {
        case .minutes(let n):
            let first = AxisDate.ceilDiv(minutes.lowerBound, n) * n
            guard first <= minutes.upperBound else { return [] }
            for slot in stride(from: first, through: minutes.upperBound, by: n) where !add(slot) { break }
        case .days(1):
            let days = Self.units(in: minutes, of: AxisDate.minutesPerDay)
            guard days.lowerBound <= days.upperBound else { return [] }
            for day in days.lowerBound...days.upperBound where !add(day * AxisDate.minutesPerDay) { break }
        case .days(let n):
            let months = AxisDate.floorDiv(minutes.lowerBound, AxisDate.minutesPerMonth)...AxisDate.floorDiv(minutes.upperBound, AxisDate.minutesPerMonth)
            outer: for month in months {
                for day in stride(from: 0, to: AxisDate.slotsPerMonth - n + 1, by: n)
                where !add((month * AxisDate.slotsPerMonth + day) * AxisDate.minutesPerDay) {
                    break outer
                }
            }
        case .months(let k):
            let months = Self.units(in: minutes, of: AxisDate.minutesPerMonth)
            let first = AxisDate.ceilDiv(months.lowerBound, k) * k
            guard first <= months.upperBound else { return [] }
            for month in stride(from: first, through: months.upperBound, by: k) where !add(month * AxisDate.minutesPerMonth) { break }
        }
        return dates
    }

    /// The days or months (`size` minutes each, counted from year 0) whose start lies in
    /// `minutes`; empty (upper below lower) when none does.
    private static func units(in minutes: ClosedRange<Int>, of size: Int) -> (lowerBound: Int, upperBound: Int) {
        (AxisDate.ceilDiv(minutes.lowerBound, size), AxisDate.floorDiv(minutes.upperBound, size))
    }
}
