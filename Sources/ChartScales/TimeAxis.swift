/// The domain of a time axis in minute slots (see `AxisDate`) and how many points a year takes:
/// what deciding whether a step's labels fit needs.
struct TimeAxis {
    let minutes: ClosedRange<Int>
    let granularity: TimeGranularity
    let language: TimeLanguage
    let pointsPerYear: Double
    let gap: Double

    /// How many year-naming labels are measured per step: their widths differ only by their
    /// digits, so a sample spread over the span finds the widest without measuring thousands.
    static let sampledYears = 8

    /// The axis for data from `first` to `last` (either order), or nil when no period start
    /// lies between them or they are not years a calendar can hold.
    init?(first: Double, last: Double, granularity: TimeGranularity, language: TimeLanguage, availableLength: Double, gap: Double) {
        let lower = min(first, last), upper = max(first, last)
        guard AxisDate.years.contains(lower), AxisDate.years.contains(upper) else { return nil }
        // A thousandth of a minute absorbs the noise of 2016 + 1/12 (and of a million years)
        // without admitting a neighbour.
        let perYear = Double(AxisDate.minutesPerYear)
        let minutes = (Int((lower * perYear - 1e-3).rounded(.up)), Int((upper * perYear + 1e-3).rounded(.down)))
        guard minutes.0 <= minutes.1 else { return nil }
        self.minutes = minutes.0...minutes.1
        self.granularity = granularity
        self.language = language
        pointsPerYear = upper > lower ? availableLength / (upper - lower) : 0
        self.gap = gap
    }

    /// The labelled ticks of `step`: the first and every year boundary name the year.
    func ticks(_ step: TimeStep, limit: Int = .max) -> [TimeTick] {
        step.dates(in: minutes, limit: limit).enumerated().map { index, date in
            let namesYear = index == 0 || date.isYearStart || step.isYears
            return TimeTick(ordinal: date.ordinal, label: label(date, step, namesYear: namesYear), isMajor: namesYear)
        }
    }

    /// Whether `step`'s labels, centred on their ticks, stay `gap` apart. Measures the first
    /// tick, a sample of the year-naming labels and every shorter label the step can print
    /// ("4月" … "12月"), so the cost does not grow with the number of ticks; any two neighbours
    /// are then bounded by the widest of each kind.
    func fits(_ step: TimeStep, widths: inout [String: Double], measure: (String) throws -> Double) rethrows -> Bool {
        let head = ticks(step, limit: 2)
        guard head.count == 2 else { return false }
        let spacing = step.minimumSpacing * pointsPerYear
        let firstWidth = try Self.width(head[0].label, &widths, measure)
        var widest = firstWidth
        for date in sampledYearStarts(step) {
            widest = max(widest, try Self.width(label(date, step, namesYear: true), &widths, measure))
        }
        if step.isYears { return widest + gap <= spacing }
        var widestShort = 0.0
        for date in shortLabelDates(step) {
            widestShort = max(widestShort, try Self.width(label(date, step, namesYear: false), &widths, measure))
        }
        guard max(widest + widestShort, 2 * widestShort) / 2 + gap <= spacing else { return false }
        // A first tick just before a year boundary (2016年12月, 2017年1月) puts two year-naming
        // labels side by side.
        guard head[1].isMajor else { return true }
        let secondWidth = try Self.width(head[1].label, &widths, measure)
        return (firstWidth + secondWidth) / 2 + gap <= (head[1].ordinal - head[0].ordinal) * pointsPerYear
    }

    private func label(_ date: AxisDate, _ step: TimeStep, namesYear: Bool) -> String {
        TimeLabels.tick(date, step: step, namesYear: namesYear, granularity: granularity, language: language)
    }

    /// Up to `sampledYears` of the step's year-boundary ticks, spread evenly from the first to
    /// the last.
    private func sampledYearStarts(_ step: TimeStep) -> [AxisDate] {
        var every = 1
        if case .months(let k) = step, step.isYears { every = k / 12 }
        let first = AxisDate.ceilDiv(AxisDate.ceilDiv(minutes.lowerBound, AxisDate.minutesPerYear), every)
        let last = AxisDate.floorDiv(AxisDate.floorDiv(minutes.upperBound, AxisDate.minutesPerYear), every)
        guard first <= last else { return [] }
        let count = last - first + 1, samples = min(count, Self.sampledYears)
        return (0..<samples).map { i in
            let n = samples == 1 ? first : first + Int((Double(i) * Double(count - 1) / Double(samples - 1)).rounded())
            return AxisDate(year: n * every, month: 1)
        }
    }

    /// One date for every label shorter than a year-naming one that `step` can print: the
    /// months or quarters it ticks after January, for days the days after the 1st and the 1st
    /// of each later month, for times of day the first ticks after midnight, the hours, and
    /// midnight of the 28th of each month (where the day is named).
    private func shortLabelDates(_ step: TimeStep) -> [AxisDate] {
        let year = AxisDate(minuteSlot: minutes.lowerBound).year
        switch step {
        case .minutes(let n):
            let first = stride(from: n, to: AxisDate.minutesPerDay, by: n).prefix(8)
            let hours = stride(from: 60, to: AxisDate.minutesPerDay, by: 60).filter { $0 % n == 0 }
            return Set(first + hours).sorted().map { AxisDate(year: year, month: 1, day: 1, minute: $0) } + (1...12).map { AxisDate(year: year, month: $0, day: 28) }
        case .months(let k):
            return stride(from: 1 + k, through: 12, by: k).map { AxisDate(year: year, month: $0) }
        case .days(let n):
            return stride(from: 1 + n, through: AxisDate.slotsPerMonth - n + 1, by: n).map { AxisDate(year: year, month: 1, day: $0) }
                + (2...12).map { AxisDate(year: year, month: $0) }
        }
    }

    /// The width of `text`, measured once per search.
    private static func width(_ text: String, _ widths: inout [String: Double], _ measure: (String) throws -> Double) rethrows -> Double {
        if let known = widths[text] { return known }
        let width = try measure(text)
        widths[text] = width
        return width
    }
}
