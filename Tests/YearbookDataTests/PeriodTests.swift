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
