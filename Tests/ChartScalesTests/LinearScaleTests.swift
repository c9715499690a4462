import Testing
import ChartScales

@Suite struct LinearScaleTests {
    @Test(arguments: [
        // domain, range, value, position
        (0.0...100.0, (0.0, 500.0), 25.0, 125.0),
        (0.0...100.0, (0.0, 500.0), 150.0, 750.0),
        (0.0...2000.0, (400.0, 0.0), 500.0, 300.0),
        (0.0...2000.0, (400.0, 0.0), 0.0, 400.0),
        (-100.0...150.0, (10.0, 260.0), 0.0, 110.0),
        (-100.0...150.0, (10.0, 260.0), -100.0, 10.0),
    ])
    func mapsProportionally(domain: ClosedRange<Double>, range: (Double, Double), value: Double, position: Double) {
        let scale = LinearScale(domain: domain, range: range)
        #expect(scale(value) == position)
        #expect(scale.invert(position) == value)
    }

    @Test func aZeroWidthDomainMapsToTheMiddleOfTheRange() {
        let scale = LinearScale(domain: 5...5, range: (400, 0))
        #expect(scale(5) == 200)
        #expect(scale(7) == 200)
        #expect(scale.invert(123) == 5)
    }

    @Test func aZeroWidthRangeInvertsToTheMiddleOfTheDomain() {
        let scale = LinearScale(domain: 0...10, range: (50, 50))
        #expect(scale(3) == 50)
        #expect(scale.invert(50) == 5)
    }
}
