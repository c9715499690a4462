import Testing
import ChartScales

@Suite struct NumberFormatTests {
    @Test(arguments: [
        (1590.05, 2, "1,590.05"),
        (15354504, 0, "15,354,504"),
        (-3.8, 1, "−3.8"),
        (-1234.5, 1, "−1,234.5"),
        (0, 0, "0"),
        (-0.0, 0, "0"),
        (-0.004, 2, "0.00"),
        (100, 2, "100.00"),
        (204.6179, 2, "204.62"),
        (999, 0, "999"),
        (1000, 0, "1,000"),
        (999999.995, 2, "1,000,000.00"),
        (1234567.891, 1, "1,234,567.9"),
        (1e12, 0, "1,000,000,000,000"),
        (1e-6, 6, "0.000001"),
        // 四舍五入 on the number as printed, not on its binary neighbour.
        (2.675, 2, "2.68"),
        (0.125, 2, "0.13"),
        (-2.5, 0, "−3"),
        (7.0, -1, "7"),
    ])
    func grouped(value: Double, decimals: Int, text: String) {
        #expect(NumberFormat.grouped(value, decimals: decimals) == text)
    }

    @Test(arguments: [
        (0.5, 1), (2.5, 1), (25, 0), (0.25, 2), (0.2, 1), (1, 0), (5e6, 0),
        (1e-6, 6), (2.5e-7, 8), (1e-13, 13), (0.1 + 0.2, 1), (1234567.891, 3), (0, 0), (-0.05, 2),
    ])
    func decimalsForAStep(step: Double, decimals: Int) {
        #expect(NumberFormat.decimals(forStep: step) == decimals)
    }

    @Test(arguments: [
        (0.6, 0.2, "0.6"),
        (0, 0.2, "0.0"),
        (1, 0.25, "1.00"),
        (1500, 500, "1,500"),
        (-50, 50, "−50"),
        (15e6, 5e6, "15,000,000"),
        (1.00000025, 2.5e-7, "1.00000025"),
        (0.02, 10, "0.02"),
    ])
    func tickLabels(value: Double, step: Double, text: String) {
        #expect(NumberFormat.tick(value, step: step) == text)
    }

    @Test(arguments: [
        (8.9, 1, "+8.9"),
        (11.7, 1, "+11.7"),
        (-3.8, 1, "−3.8"),
        (1234.5, 1, "+1,234.5"),
        (0, 0, "0"),
        (0, 1, "0.0"),
        (0.04, 1, "0.0"),
        (-0.04, 1, "0.0"),
        (-100, 0, "−100"),
    ])
    func signed(value: Double, decimals: Int, text: String) {
        #expect(NumberFormat.signed(value, decimals: decimals) == text)
    }

    @Test(arguments: [
        (204.6179, nil, "204.62"),
        (1535.4504, nil, "1,535.45"),
        (463, nil, "463"),
        (1.5, nil, "1.5"),
        (1.005, nil, "1.01"),
        (-3.85, nil, "−3.85"),
        (-0.001, nil, "0"),
        (463, 1, "463.0"),
        (0, 0, "0"),
        (2046179, 0, "2,046,179"),
    ] as [(Double, Int?, String)])
    func valueLabels(value: Double, decimals: Int?, text: String) {
        #expect(NumberFormat.value(value, decimals: decimals) == text)
    }
}
