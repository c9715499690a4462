import Testing
import ChartScales

/// Periods written as people write them.
@Suite struct TimeTicksNamesTests {
    typealias F = TimeAxisFixtures

    @Test(arguments: [
        (F.quarter(2020, 2), TimeGranularity.quarter, "2020年二季度", "Q2 2020"),
        (F.ordinal(2020, month: 2), .month, "2020年2月", "Feb 2020"),
        (F.ordinal(2020, month: 2, day: 29), .day, "2020年2月29日", "29 Feb 2020"),
        (F.ordinal(2020, month: 12, day: 31), .day, "2020年12月31日", "31 Dec 2020"),
        (2020, .year, "2020年", "2020"),
        (F.ordinal(2016, month: 12), .month, "2016年12月", "Dec 2016"),
        // Noise in the last bits, or an ordinal between periods, reads as the nearest period.
        (2016 + 11.0 / 12 - 1e-9, .month, "2016年12月", "Dec 2016"),
        (2019.9999999, .year, "2020年", "2020"),
        (2020.74, .quarter, "2020年四季度", "Q4 2020"),
    ] as [(Double, TimeGranularity, String, String)])
    func names(ordinal: Double, granularity: TimeGranularity, zh: String, en: String) {
        #expect(TimeTicks.name(ordinal, granularity: granularity, language: .zh) == zh)
        #expect(TimeTicks.name(ordinal, granularity: granularity, language: .en) == en)
    }

    @Test func aNameOfNoPeriodIsEmpty() {
        #expect(TimeTicks.name(.nan, granularity: .month, language: .zh) == "")
        #expect(TimeTicks.name(1e300, granularity: .year, language: .en) == "")
    }

    @Test(arguments: [
        (F.quarter(2015, 4), F.quarter(2020, 1), TimeGranularity.quarter, "2015年四季度—2020年一季度", "Q4 2015–Q1 2020"),
        (F.quarter(2020, 1), F.quarter(2020, 3), .quarter, "2020年一至三季度", "Q1–Q3 2020"),
        (F.ordinal(2016, month: 1), F.ordinal(2017, month: 12), .month, "2016年1月—2017年12月", "Jan 2016–Dec 2017"),
        (F.ordinal(2016, month: 1), F.ordinal(2016, month: 6), .month, "2016年1—6月", "Jan–Jun 2016"),
        (2006, 2025, .year, "2006—2025年", "2006–2025"),
        (2020, 2020, .year, "2020年", "2020"),
        (F.ordinal(2020, month: 3), F.ordinal(2020, month: 3), .month, "2020年3月", "Mar 2020"),
        (F.ordinal(2020, month: 1, day: 1), F.ordinal(2020, month: 3, day: 31), .day, "2020年1月1日—3月31日", "1 Jan–31 Mar 2020"),
        (F.ordinal(2020, month: 3, day: 1), F.ordinal(2020, month: 3, day: 31), .day, "2020年3月1日—31日", "1–31 Mar 2020"),
        (F.ordinal(2019, month: 12, day: 30), F.ordinal(2020, month: 1, day: 2), .day, "2019年12月30日—2020年1月2日", "30 Dec 2019–2 Jan 2020"),
        // Ends in either order.
        (2025, 2006, .year, "2006—2025年", "2006–2025"),
    ] as [(Double, Double, TimeGranularity, String, String)])
    func spans(first: Double, last: Double, granularity: TimeGranularity, zh: String, en: String) {
        #expect(TimeTicks.span(first: first, last: last, granularity: granularity, language: .zh) == zh)
        #expect(TimeTicks.span(first: first, last: last, granularity: granularity, language: .en) == en)
    }
}
