import Testing
import ChartScales

/// Time-axis ticks from tables of cases: the steps chosen, the year named once, the edges.
@Suite struct TimeTicksTests {
    typealias F = TimeAxisFixtures

    static func ticks(_ first: Double, _ last: Double, _ granularity: TimeGranularity, _ language: TimeLanguage = .zh,
                      length: Double) -> [TimeTick] {
        TimeTicks.ticks(first: first, last: last, granularity: granularity, language: language,
                        availableLength: length, labelWidth: F.width)
    }

    @Test func monthsByQuarterNameTheYearOnce() {
        let ticks = Self.ticks(F.ordinal(2016), F.ordinal(2017, month: 12), .month, length: 460)
        #expect(F.labels(ticks) == ["2016年1月", "4月", "7月", "10月", "2017年1月", "4月", "7月", "10月"])
        // Every month between, unlabelled.
        #expect(ticks.count == 24)
        #expect(ticks.filter(\.isMajor).map(\.label) == ["2016年1月", "2017年1月"])
        #expect(ticks.filter { $0.label.isEmpty }.allSatisfy { !$0.isMajor })
    }

    @Test func englishMonthsAndQuarters() {
        let months = Self.ticks(F.ordinal(2016), F.ordinal(2017, month: 12), .month, .en, length: 460)
        #expect(F.labels(months) == ["Jan 2016", "Apr", "Jul", "Oct", "Jan 2017", "Apr", "Jul", "Oct"])
        let quarters = Self.ticks(F.quarter(2016, 1), F.quarter(2017, 4), .quarter, .en, length: 600)
        #expect(F.labels(quarters) == ["Q1 2016", "Q2", "Q3", "Q4", "Q1 2017", "Q2", "Q3", "Q4"])
    }

    @Test func chineseQuarters() {
        let ticks = Self.ticks(F.quarter(2016, 1), F.quarter(2017, 2), .quarter, length: 800)
        #expect(F.labels(ticks) == ["2016年一季度", "二季度", "三季度", "四季度", "2017年一季度", "二季度"])
        #expect(ticks.map(\.ordinal) == [2016, 2016.25, 2016.5, 2016.75, 2017, 2017.25])
    }

    @Test func whenOnlyYearsFitTheyAreNamedAlone() {
        let monthly = Self.ticks(F.ordinal(2010), F.ordinal(2019, month: 12), .month, length: 600)
        #expect(F.labels(monthly) == (2010...2019).map { "\($0)年" })
        let english = Self.ticks(F.ordinal(2010), F.ordinal(2019, month: 12), .month, .en, length: 600)
        #expect(F.labels(english) == (2010...2019).map { "\($0)" })
        let quarterly = Self.ticks(F.quarter(2010, 3), F.quarter(2019, 4), .quarter, length: 600)
        #expect(F.labels(quarterly) == (2011...2019).map { "\($0)年" })
        #expect(quarterly.first?.ordinal == 2010.5, "a minor tick at the first quarter")
    }

    @Test func yearsPrintPlainAndStepByNiceCounts() {
        let ticks = Self.ticks(1999, 2021, .year, length: 900)
        #expect(F.labels(ticks) == (1999...2021).map(String.init))
        let narrow = Self.ticks(1999, 2021, .year, length: 300)
        #expect(F.labels(narrow) == ["2000", "2005", "2010", "2015", "2020"])
        #expect(narrow.filter { $0.label.isEmpty }.count == 18, "every other year, unlabelled")
        let centuries = Self.ticks(1725, 2024, .year, length: 300)
        #expect(F.labels(centuries) == ["1750", "1800", "1850", "1900", "1950", "2000"])
    }

    @Test func daysByWeekNameMonthsAtTheirFirstDay() {
        let ticks = Self.ticks(F.ordinal(2020, month: 1, day: 1), F.ordinal(2020, month: 2, day: 29), .day, length: 600)
        #expect(F.labels(ticks) == ["2020年1月1日", "8日", "15日", "22日", "2月1日", "8日", "15日", "22日"])
        let english = Self.ticks(F.ordinal(2020, month: 3, day: 5), F.ordinal(2020, month: 4, day: 20), .day, .en, length: 600)
        #expect(F.labels(english) == ["8 Mar 2020", "15", "22", "1 Apr", "8", "15"])
        let long = Self.ticks(F.ordinal(2019, month: 11, day: 1), F.ordinal(2020, month: 4, day: 30), .day, length: 600)
        #expect(F.labels(long) == ["2019年11月", "12月", "2020年1月", "2月", "3月", "4月"])
    }

