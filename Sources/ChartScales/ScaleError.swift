/// Why a scale cannot be built, as a whole sentence naming the offending value, so the chart
/// layout can pass it on to the user unchanged.
public enum ScaleError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A log scale was given a bound at or below zero, which has no logarithm.
    case notPositive(Double)
    /// A scale was given an infinite or NaN bound, which has no position.
    case notFinite(Double)

    public var description: String {
        switch self {
        case .notPositive(let v):
            "a log scale needs values above zero; found \(ScaleError.describe(v))"
        case .notFinite(let v):
            "a scale needs finite bounds; found \(v)"
        }
    }

    /// The value with every digit it has, so 0.0001 is not shown as 0.
    private static func describe(_ v: Double) -> String {
        NumberFormat.grouped(v, decimals: NumberFormat.decimals(forStep: v))
    }
}
