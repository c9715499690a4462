/// Maps data values to positions proportionally, the scale of every bar and line axis.
///
/// The range is an ordered pair rather than a `ClosedRange` so it can run backwards: a
/// vertical axis maps its domain to `(bottom, top)` because points grow downwards.
public struct LinearScale: Sendable {
    /// The data values, usually `ticks.lower...ticks.upper` so the axis ends on ticks.
    public let domain: ClosedRange<Double>
    /// The positions, in points, that the domain's lower and upper bound map to.
    public let range: (Double, Double)

    public init(domain: ClosedRange<Double>, range: (Double, Double)) {
        self.domain = domain
        self.range = range
    }

    /// The position of `v`; values outside the domain extrapolate, so the caller decides
    /// whether to clip. A zero-width domain maps everything to the middle of the range, so a
    /// flat series draws a centred line instead of NaN. A domain wider than the largest double
    /// (−1e308…1e308) is measured in halves, so its width does not overflow to ∞.
    public func callAsFunction(_ v: Double) -> Double {
        let width = domain.upperBound - domain.lowerBound
        guard width != 0 else { return (range.0 + range.1) / 2 }
        let fraction = width.isFinite
            ? (v - domain.lowerBound) / width
            : (v / 2 - domain.lowerBound / 2) / (domain.upperBound / 2 - domain.lowerBound / 2)
        return range.0 + fraction * (range.1 - range.0)
    }

    /// The data value at position `p`, for reading a value back from the drawing.
    /// A zero-width range gives the middle of the domain.
    public func invert(_ p: Double) -> Double {
        let length = range.1 - range.0
        guard length != 0 else { return (domain.lowerBound + domain.upperBound) / 2 }
        return domain.lowerBound + (p - range.0) / length * (domain.upperBound - domain.lowerBound)
    }
}
