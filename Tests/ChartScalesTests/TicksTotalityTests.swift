import Foundation
import PropertyBased
import Testing
import ChartScales

/// The tick search must answer for every finite double, however extreme: a table can print
/// 4.9e-324 or 1e308, and a crash or a hang there takes a whole batch of charts down with it.
@Suite struct TicksTotalityTests {
    /// Doubles from every corner: a random sign, mantissa and decimal exponent from −330
    /// (below the subnormals, so some round to 0) to 308, and, two times in five, an edge of the
    /// doubles (0, the smallest subnormal, the smallest normal, the largest finite).
    static let anyFinite = zip(Gen.int(in: 0...9), Gen.bool, Gen<Double>.value(in: 1..<10), Gen.int(in: -330...308))
        .map { pick, negative, mantissa, exponent -> Double in
            let edges: [Double] = [0, .leastNonzeroMagnitude, .leastNormalMagnitude, .greatestFiniteMagnitude]
            let magnitude = pick < edges.count
                ? edges[pick]
                : min(mantissa * pow(10, Double(exponent / 2)) * pow(10, Double(exponent - exponent / 2)), .greatestFiniteMagnitude)
            return negative ? -magnitude : magnitude
        }

    /// The second end: another double (0), the same one (1: a zero-width domain), or its
    /// neighbour (2: a span of one unit in the last place).
    static func otherEnd(_ a: Double, _ b: Double, _ relation: Int) -> Double {
        switch relation {
        case 1: return a
        case 2: return a.nextUp.isFinite ? a.nextUp : a.nextDown
        default: return b
        }
    }

    @Test func ticksAreFiniteAscendingAndCoverTheData() async {
        await propertyCheck(count: 3000, input: Self.anyFinite, Self.anyFinite, Gen.int(in: 0...2), Gen.bool) { a, other, relation, includeZero in
            let b = Self.otherEnd(a, other, relation)
            let ticks = Ticks.linear(from: a, to: b, includeZero: includeZero)
            Self.expectUsable(ticks, a, b)
            let lower = includeZero ? min(a, b, 0) : min(a, b), upper = includeZero ? max(a, b, 0) : max(a, b)
            let slack = 2e-9 * (upper / 2 - lower / 2)
            #expect(ticks.lower <= lower + slack && ticks.upper >= upper - slack, "\(ticks.values) do not cover \(a)…\(b)")
        }
    }

    @Test func freeTicksAndMeasuredLabelsAreFiniteAndAscending() async {
        await propertyCheck(count: 2000, input: Self.anyFinite, Self.anyFinite, Gen.int(in: 0...2), Gen.int(in: 2...12)) { a, other, relation, target in
            let b = Self.otherEnd(a, other, relation)
            Self.expectUsable(Ticks.linear(from: a, to: b, targetCount: target, fit: .free), a, b)
            let measured = Ticks.linear(from: a, to: b, targetCount: target, availableLength: 300, labelGap: 8) { value, step in
                Double(NumberFormat.tick(value, step: step).count) * 6
            }
            Self.expectUsable(measured, a, b)
        }
    }

    /// The inputs that crashed or hung `yearbook plot`: a subnormal, ±1e308 (whose span
    /// overflows), 0…1e308 (whose squared span overflowed into NaN and looped), and the ends of
    /// the doubles.
    @Test(arguments: [
        (0, 4.9e-324), (-1e308, 1e308), (0, 1e308), (1e308, 1e308), (4.9e-324, 4.9e-324),
        (-Double.greatestFiniteMagnitude, .greatestFiniteMagnitude), (0, .greatestFiniteMagnitude),
        (.greatestFiniteMagnitude, .greatestFiniteMagnitude), (-0.0, 0),
    ] as [(Double, Double)])
    func extremeDomains(_ a: Double, _ b: Double) {
        let ticks = Ticks.linear(from: a, to: b, includeZero: true)
        Self.expectUsable(ticks, a, b)
        #expect(ticks.lower <= min(a, b, 0) && ticks.upper >= max(a, b, 0))
    }

    @Test func oppositeExtremesGetNiceTicks() {
        #expect(Ticks.linear(from: -1e308, to: 1e308).values == [-1e308, -5e307, 0, 5e307, 1e308])
        #expect(Ticks.linear(from: 0, to: 1e308).values == [0, 2.5e307, 5e307, 7.5e307, 1e308])
    }

    @Test func extremeTicksAreLabelledWithAnExponent() {
        #expect(NumberFormat.tick(-5e307, step: 5e307) == "−5e307")
        #expect(NumberFormat.tick(.greatestFiniteMagnitude, step: 1e308) == "1.8e308")
        #expect(NumberFormat.tick(4.9e-324, step: 4.9e-324) == "4.94e−324")
        #expect(NumberFormat.tick(0, step: 4.9e-324) == "0")
        #expect(NumberFormat.value(1e308, decimals: nil) == "1e308")
    }

    @Test func aDomainWiderThanTheDoublesMapsProportionally() {
        let x = LinearScale(domain: -1e308...1e308, range: (0, 100))
        #expect(x(0) == 50)
        #expect(x(1e308) == 100)
        #expect(x(-5e307) == 25)
    }

    static func expectUsable(_ ticks: TickSet, _ a: Double, _ b: Double, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(ticks.values.count >= 2, "\(a)…\(b): \(ticks.values)", sourceLocation: sourceLocation)
        let finite = ticks.values.allSatisfy(\.isFinite)
        let ascending = zip(ticks.values, ticks.values.dropFirst()).allSatisfy { $0 < $1 }
        #expect(finite && ascending, "\(a)…\(b): \(ticks.values)", sourceLocation: sourceLocation)
        #expect(ticks.step.isFinite && ticks.step > 0, "\(a)…\(b): step \(ticks.step)", sourceLocation: sourceLocation)
    }
}
