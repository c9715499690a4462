import Foundation
import Testing
@testable import YearbookData

/// Periods as tables print them.
@Suite struct PeriodFormTests {
    @Test func forms() {
        let cases: [(String, Period?)] = [
            ("2020", .year(2020)), ("2020年", .year(2020)), ("2020年度", .year(2020)), ("Y2024年", .year(2024)),
            ("2024 年", .year(2024)), ("2023.0", .year(2023)), ("1960 [YR1960]", .year(1960)),
            ("2020年2月", .month(2020, 2)), ("2018-05", .month(2018, 5)), ("2016.01", .month(2016, 1)), ("2016.10", .month(2016, 10)),
            ("2020年第一季度", .quarter(2020, 1)), ("2020Q4", .quarter(2020, 4)), ("2019年4季度", .quarter(2019, 4)),
            ("2020-01-31", .day(2020, 1, 31)), ("2020/2/29", .day(2020, 2, 29)), ("2020年1月31日", .day(2020, 1, 31)),
            ("2019-02-29", nil), ("2020-13", nil), ("地区生产总值", nil), ("12345", nil), ("1978年=100", nil),
        ]
        for (label, expected) in cases { #expect(Period(label: label) == expected, "\(label)") }
    }

    @Test func excelSerials() {
        #expect(Period(excelSerial: 43861) == .day(2020, 1, 31))
        #expect(Period(excelSerial: 1) == .day(1900, 1, 1))
        #expect(Period(excelSerial: 61) == .day(1900, 3, 1))
        #expect(Period(excelSerial: 60) == nil)
        #expect(Period.sequence(["43861", "43862"]) == [.day(2020, 1, 31), .day(2020, 2, 1)])
    }

    @Test func sequenceRestoresOctober() {
        #expect(Period.sequence(["2016.09", "2016.1", "2016.11"]) == [.month(2016, 9), .month(2016, 10), .month(2016, 11)])
        #expect(Period.sequence(["2016.1", "2016.2"]) == [.month(2016, 1), .month(2016, 2)])
    }

    @Test func exportForms() {
        #expect(Period.day(2020, 1, 5).description == "2020-01-05")
        #expect(Period.unspecified.description == "")
        #expect(Period.month(2020, 3).yearEarlier == .month(2019, 3))
    }
}

/// Times of day, as vendor and monitoring exports print hourly and minute series.
@Suite struct PeriodTimeTests {
    @Test func forms() {
        let cases: [(String, Period?)] = [
            ("2020-01-01 13:00", .time(2020, 1, 1, 46_800)), ("2020-01-01T13:00:00", .time(2020, 1, 1, 46_800)),
            ("2020/1/1 13:00", .time(2020, 1, 1, 46_800)), ("2020/1/1 9:05", .time(2020, 1, 1, 32_700)),
            ("2020-02-29T23:59:59", .time(2020, 2, 29, 86_399)), (" 2020-01-01  00:00 ", .time(2020, 1, 1, 0)),
            ("2020年1月1日 13:00", .time(2020, 1, 1, 46_800)), ("2020年1月1日13:30", .time(2020, 1, 1, 48_600)),
            ("2020-01-01", .day(2020, 1, 1)), ("2020/1/31", .day(2020, 1, 31)),
            ("2020-01-01 24:00", nil), ("2020-01-01 13:60", nil), ("2020-01-01 13", nil), ("2020-01-0113:00", nil),
            ("2019-02-29 13:00", nil), ("2020-01 13:00", nil), ("2020年 13:00", nil), ("1899-12-31 23:00", nil),
            ("2020-01-01 13:00:00.5", nil), ("13:00", nil), ("2020-01/01 13:00", nil),
        ]
        for (label, expected) in cases { #expect(Period(label: label) == expected, "\(label)") }
    }

    @Test func orderedWithinAndAcrossDays() {
        let labels = ["2020-01-02 00:00", "2020-01-01 23:00", "2020-01-01 09:30", "2020-01-01 09:29:59", "2019-12-31 23:59"]
        let sorted = labels.compactMap { Period(label: $0) }.sorted()
        #expect(sorted.map(\.description) == ["2019-12-31T23:59", "2020-01-01T09:29:59", "2020-01-01T09:30", "2020-01-01T23:00", "2020-01-02T00:00"])
        // Midnight sits where the day does, on the same axis.
        #expect(Period.time(2020, 3, 1, 0).ordinal == Period.day(2020, 3, 1).ordinal)
        #expect(Period.time(2020, 1, 1, 43_200).ordinal > Period.day(2020, 1, 1).ordinal)
        #expect(Period.time(2020, 1, 1, 43_200).ordinal < Period.day(2020, 1, 2).ordinal)
    }

    @Test func exportWritesISOAndReadsBack() {
        let periods: [Period] = [.time(2020, 1, 5, 0), .time(2020, 12, 31, 86_399), .time(1900, 1, 1, 3_600), .time(2200, 6, 30, 45_060)]
        #expect(periods.map(\.description) == ["2020-01-05T00:00", "2020-12-31T23:59:59", "1900-01-01T01:00", "2200-06-30T12:31"])
        for period in periods { #expect(Period(label: period.description) == period) }
        #expect(Period.time(2020, 3, 1, 60).yearEarlier == .time(2019, 3, 1, 60))
    }

    @Test func longFormAndPeriodRowsRoundTrip() throws {
        let rows = "时间,合成序列\n2020-01-01 00:00,1.5\n2020-01-01 01:00,2\n2020/1/1 2:00,2.5\n"
        let observations = try TableFile.parse(Data(rows.utf8), file: "hourly.csv").dataset().observations
        #expect(observations.map(\.period) == [.time(2020, 1, 1, 0), .time(2020, 1, 1, 3_600), .time(2020, 1, 1, 7_200)])
        let exported = ExportFormat.csv.render(observations)
        #expect(exported.contains(",2020-01-01T02:00,2.5\n"))
        let again = try TableFile.parse(Data(exported.utf8), file: "long.csv").dataset().observations
        #expect(again.map(\.period) == observations.map(\.period))
        #expect(again.map { $0.value?.number } == [1.5, 2, 2.5])
    }
}

@Suite struct PeriodOrderTests {
    /// 2020 and 2020-01 share an ordinal and stay two periods; repeats anywhere go.
    @Test func distinctAscending() {
        let periods: [Period] = [.month(2020, 2), .year(2020), .month(2020, 1), .year(2020), .month(2020, 2), .day(2019, 12, 31), .month(2020, 1)]
        #expect(Period.distinctAscending(periods) == [.day(2019, 12, 31), .year(2020), .month(2020, 1), .month(2020, 2)])
        let hours = (0..<48).map { Period.time(2020, 1, 1 + $0 / 24, $0 % 24 * 3600) }
        #expect(Period.distinctAscending(hours + hours.reversed()) == hours)
        #expect(Period.distinctAscending([]) == [])
    }
}