    /// Data from December: "2016年12月" and "2017年1月" both name a year, so monthly labels need
    /// room for two long labels side by side.
    @Test func aFirstTickBeforeAYearBoundaryNeedsRoomForTwoYears() {
        let ticks = Self.ticks(F.ordinal(2016, month: 12), F.ordinal(2017, month: 5), .month, length: 290)
        let labelled = ticks.filter { !$0.label.isEmpty }
        for (a, b) in zip(labelled, labelled.dropFirst()) {
            let distance = (b.ordinal - a.ordinal) * 290 / (F.ordinal(2017, month: 5) - F.ordinal(2016, month: 12))
            #expect((F.width(a.label) + F.width(b.label)) / 2 + 8 <= distance, "\(a.label) and \(b.label) touch")
        }
    }

    @Test func oneTickAtLeast() {
        let single = Self.ticks(F.ordinal(2020, month: 4), F.ordinal(2020, month: 4), .month, length: 400)
        #expect(single == [TimeTick(ordinal: 2020.25, label: "2020年4月", isMajor: true)])
        for length in [0, 1, -5, .nan] as [Double] {
            let tiny = Self.ticks(F.ordinal(1900), F.ordinal(2199, month: 12), .month, length: length)
            #expect(tiny == [TimeTick(ordinal: 1900, label: "1900年1月", isMajor: true)], "length \(length)")
        }
        #expect(Self.ticks(2020, 2020, .year, .en, length: 400) == [TimeTick(ordinal: 2020, label: "2020", isMajor: true)])
    }

    @Test func theWidestSpansEndTheLadder() {
        let ticks = Self.ticks(-1_000_000, 1_000_000, .year, .en, length: 500)
        #expect(F.labels(ticks) == ["-1000000", "-500000", "0", "500000", "1000000"])
        #expect(Self.ticks(-1_000_000, 1_000_000, .day, length: .infinity).count >= 2)
    }

    @Test func noTicksOnlyWithoutAPeriodStart() {
        #expect(Self.ticks(.nan, 2020, .year, length: 400).isEmpty)
        #expect(Self.ticks(2020, .infinity, .year, length: 400).isEmpty)
        #expect(Self.ticks(1e300, 1e300, .month, length: 400).isEmpty)
        #expect(Self.ticks(2020.1, 2020.2, .year, length: 400).isEmpty)
    }

    @Test func endsInEitherOrderGiveTheSameTicks() {
        let forward = Self.ticks(F.ordinal(2015, month: 3), F.ordinal(2021, month: 8), .month, length: 500)
        #expect(Self.ticks(F.ordinal(2021, month: 8), F.ordinal(2015, month: 3), .month, length: 500) == forward)
    }

    @Test func anUnboundedAxisLabelsEveryPeriod() {
        let ticks = Self.ticks(F.ordinal(2019, month: 12), F.ordinal(2021, month: 1), .month, .en, length: .infinity)
        #expect(F.labels(ticks) == ["Dec 2019", "Jan 2020"] + ["Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] + ["Jan 2021"])
    }

    @Test func aMeasurerErrorIsRethrown() {
        struct Unmeasurable: Error {}
        #expect(throws: Unmeasurable.self) {
            try TimeTicks.ticks(first: 2000, last: 2020, granularity: .year, language: .zh, availableLength: 400) { _ in throw Unmeasurable() }
        }
    }
}

/// Time axes of hourly and minute data: hours within days, days within months, years over
/// a century.
@Suite struct TimeOfDayTicksTests {
    typealias F = TimeAxisFixtures

    static func ticks(_ first: Double, _ last: Double, _ language: TimeLanguage = .zh, length: Double) -> [TimeTick] {
        TimeTicks.ticks(first: first, last: last, granularity: .time, language: language, availableLength: length, labelWidth: F.width)
    }

