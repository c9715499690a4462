/// Ticks for time axes: years, quarters, months, days and times of day on true time, at calendar
/// steps, with the year named once. Positions are ordinals in years, as `Period.ordinal` gives
/// them (2020 → 2020.0, month m of y → y + (m−1)/12, quarter q → y + (q−1)/4, day → y + (m−1 +
/// (d−1)/31)/12, second s of that day → y + (m−1 + (d−1 + s/86,400)/31)/12).
public enum TimeTicks {
    /// Unlabelled minor ticks are no closer than this, in points: closer, they read as a comb.
    static let minorSpacing = 6.0
    /// A step with more ticks than this is passed over: no axis shows a million labels, and an
    /// infinite `availableLength` must not make one.
    static let maxTicks = 1_000_000

    /// Ticks for data spanning `first...last` (ordinals, either order) at `granularity`, on an
    /// axis `availableLength` points long that maps `first...last` onto its length, where
    /// `labelWidth(text)` measures a label.
    ///
    /// The step is the finest natural one whose labels, centred on their ticks, stay at least
    /// `gap` points apart: for times of day minutes 1, 5, 10, 15, 30, then hours 1, 2, 3, 6, 12
    /// (on the clock: 6-hourly ticks at 0:00, 6:00, 12:00, 18:00); days 1, 7 (the 1st, 8th, 15th
    /// and 22nd), then months 1, 2, 3, 6;
    /// quarters 1, 2; then years 1, 2, 5, 10, 20, 50, 100 … Ticks sit on period starts aligned
    /// on the calendar (quarterly ticks on January, April, July, October; 5-year ticks on years
    /// divisible by 5), within `first...last`, ascending. The year is named once, on the first
    /// tick and at each year boundary: "2016年1月", "4月", "7月", "10月", "2017年1月";
    /// "2016年一季度", "二季度"; "Jan 2016", "Apr"; "Q1 2016", "Q2"; "2016年3月5日", "6日",
    /// "4月1日"; "5 Mar 2016", "6", "1 Apr"; "2016年3月5日 18:00", "0:00" … at a new day
    /// "3月6日"; "5 Mar 2016 18:00", "6 Mar". With a step of a year or more a label is the year
    /// alone: "2016年" for data by quarter, month or day in Chinese, "2016" otherwise (Chinese year
    /// axes print plain years, as the charts always have).
    ///
    /// When labels step by more than the data's period, unlabelled minor ticks (label "",
    /// `isMajor` false) mark the finest natural step that divides it and keeps them
    /// `minorSpacing` apart: quarters between yearly labels, years between 5-yearly ones.
    ///
    /// When no step fits two labels (a tiny axis, a single period), the one tick is the first
    /// period, named in full. There are no ticks only when no period start lies in
    /// `first...last` or an ordinal is not finite or beyond a million years.
    ///
    /// Widths are measured once per distinct label and for a bounded sample per step (the first
    /// tick, up to 8 year-naming labels, the shorter labels a step prints), so 10⁴ periods cost
    /// no more to measure than 10; the ticks of the chosen step are made once.
    public static func ticks(first: Double, last: Double, granularity: TimeGranularity, language: TimeLanguage,
                             availableLength: Double, gap: Double = 8,
                             labelWidth: (String) throws -> Double) rethrows -> [TimeTick] {
        guard let axis = TimeAxis(first: first, last: last, granularity: granularity, language: language,
                                  availableLength: availableLength, gap: gap) else { return [] }
        let ladder = TimeStep.ladder(granularity, years: abs(last - first))
        var widths: [String: Double] = [:]
        for (index, step) in ladder.enumerated() {
            let count = step.maximumCount(in: axis.minutes)
            guard count >= 2, count <= maxTicks, step.minimumSpacing * axis.pointsPerYear >= gap,
                  try axis.fits(step, widths: &widths, measure: labelWidth) else { continue }
            return withMinorTicks(axis.ticks(step), between: step, finer: ladder[..<index], axis)
        }
        return axis.ticks(ladder[0], limit: 1)
    }

    /// `major` with unlabelled ticks of the finest of the `finer` steps that refines `step` and
    /// keeps `minorSpacing` apart, merged in order.
    private static func withMinorTicks(_ major: [TimeTick], between step: TimeStep, finer: ArraySlice<TimeStep>,
                                       _ axis: TimeAxis) -> [TimeTick] {
        guard let minor = finer.first(where: {
            $0.refines(step) && $0.minimumSpacing * axis.pointsPerYear >= minorSpacing && $0.maximumCount(in: axis.minutes) <= maxTicks
        }) else { return major }
        let labelled = Set(major.map(\.ordinal))
        let minors = minor.dates(in: axis.minutes).map(\.ordinal).filter { !labelled.contains($0) }
            .map { TimeTick(ordinal: $0, label: "", isMajor: false) }
        return (major + minors).sorted { $0.ordinal < $1.ordinal }
    }
}
