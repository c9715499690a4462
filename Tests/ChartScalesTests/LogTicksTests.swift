import Testing
import ChartScales

@Suite struct LogTicksTests {
    @Test(arguments: [
        // Three decades or more: powers of ten only.
        (1.0, 1000.0, [1.0, 10, 100, 1000]),
        (0.001, 1e6, [0.001, 0.01, 0.1, 1, 10, 100, 1000, 1e4, 1e5, 1e6]),
        (3, 4500, [1.0, 10, 100, 1000, 1e4]),
        // Fewer: 1, 2, 5 in each decade, from the largest ≤ min to the smallest ≥ max.
        (10, 1000, [10.0, 20, 50, 100, 200, 500, 1000]),
        (3, 45, [2.0, 5, 10, 20, 50]),
        (0.02, 7, [0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10]),
        (0.1 + 0.2, 0.7, [0.2, 0.5, 1]),
        // Reversed, and zero-width (its decade).
        (1000, 1, [1.0, 10, 100, 1000]),
        (5, 5, [1.0, 2, 5, 10]),
    ])
    func powersOfTen(from: Double, to: Double, expected: [Double]) throws {
        let ticks = try Ticks.log(from: from, to: to)
        #expect(ticks.values == expected)
        #expect(ticks.step == 10)
    }

    @Test func labelsKeepTheirOwnDecimals() throws {
        let ticks = try Ticks.log(from: 0.02, to: 7)
        #expect(ticks.values.map { NumberFormat.tick($0, step: ticks.step) }
                == ["0.02", "0.05", "0.1", "0.2", "0.5", "1", "2", "5", "10"])
    }

    @Test(arguments: [
        (0.0, 10.0, "a log scale needs values above zero; found 0"),
        (10.0, -1.0, "a log scale needs values above zero; found −1"),
    ])
    func refusesValuesAtOrBelowZero(from: Double, to: Double, message: String) {
        #expect {
            _ = try Ticks.log(from: from, to: to)
        } throws: { error in
            (error as? ScaleError)?.description == message
        }
    }
}
