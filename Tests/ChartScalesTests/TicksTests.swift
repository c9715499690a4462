import Testing
import ChartScales

@Suite struct TicksTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var from: Double
        var to: Double
        var targetCount = 5
        var includeZero = false
        var covering: [Double]
        var free: [Double]
        var testDescription: String { "\(from)…\(to) target \(targetCount)\(includeZero ? " with 0" : "")" }
    }

    static let cases: [Case] = [
        // 0, 400 … 1600 scores 0.80 against 0.79 for 0, 500, 1000, 1500: five ticks on the
        // target and 1600 almost at the data's end outweigh the nicer step of 5.
        Case(from: 0, to: 1590.05, covering: [0, 400, 800, 1200, 1600], free: [0, 400, 800, 1200, 1600]),
        Case(from: -100, to: 118.3, covering: [-100, -50, 0, 50, 100, 150], free: [-100, -50, 0, 50, 100]),
        Case(from: 0, to: 15354504, covering: [0, 4e6, 8e6, 12e6, 16e6], free: [0, 5e6, 10e6, 15e6]),
        Case(from: 2046179, to: 15354504, includeZero: true, covering: [0, 4e6, 8e6, 12e6, 16e6], free: [0, 5e6, 10e6, 15e6]),
        // The labeling package's own example: extended(8.1, 14.1, 4) gives 8 10 12 14.
        Case(from: 8.1, to: 14.1, targetCount: 4, covering: [7.5, 10, 12.5, 15], free: [8, 10, 12, 14]),
        Case(from: 0, to: 1, targetCount: 6, covering: [0, 0.2, 0.4, 0.6, 0.8, 1], free: [0, 0.2, 0.4, 0.6, 0.8, 1]),
        Case(from: 0, to: 1, covering: [0, 0.25, 0.5, 0.75, 1], free: [0, 0.25, 0.5, 0.75, 1]),
        Case(from: 0, to: 100, targetCount: 10, covering: [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100],
             free: [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]),
        Case(from: 0, to: 100, targetCount: 2, covering: [0, 100], free: [0, 100]),
        Case(from: -3.8, to: 11.7, covering: [-4, 0, 4, 8, 12], free: [-4, 0, 4, 8, 12]),
        Case(from: 3, to: 97, includeZero: true, covering: [0, 25, 50, 75, 100], free: [0, 25, 50, 75, 100]),
        // Negative domains, with and without zero.
        Case(from: -118.3, to: -100, covering: [-120, -115, -110, -105, -100], free: [-120, -115, -110, -105, -100]),
        Case(from: -37, to: -2, includeZero: true, covering: [-40, -30, -20, -10, 0], free: [-40, -30, -20, -10, 0]),
        // Reversed: the ends are swapped.
        Case(from: 1590.05, to: 0, covering: [0, 400, 800, 1200, 1600], free: [0, 400, 800, 1200, 1600]),
        // Zero-width: v…v widens to v ± 10%, 0…0 to 0…1.
        Case(from: 5, to: 5, covering: [4.5, 4.75, 5, 5.25, 5.5], free: [4.5, 4.75, 5, 5.25, 5.5]),
        Case(from: -5, to: -5, covering: [-5.5, -5.25, -5, -4.75, -4.5], free: [-5.5, -5.25, -5, -4.75, -4.5]),
        Case(from: 463, to: 463, covering: [410, 430, 450, 470, 490, 510], free: [420, 440, 460, 480, 500]),
        Case(from: 0, to: 0, covering: [0, 0.25, 0.5, 0.75, 1], free: [0, 0.25, 0.5, 0.75, 1]),
        // A span doubles cannot tick counts as zero-width.
        Case(from: 1e15, to: 1e15 + 0.001, covering: [9e14, 9.5e14, 1e15, 1.05e15, 1.1e15], free: [9e14, 9.5e14, 1e15, 1.05e15, 1.1e15]),
        // Tiny and huge spans.
        Case(from: 1, to: 1.000001, covering: [1, 1.00000025, 1.0000005, 1.00000075, 1.000001],
             free: [1, 1.00000025, 1.0000005, 1.00000075, 1.000001]),
        Case(from: 0, to: 1e-6, covering: [0, 2.5e-7, 5e-7, 7.5e-7, 1e-6], free: [0, 2.5e-7, 5e-7, 7.5e-7, 1e-6]),
        Case(from: 0, to: 1e12, covering: [0, 2.5e11, 5e11, 7.5e11, 1e12], free: [0, 2.5e11, 5e11, 7.5e11, 1e12]),
        Case(from: -1e12, to: 3e12, covering: [-1e12, 0, 1e12, 2e12, 3e12], free: [-1e12, 0, 1e12, 2e12, 3e12]),
        // Floating-point noise in the data: 0.1 + 0.2 is covered by a tick at 0.3.
        Case(from: 0, to: 0.1 + 0.2, covering: [0, 0.1, 0.2, 0.3], free: [0, 0.1, 0.2, 0.3]),
    ]

    @Test(arguments: cases)
    func coveringTicks(_ c: Case) {
        let ticks = Ticks.linear(from: c.from, to: c.to, targetCount: c.targetCount, includeZero: c.includeZero)
        #expect(ticks.values == c.covering)
        #expect(ticks.lower == c.covering.first && ticks.upper == c.covering.last)
    }

    @Test(arguments: cases)
    func freeTicks(_ c: Case) {
        let ticks = Ticks.linear(from: c.from, to: c.to, targetCount: c.targetCount, includeZero: c.includeZero, fit: .free)
        #expect(ticks.values == c.free)
    }

    /// Every tick is an exact multiple of the step and prints with no more decimals than the
    /// step has: never 0.6000000000000001, never 0, 397, 794.
    @Test(arguments: cases)
    func ticksAreNiceMultiples(_ c: Case) {
        let ticks = Ticks.linear(from: c.from, to: c.to, targetCount: c.targetCount, includeZero: c.includeZero)
        let places = NumberFormat.decimals(forStep: ticks.step)
        for (a, b) in zip(ticks.values, ticks.values.dropFirst()) {
            #expect(abs((b - a) - ticks.step) <= 1e-9 * ticks.step)
        }
        for v in ticks.values {
            let printed = "\(v)"
            if !printed.contains("e") {
                #expect(printed.split(separator: ".").last.map(\.count) ?? 0 <= max(1, places), "\(printed)")
            }
        }
    }

    @Test func zeroToOneInFifthsIsExact() {
        let ticks = Ticks.linear(from: 0, to: 1, targetCount: 6)
        #expect(ticks.step == 0.2)
        #expect(ticks.values[3] == 0.6)
        #expect(ticks.values == [0, 0.2, 0.4, 0.6, 0.8, 1.0])
    }

    @Test func coveringTicksReachBothEnds() {
        for upper in stride(from: 0.1, through: 50, by: 0.7) {
            for target in 2...9 {
                let ticks = Ticks.linear(from: -upper / 3, to: upper, targetCount: target)
                #expect(ticks.lower <= -upper / 3 && ticks.upper >= upper, "\(upper) target \(target)")
            }
        }
    }
}
