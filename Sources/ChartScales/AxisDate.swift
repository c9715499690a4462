/// A period start as a calendar date and time of day, placed on the time axis as
/// `Period.ordinal` places it: a year is 12 months of 31 day slots, so day d of month m of
/// year y sits at slot y·372 + (m−1)·31 + (d−1), and minute n of that day at minute slot
/// slot·1440 + n. Every period start is a whole minute slot (a second-dated period is placed to
/// its minute), so tick arithmetic stays in integers, free of floating-point drift.
struct AxisDate: Hashable {
    static let slotsPerMonth = 31
    static let slotsPerYear = 372
    static let minutesPerDay = 1440
    static let minutesPerMonth = slotsPerMonth * minutesPerDay
    static let minutesPerYear = slotsPerYear * minutesPerDay
    /// The years a time axis can span: beyond them a minute slot no longer fits the doubles'
    /// precision.
    static let years = -1_000_000.0...1_000_000.0

    let year: Int
    let month: Int
    let day: Int
    /// The minute of the day, 0..<1440.
    let minute: Int

    init(year: Int, month: Int, day: Int = 1, minute: Int = 0) {
        self.year = year
        self.month = month
        self.day = day
        self.minute = minute
    }

    init(slot: Int, minute: Int = 0) {
        let inYear = Self.mod(slot, Self.slotsPerYear)
        self.init(year: Self.floorDiv(slot, Self.slotsPerYear), month: inYear / Self.slotsPerMonth + 1,
                  day: inYear % Self.slotsPerMonth + 1, minute: minute)
    }

    init(minuteSlot: Int) {
        self.init(slot: Self.floorDiv(minuteSlot, Self.minutesPerDay), minute: Self.mod(minuteSlot, Self.minutesPerDay))
    }

    /// The period of `granularity` whose start is nearest `ordinal`, or nil for an ordinal
    /// that is not finite or outside `years`. Rounding in the period's own units (months:
    /// ordinal × 12) absorbs the last bits of noise that 2016 + 1/12 carries.
    init?(ordinal: Double, granularity: TimeGranularity) {
        guard ordinal.isFinite, Self.years.contains(ordinal) else { return nil }
        switch granularity {
        case .year: self.init(year: Int(ordinal.rounded()), month: 1)
        case .quarter: self.init(slot: Int((ordinal * 4).rounded()) * 3 * Self.slotsPerMonth)
        case .month: self.init(slot: Int((ordinal * 12).rounded()) * Self.slotsPerMonth)
        case .day: self.init(slot: Int((ordinal * Double(Self.slotsPerYear)).rounded()))
        case .time: self.init(minuteSlot: Int((ordinal * Double(Self.minutesPerYear)).rounded()))
        }
    }

    var slot: Int { year * Self.slotsPerYear + (month - 1) * Self.slotsPerMonth + (day - 1) }

    var minuteSlot: Int { slot * Self.minutesPerDay + minute }

    /// The position, by the very formula of `Period.ordinal`, so a tick and the datum of the
    /// same period land on the same point.
    var ordinal: Double { Double(year) + (Double(month - 1) + (Double(day - 1) + Double(minute * 60) / 86_400) / 31) / 12 }

    var quarter: Int { (month - 1) / 3 + 1 }

    var isYearStart: Bool { month == 1 && day == 1 && minute == 0 }

    /// Whether the date exists: slots 29–31 of short months are not days.
    var exists: Bool { day <= Self.daysIn(year, month) }

    static func daysIn(_ year: Int, _ month: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func floorDiv(_ a: Int, _ b: Int) -> Int { (a - mod(a, b)) / b }

    static func ceilDiv(_ a: Int, _ b: Int) -> Int { -floorDiv(-a, b) }

    static func mod(_ a: Int, _ b: Int) -> Int { ((a % b) + b) % b }
}
