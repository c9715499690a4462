import Testing
import ChartScales

/// At most 4 significant digits on labels, one count of decimals per axis.
@Suite struct NumberFormatSignificantTests {
    @Test(arguments: [
        (59.184116488, 4, "59.18"), (59_184_116_488.9977, 4, "59,184,116,489"), (1590.05, 4, "1,590"),
        (123_456.7, 4, "123,457"), (0.00123456, 4, "0.001235"), (2.5, 4, "2.5"), (99.996, 4, "100"),
        (9.9996, 4, "10"), (-3.14159, 3, "−3.14"), (17.419, 4, "17.42"), (0, 4, "0"), (-0.0, 4, "0"),
        (1e-12, 4, "0.000000000001"), (1.5e-13, 4, "1.5e−13"), (2e21, 4, "2e21"), (1000.4, 4, "1,000"),
        (0.1 + 0.2, 4, "0.3"),
    ] as [(Double, Int, String)])
    func significant(value: Double, digits: Int, text: String) {
        #expect(NumberFormat.significant(value, digits: digits) == text)
    }

    @Test(arguments: [
        ([0, 0.25, 0.5, 0.75], 2), ([204.6179, 1535.4504], 0), ([0.0012, 0.0034], 4), ([12.5, 99.996], 1),
        ([1, 2, 3], 0), ([0.1, 0.2, 0.30000000000000004], 1), ([1.0 / 3, 2.0 / 3], 4), ([-59.18412, 3.5], 2),
        ([], 0), ([0], 0), ([.nan, 1.5], 1), ([123_456.75], 0), ([1e-7, 2e-7], 7),
    ] as [([Double], Int)])
    func axisDecimals(values: [Double], decimals: Int) {
        #expect(NumberFormat.axisDecimals(values: values) == decimals)
    }

    @Test(arguments: [
        (463.0, 1, "463.0"), (1590.05, 2, "1,590"), (204.6179, 4, "204.6"), (123_456, 0, "123,456"),
        (123_456.78, 2, "123,457"), (0, 2, "0.00"), (3.85, 2, "3.85"), (-3.8, 1, "−3.8"), (0.012345, 6, "0.01235"),
        (9.99996, 4, "10.00"), (7, -1, "7"),
    ] as [(Double, Int, String)])
    func labels(value: Double, printed: Int, text: String) {
        #expect(NumberFormat.label(value, printedDecimals: printed) == text)
    }
}
