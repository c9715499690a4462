/// The unit numbers are shown in and what to divide the stored values by to get there
/// (15354504 万元 is shown as 1,535.4504 亿元: unit 亿元, divisor 10000).
public struct DisplayUnit: Hashable, Sendable {
    /// The unit for the chart's subtitle or axis title, e.g. 亿元.
    public let unit: String
    /// What the values as printed are divided by: 1 when the unit is unchanged.
    public let divisor: Double

    public init(unit: String, divisor: Double) {
        self.unit = unit
        self.divisor = divisor
    }

    /// `v` expressed in `unit`.
    public func scaled(_ v: Double) -> Double { v / divisor }
}
