/// Divides a range into equal bands for categories (one bar or group of bars per zone).
///
/// Padding is a fraction of the step, as in d3's band scale, so the gaps keep their
/// proportion whatever the number of zones: `paddingInner` between bands, `paddingOuter`
/// before the first and after the last.
public struct BandScale: Sendable, Hashable {
    /// The number of categories.
    public let count: Int
    /// The positions, in points, the bands share; band 0 is at the lower bound.
    public let range: ClosedRange<Double>
    /// The gap between neighbouring bands, as a fraction of the step (0…1).
    public let paddingInner: Double
    /// The gap before the first band and after the last, as a fraction of the step.
    public let paddingOuter: Double

    /// `paddingInner` is clamped to 0…1 and `paddingOuter` to ≥ 0, so bands never overlap.
    public init(count: Int, range: ClosedRange<Double>, paddingInner: Double = 0, paddingOuter: Double = 0) {
        self.count = max(0, count)
        self.range = range
        self.paddingInner = min(max(paddingInner, 0), 1)
        self.paddingOuter = max(paddingOuter, 0)
    }

    /// The distance from the start of one band to the start of the next.
    /// With fewer slots than one step (a single band) the step is the whole range.
    public var step: Double {
        let slots = Double(count) - paddingInner + 2 * paddingOuter
        return (range.upperBound - range.lowerBound) / max(1, slots)
    }

    /// The width of each band.
    public var bandwidth: Double { step * (1 - paddingInner) }

    /// Where band `index` starts. The bands are centred in the range, which matters only when
    /// a single band leaves room over.
    public func start(_ index: Int) -> Double {
        let used = step * (Double(count) - paddingInner)
        let offset = (range.upperBound - range.lowerBound - used) / 2
        return range.lowerBound + offset + step * Double(index)
    }

    /// The middle of band `index`, where its category label goes.
    public func center(_ index: Int) -> Double {
        start(index) + bandwidth / 2
    }
}
