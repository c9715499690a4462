/// The ticks chosen for an axis.
///
/// `lower` and `upper` are the first and last tick: the span the ticks cover. For covering
/// ticks the chart layout uses `lower...upper` as the scale's domain, so the axis starts and
/// ends on a labelled tick and every datum lies inside it.
public struct TickSet: Hashable, Sendable {
    /// The tick values, ascending, each formed as an integer multiple of a nice unit so they
    /// print exactly (0.6, not 0.6000000000000001).
    public let values: [Double]
    /// The distance between neighbouring ticks; tick labels take their decimals from it.
    /// For log ticks it is the factor of one decade, 10.
    public let step: Double
    /// The first tick.
    public let lower: Double
    /// The last tick.
    public let upper: Double

    /// The ticks `values`, ascending, `step` apart.
    public init(values: [Double], step: Double) {
        self.values = values
        self.step = step
        self.lower = values.first ?? 0
        self.upper = values.last ?? 0
    }
}
