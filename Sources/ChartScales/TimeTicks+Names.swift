/// Periods written as people write them, for titles, notes and alt texts.
extension TimeTicks {
    /// One period in full: "2020年二季度", "2020年2月", "2020年2月29日", "2020年2月29日 13:30",
    /// "2020年"; "Q2 2020", "Feb 2020", "29 Feb 2020", "29 Feb 2020 13:30", "2020". The ordinal is read as the nearest period of
    /// `granularity`; "" when it is not finite or beyond a million years.
    public static func name(_ ordinal: Double, granularity: TimeGranularity, language: TimeLanguage) -> String {
        guard let date = AxisDate(ordinal: ordinal, granularity: granularity) else { return "" }
        return TimeLabels.name(date, granularity: granularity, language: language)
    }

    /// The periods from `first` to `last` (either order) as a title reads them, the year said
    /// once where both ends share it: "2015年四季度—2020年一季度", "2020年一至三季度",
    /// "2016年1月—2017年12月", "2016年1—6月", "2020年1月1日—3月31日", "2006—2025年";
    /// "Q4 2015–Q1 2020", "Q1–Q3 2020", "Jan 2016–Dec 2017", "Jan–Jun 2016",
    /// "1 Jan–31 Mar 2020", "2006–2025"; within one day "2020年1月1日 9:00—17:30",
    /// "1 Jan 2020 9:00–17:30". One period is its `name`.
    public static func span(first: Double, last: Double, granularity: TimeGranularity, language: TimeLanguage) -> String {
        guard let a = AxisDate(ordinal: min(first, last), granularity: granularity),
              let b = AxisDate(ordinal: max(first, last), granularity: granularity) else { return "" }
        if a == b { return TimeLabels.name(a, granularity: granularity, language: language) }
        let full = { (date: AxisDate) in TimeLabels.name(date, granularity: granularity, language: language) }
        let sameYear = a.year == b.year
        switch (granularity, language) {
        case (.year, .zh): return "\(a.year)—\(b.year)年"
        case (.year, .en): return "\(a.year)–\(b.year)"
        case (.quarter, .zh) where sameYear:
            return "\(a.year)年\(TimeLabels.chineseQuarters[a.quarter - 1])至\(TimeLabels.chineseQuarters[b.quarter - 1])季度"
        case (.quarter, .en) where sameYear: return "Q\(a.quarter)–Q\(b.quarter) \(a.year)"
        case (.month, .zh) where sameYear: return "\(a.year)年\(a.month)—\(b.month)月"
        case (.month, .en) where sameYear: return "\(TimeLabels.englishMonths[a.month - 1])–\(full(b))"
        case (.day, .zh) where sameYear && a.month == b.month: return "\(full(a))—\(b.day)日"
        case (.day, .zh) where sameYear: return "\(full(a))—\(b.month)月\(b.day)日"
        case (.day, .en) where sameYear && a.month == b.month: return "\(a.day)–\(full(b))"
        case (.day, .en) where sameYear: return "\(a.day) \(TimeLabels.englishMonths[a.month - 1])–\(full(b))"
        case (.time, .zh) where a.slot == b.slot: return "\(full(a))—\(TimeLabels.clock(b.minute))"
        case (.time, .en) where a.slot == b.slot: return "\(full(a))–\(TimeLabels.clock(b.minute))"
        case (_, .zh): return "\(full(a))—\(full(b))"
        case (_, .en): return "\(full(a))–\(full(b))"
        }
    }
}