    @Test func hoursNameEachDayAtMidnight() {
        let first = F.ordinal(2020, month: 1, day: 1), last = F.ordinal(2020, month: 1, day: 2, minute: 23 * 60)
        let ticks = Self.ticks(first, last, length: 600)
        #expect(F.labels(ticks) == ["2020年1月1日", "6:00", "12:00", "18:00", "1月2日", "6:00", "12:00", "18:00"])
        #expect(ticks.filter(\.isMajor).map(\.label) == ["2020年1月1日"])
        #expect(ticks.count == 95, "every half hour, the unlabelled ones minor")
        let narrow = Self.ticks(first, last, length: 300)
        #expect(F.labels(narrow) == ["2020年1月1日", "12:00", "1月2日", "12:00"])
        let english = Self.ticks(first, last, .en, length: 1200)
        #expect(F.labels(english) == ["1 Jan 2020"] + (1...7).map { "\($0 * 3):00" } + ["2 Jan"] + (1...7).map { "\($0 * 3):00" })
    }

    @Test func minutesWithinAnHourNameTheirDayFirst() {
        let ticks = Self.ticks(F.ordinal(2021, month: 3, day: 5, minute: 9 * 60 + 58), F.ordinal(2021, month: 3, day: 5, minute: 11 * 60), .en, length: 600)
        #expect(F.labels(ticks) == ["5 Mar 2021 10:00", "10:10", "10:20", "10:30", "10:40", "10:50", "11:00"])
        #expect(ticks.first?.ordinal == F.ordinal(2021, month: 3, day: 5, minute: 9 * 60 + 58), "minor ticks every minute from 9:58")
        let narrow = Self.ticks(F.ordinal(2021, month: 3, day: 5, minute: 9 * 60 + 58), F.ordinal(2021, month: 3, day: 5, minute: 11 * 60), .en, length: 300)
        #expect(F.labels(narrow) == ["5 Mar 2021 10:00", "10:30", "11:00"])
    }

    @Test func weeksOfHourlyDataTickLikeDays() {
        let ticks = Self.ticks(F.ordinal(2021, month: 3, day: 1), F.ordinal(2021, month: 4, day: 9, minute: 23 * 60), length: 600)
        #expect(F.labels(ticks) == ["2021年3月1日", "8日", "15日", "22日", "4月1日", "8日"])
    }

    @Test func aCenturyOfHoursTicksYears() {
        // 10⁶ hours from 1900-01-01 00:00: the bench's long line.
        let last = F.adding(minutes: 999_999 * 60, to: (1900, 1, 1, 0))
        #expect(last == (2014, 1, 29, 15 * 60))
        let ticks = Self.ticks(1900, F.ordinal(last.year, month: last.month, day: last.day, minute: last.minute), length: 600)
        #expect(F.labels(ticks) == stride(from: 1900, through: 2010, by: 10).map { "\($0)年" })
        #expect(F.labels(Self.ticks(1900, 2014, .en, length: 600)) == stride(from: 1900, through: 2010, by: 10).map(String.init))
    }

    @Test func namesAndSpans() {
        let noon = F.ordinal(2020, month: 2, day: 29, minute: 12 * 60 + 30)
        #expect(TimeTicks.name(noon, granularity: .time, language: .zh) == "2020年2月29日 12:30")
        #expect(TimeTicks.name(noon, granularity: .time, language: .en) == "29 Feb 2020 12:30")
        let nine = F.ordinal(2020, month: 2, day: 29, minute: 9 * 60)
        #expect(TimeTicks.span(first: nine, last: noon, granularity: .time, language: .zh) == "2020年2月29日 9:00—12:30")
        #expect(TimeTicks.span(first: nine, last: noon, granularity: .time, language: .en) == "29 Feb 2020 9:00–12:30")
        #expect(TimeTicks.span(first: nine, last: F.ordinal(2020, month: 3, day: 1), granularity: .time, language: .en)
                == "29 Feb 2020 9:00–1 Mar 2020 0:00")
    }
}
