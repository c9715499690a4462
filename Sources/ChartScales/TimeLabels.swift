/// The words of periods, in one place for tick labels, names and spans.
enum TimeLabels {
    static let englishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let chineseQuarters = ["一", "二", "三", "四"]

    /// The label of the tick at `date`, for `step` ticks on an axis of `granularity` data. The
    /// year is named once, where `namesYear` (a year boundary or the first tick): "2016年1月",
    /// "4月"; "Jan 2016", "Apr"; on an axis of days the 1st of a month names its month ("3月1日",
    /// "8日"; "1 Mar", "8"). When the step is a year or more, the label is the year alone: "2016年"
    /// for data by quarter, month or day, and "2016" for data by year, as year axes have always
    /// printed.
    static func tick(_ date: AxisDate, step: TimeStep, namesYear: Bool, granularity: TimeGranularity,
                     language: TimeLanguage) -> String {
        let zh = language == .zh
        if step.isYears { return zh && granularity != .year ? "\(date.year)年" : String(date.year) }
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

    /// A period in full: "2020年二季度", "2020年2月", "2020年2月29日", "2020年"; "Q2 2020",
    /// "Feb 2020", "29 Feb 2020", "2020".
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
        }
    }
}
