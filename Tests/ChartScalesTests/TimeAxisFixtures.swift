import ChartScales

/// Stand-ins for the chart's text measurer and `Period.ordinal`, so time-axis tests depend on
/// no font and no other module.
enum TimeAxisFixtures {
    /// A 12-point font: CJK characters 1 em, everything else 0.6 em.
    static func width(_ text: String) -> Double {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 12 : 7.2) }
    }

    /// `Period.ordinal`'s formula.
    static func ordinal(_ year: Int, month: Int = 1, day: Int = 1, minute: Int = 0) -> Double {
        Double(year) + (Double(month - 1) + (Double(day - 1) + Double(minute * 60) / 86_400) / 31) / 12
    }

    static func quarter(_ year: Int, _ q: Int) -> Double { Double(year) + Double(q - 1) / 4 }

    static func daysIn(_ year: Int, _ month: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The date `count` days after `year`-`month`-`day`.
    static func adding(days count: Int, to date: (year: Int, month: Int, day: Int)) -> (year: Int, month: Int, day: Int) {
        var (y, m, d) = date
        for _ in 0..<count {
            d += 1
            if d > daysIn(y, m) { (d, m) = (1, m + 1) }
            if m > 12 { (m, y) = (1, y + 1) }
        }
        return (y, m, d)
    }

    /// The moment `count` minutes after minute `minute` of `year`-`month`-`day`.
    static func adding(minutes count: Int, to date: (year: Int, month: Int, day: Int, minute: Int))
        -> (year: Int, month: Int, day: Int, minute: Int) {
        let total = date.minute + count
        let (y, m, d) = adding(days: total / 1440, to: (date.year, date.month, date.day))
        return (y, m, d, total % 1440)
    }

    /// The texts of the labelled ticks.
    static func labels(_ ticks: [TimeTick]) -> [String] {
        ticks.map(\.label).filter { !$0.isEmpty }
    }
}
