import Testing
@testable import Workbooks

/// Number formats, case by case: the text each gives a stored double.
@Suite struct ExcelNumberFormatTests {
    @Test(arguments: [
        ("General", -25.9, "-25.9"),
        ("General", 102647, "102647"),
        ("General", 0.30000000000000004, "0.30000000000000004"),
        ("General", 1e20, "100000000000000000000"),
        ("General", 1e21, "1e+21"),
        ("General", 1.5e-12, "1.5e-12"),
        ("0", 2.5, "3"),
        ("0", -2.5, "-3"),
        ("0.0", -100, "-100.0"),
        ("0.0", 0.05, "0.1"),
        ("0.0", -0.04, "-0.0"),
        ("0.0", 99.96, "100.0"),
        ("0.00", 2.675, "2.68"),
        ("#,##0", 15354504, "15,354,504"),
        ("#,##0.0", -1234.56, "-1,234.6"),
        ("#,##0.00_ ;[Red]-#,##0.00\\ ", -5, "-5.00"),
        ("0.0%", 0.259, "25.9%"),
        ("0%", 1, "100%"),
        ("0.0#", 1.5, "1.5"),
        ("0.0#", 1.256, "1.26"),
        ("#.##", 0.5, ".5"),
        ("000", 7, "007"),
        ("0.0\"亿元\"", 463, "463.0亿元"),
        ("[$¥-804]#,##0.00", 1590.05, "¥1,590.05"),
        ("0.0;-0.0;\"—\"", 0, "—"),
        ("0.0;-0.0;\"—\"", -3, "-3.0"),
        ("0.00E+00", 12345, "12345"),
        ("@", 8.9, "8.9"),
        ("[DBNum1]General", 12, "12"),
    ] as [(String, Double, String)])
    func numbers(code: String, value: Double, expected: String) {
        #expect(ExcelNumberFormat.parse(code).text(for: value, date1904: false) == expected)
    }

    @Test(arguments: ["yyyy-mm-dd", "m/d/yy", "[$-F800]dddd, mmmm dd, yyyy", "[h]:mm:ss", "h:mm AM/PM"])
    func dateCodes(code: String) {
        #expect(ExcelNumberFormat.parse(code) == .date(monthOnly: false))
    }

    /// A format that shows a year and a month but no day makes the cell a month, as a monthly
    /// table means it: 2020年2月 reads 2020-02, not the first day of it.
    @Test(arguments: ["yyyy\"年\"m\"月\"", "mmm-yy", "yyyy-mm"])
    func monthCodes(code: String) {
        #expect(ExcelNumberFormat.parse(code) == .date(monthOnly: true))
        #expect(ExcelNumberFormat.parse(code).text(for: 43862, date1904: false) == "2020-02")
    }

    @Test(arguments: ["0.0\"d\"", "[Red]0.0", "General", "#,##0_);(#,##0)", "0.0\\m"])
    func notDateCodes(code: String) {
        #expect(ExcelNumberFormat.parse(code) != .date(monthOnly: false) && ExcelNumberFormat.parse(code) != .date(monthOnly: true))
    }

    @Test func builtInFormats() {
        #expect(ExcelNumberFormat.builtIn(0) == .general)
        #expect(ExcelNumberFormat.builtIn(14) == .date(monthOnly: false))
        #expect(ExcelNumberFormat.builtIn(31) == .date(monthOnly: false))
        #expect(ExcelNumberFormat.builtIn(27) == .date(monthOnly: true))
        #expect(ExcelNumberFormat.builtIn(3).text(for: 102647, date1904: false) == "102,647")
        #expect(ExcelNumberFormat.builtIn(10).text(for: 0.0125, date1904: false) == "1.25%")
    }

    @Test func datesAroundTheFictitiousLeapDay() {
        #expect(ExcelDate.text(serial: 1, date1904: false) == "1900-01-01")
        #expect(ExcelDate.text(serial: 0, date1904: false) == "1900-01-00")
        #expect(ExcelDate.text(serial: 44197.9999999, date1904: false) == "2021-01-02")
        #expect(ExcelDate.text(serial: 2_958_465, date1904: false) == "9999-12-31")
        #expect(ExcelDate.text(serial: 0, date1904: true) == "1904-01-01")
        #expect(ExcelDate.text(serial: -1, date1904: false) == nil)
    }
}
