import ChartScene
import Testing
@testable import ChartLayout

/// A decimated line keeps, in every pixel column, what the full line puts there.
@Suite struct DecimationTests {
    /// The first, lowest, highest and last y of each pixel column at `scale`.
    static func columns(_ points: [Point], scale: Double) -> [Double: [Double]] {
        Dictionary(grouping: points) { ($0.x * scale).rounded(.down) }.mapValues { ys in
            [ys.first!.y, ys.map(\.y).min()!, ys.map(\.y).max()!, ys.last!.y]
        }
    }

    @Test func everyColumnKeepsItsEndsAndExtremes() {
        var random = SplitMix(seed: 11)
        var y = 300.0
        // 10⁵ points of a random walk over 500 points of width, starting off the pixel grid.
        let points = (0..<100_000).map { i -> Point in
            y += random.double(in: -3...3)
            return Point(60.3 + Double(i) * 500 / 100_000, y)
        }
        let kept = Decimation.perColumn(points)
        #expect(kept.count <= 4 * 1001)
        #expect(zip(kept, kept.dropFirst()).allSatisfy { $0.x < $1.x }, "in order")
        for scale in [2.0, 1.0] {
            #expect(Self.columns(kept, scale: scale) == Self.columns(points, scale: scale), "at \(scale)×")
        }
    }

    @Test func aShortLineIsDrawnAsItIs() {
        let points = (0..<3000).map { Point(Double($0) / 5, Double($0 % 7)) }
        #expect(Decimation.perColumn(points).count == points.count, "fewer than 4 points a column")
        #expect(Decimation.perColumn([Point(1, 1), Point(1, 2)]) == [Point(1, 1), Point(1, 2)])
    }
}
