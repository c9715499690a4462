import Testing
import ChartScales

@Suite struct LogScaleTests {
    @Test(arguments: [
        // value, position on 1…1000 → (0, 300)
        (1.0, 0.0), (10.0, 100.0), (100.0, 200.0), (1000.0, 300.0),
    ])
    func mapsByDecade(value: Double, position: Double) throws {
        let scale = try LogScale(domain: 1...1000, range: (0, 300))
        #expect(abs(scale(value) - position) < 1e-9)
        #expect(abs(scale.invert(position) - value) < 1e-9 * value)
    }

    @Test func runsBackwardsForAVerticalAxis() throws {
        let scale = try LogScale(domain: 10...1000, range: (400, 0))
        #expect(abs(scale(100) - 200) < 1e-9)
    }

    @Test func aZeroWidthDomainMapsToTheMiddle() throws {
        let scale = try LogScale(domain: 5...5, range: (0, 300))
        #expect(scale(5) == 150)
    }

    @Test func aValueAtZeroHasNoPosition() throws {
        let scale = try LogScale(domain: 1...1000, range: (0, 300))
        #expect(!scale(0).isFinite)
        #expect(!scale(-1).isFinite)
    }

    @Test(arguments: [
        (0.0...100.0, "a log scale needs values above zero; found 0"),
        (-3.5...100.0, "a log scale needs values above zero; found −3.5"),
        (-0.0001...1.0, "a log scale needs values above zero; found −0.0001"),
        (1.0...Double.infinity, "a scale needs finite bounds; found inf"),
    ])
    func refusesADomainWithoutLogarithms(domain: ClosedRange<Double>, message: String) {
        #expect {
            _ = try LogScale(domain: domain, range: (0, 300))
        } throws: { error in
            (error as? ScaleError)?.description == message
        }
    }
}
