import Testing
import ChartScales

@Suite struct TicksLegibilityTests {
    /// 7 points a character, as a stand-in for measured text.
    static func width(_ v: Double, _ step: Double) -> Double {
        Double(NumberFormat.tick(v, step: step).count) * 7
    }

    @Test(arguments: [
        // axis length → ticks for 0…15354504 with 6-point gaps
        (400.0, [0, 4e6, 8e6, 12e6, 16e6]),
        (200.0, [0, 8e6, 16e6]),
        (90.0, [0, 16e6]),
    ])
    func labelsThatWouldOverlapAreRejected(length: Double, expected: [Double]) {
        let ticks = Ticks.linear(from: 0, to: 15354504, availableLength: length, labelGap: 6, labelWidth: Self.width)
        #expect(ticks.values == expected)
        let used = ticks.values.map { Self.width($0, ticks.step) }.reduce(0, +) + 6 * Double(ticks.values.count - 1)
        #expect(used <= length)
    }

    @Test func whenNothingFitsTheTicksForTwoAreReturned() {
        let ticks = Ticks.linear(from: 0, to: 15354504, availableLength: 30, labelGap: 6, labelWidth: Self.width)
        #expect(ticks == Ticks.linear(from: 0, to: 15354504, targetCount: 2))
    }

    @Test func theWidthIsAskedWithTheStepTheLabelsWillUse() {
        var asked: Set<Double> = []
        let ticks = Ticks.linear(from: 0, to: 1590.05, availableLength: 400) { v, step in
            asked.insert(step)
            #expect((v / step).rounded() == v / step)
            return 20
        }
        #expect(asked.contains(ticks.step))
    }

    struct Unmeasurable: Error {}

    @Test func aMeasurerErrorReachesTheCaller() {
        #expect(throws: Unmeasurable.self) {
            try Ticks.linear(from: 0, to: 100, availableLength: 300) { _, _ in throw Unmeasurable() }
        }
    }
}
