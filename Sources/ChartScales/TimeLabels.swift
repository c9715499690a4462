/// The words of periods, in one place for tick labels, names and spans.
enum TimeLabels {
    static let englishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let chineseQuarters = ["一", "二", "三", "四"]

    /// The label of the tick at `date`, for `step` ticks on an axis of `granularity` data. The
    /// year is named once, where `namesYear` (a year boundary or the first tick): "2016年1月",
    /// "4月"; "Jan 2016", "Apr"; on an axis of days the 1st of a month names its month ("3月1日",
    /// "8日"; "1 Mar", "8"), on an axis of hours or minutes midnight names its day ("3月2日",
    /// "6:00"; "2 Mar", "6:00"). When the step is a year or more, the label is the year alone: "2016年"
    /// for data by quarter, month or day, and "2016" for data by year, as year axes have always
    /// printed.
    static func tick(_ date: AxisDate, step: TimeStep, namesYear: Bool, granularity: TimeGranularity,
                     language: TimeLanguage) -> String {
        let zh = language == .zh
        if step.isYears { return zh && granularity != .year ? "\(date.year)年" : String(date.year) }
        if case .minutes = step {
            if namesYear { return name(date, granularity: date.minute == 0 ? .day : .time, language: language) }
            if date.minute == 0 { return zh ? "\(date.month)月\(date.day)日" : "\(date.day) \(englishMonths[date.month - 1])" }
            return clock(date.minute)
        }
        if case .days = step {
            if namesYear { return name(date, granularity: .day, language: language) }
            if date.day == 1 { return zh ? "\(date.month)月1日" : "1 \(englishMonths[date.month - 1])" }
            return zh ? "\(date.day)日" : String(date.day)
        }
        let period: TimeGranularity = granularity == .quarter ? .quarter : .month
        if namesYear { return name(date, granularity: period, language: language) }
        if period == .quarter { return zh ? "\(chineseQuarters[date.quarter - 1])季度" : "Q\(date.quarter)" }
        return zh ? "\(date.month)月" : englishMonths[date.month - 1]
    }

    /// A period in full: "2020年二季度", "2020年2月", "2020年2月29日", "2020年2月29日 13:30",
    /// "2020年"; "Q2 2020", "Feb 2020", "29 Feb 2020", "29 Feb 2020 13:30", "2020".
    static func name(_ date: AxisDate, granularity: TimeGranularity, language: TimeLanguage) -> String {
        let y = date.year
        switch (granularity, language) {
        case (.year, .zh): return "\(y)年"
        case (.year, .en): return String(y)
        case (.quarter, .zh): return "\(y)年\(chineseQuarters[date.quarter - 1])季度"
        case (.quarter, .en): return "Q\(date.quarter) \(y)"
        case (.month, .zh): return "\(y)年\(date.month)月"
        case (.month, .en): return "\(englishMonths[date.month - 1]) \(y)"
        case (.day, .zh): return "\(y)年\(date.month)月\(date.day)日"
        case (.day, .en): return "\(date.day) \(englishMonths[date.month - 1]) \(y)"
        case (.time, _): return name(date, granularity: .day, language: language) + " " + clock(date.minute)
        }
    }

    /// A minute of the day on a 24-hour clock, as both languages print it: "6:00", "13:30".
    static func clock(_ minute: Int) -> String {
        String(minute / 60) + ":" + (minute % 60 < 10 ? "0" : "") + String(minute % 60)
    }
}
