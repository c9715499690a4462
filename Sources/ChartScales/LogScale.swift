import Foundation

/// Maps values to positions by their base-10 logarithm, for data spanning several orders of
/// magnitude (outputs of zones from 1 亿元 to 1,000 亿元) where a linear axis would crush the
/// small ones.
public struct LogScale: Sendable {
    /// The data values, above zero.
    public let domain: ClosedRange<Double>
    /// The positions, in points, that the domain's lower and upper bound map to.
    public let range: (Double, Double)

    /// Throws `ScaleError` when the domain reaches zero or below (no logarithm) or is not finite.
    public init(domain: ClosedRange<Double>, range: (Double, Double)) throws {
        guard domain.lowerBound > 0 else { throw ScaleError.notPositive(domain.lowerBound) }
        guard domain.upperBound.isFinite else { throw ScaleError.notFinite(domain.upperBound) }
        self.domain = domain
        self.range = range
    }

    private var linear: LinearScale {
        LinearScale(domain: log10(domain.lowerBound)...log10(domain.upperBound), range: range)
    }

    /// The position of `v`. A value at or below zero has no place on a log axis: the result
    /// is then not finite, and the chart layout must leave such values out.
    public func callAsFunction(_ v: Double) -> Double {
        linear(log10(v))
    }

    /// The data value at position `p`.
    public func invert(_ p: Double) -> Double {
        pow(10, linear.invert(p))
    }
}
