import Foundation

/// Nice tick values for axes. Every chart kind takes its ticks from here, so all axes of a
/// report agree on what a nice number is.
public enum Ticks {
    /// Ticks for a linear axis by the extended-Wilkinson search.
    ///
    /// - Parameters:
    ///   - a: one end of the data; the ends may come in either order.
    ///   - b: the other end.
    ///   - targetCount: how many ticks to aim for; the search may choose a few more or fewer.
    ///   - includeZero: extend the domain to 0 first, as bars must start at 0.
    ///   - fit: `.covering` (the default for chart axes) or `.free`; see `TickFit`.
    public static func linear(from a: Double, to b: Double, targetCount: Int = 5, includeZero: Bool = false,
                              fit: TickFit = .covering) -> TickSet {
        linear(from: a, to: b, targetCount: targetCount, includeZero: includeZero, fit: fit,
               availableLength: .infinity) { _, _ in 0 }
    }

    /// Ticks for a linear axis whose labels must not overlap: tick sets whose labels, side by
    /// side with `labelGap` between neighbours, are longer than `availableLength` are rejected
    /// (their legibility scores −∞). When none fits, the ticks for a target of 2 are returned.
    ///
    /// `labelWidth` gets a tick value and the step, so it can format the label as the axis
    /// will (`NumberFormat.tick(_:step:)`) and measure it; the search rethrows its errors, so
    /// a font that cannot draw a label fails the chart instead of passing unmeasured.
    ///
    /// Total over the doubles: subnormal, ±1e308 and equal ends all give finite, ascending
    /// ticks (at the extremes possibly just the two ends), in a bounded number of steps. An
    /// end that is not finite is read as the nearest finite double (NaN as 0); the loaders
    /// refuse such numbers, so only an overflowing computation can bring one here.
    public static func linear(from a: Double, to b: Double, targetCount: Int = 5, includeZero: Bool = false,
                              fit: TickFit = .covering, availableLength: Double, labelGap: Double = 0,
                              labelWidth: (_ value: Double, _ step: Double) throws -> Double) rethrows -> TickSet {
        let (lower, upper) = searchDomain(finite(a), finite(b), includeZero: includeZero)
        let exponent = searchExponent(lower, upper)
        let scaled = (shift(lower, by: -exponent), shift(upper, by: -exponent))
        func search(_ count: Int) -> ExtendedWilkinson {
            ExtendedWilkinson(lower: scaled.0, upper: scaled.1, exponent: exponent, targetCount: count, onlyLoose: fit == .covering)
        }
        if let ticks = try search(max(2, targetCount)).best(availableLength: availableLength, labelGap: labelGap, labelWidth: labelWidth) {
            return ticks
        }
        let span = upper - lower
        return search(2).best(availableLength: .infinity, labelGap: 0) { _, _ in 0 }
            ?? TickSet(values: [lower, upper], step: span.isFinite ? span : .greatestFiniteMagnitude)
    }

    /// The ends in order, with zero when asked for, and widened when they are (as good as)
    /// equal: 0…0 becomes 0…1, and any other v…v becomes v ± 10%, so a flat series still
    /// gets an axis with nice ticks around it. A span below 1e-10 of the values' magnitude
    /// counts as equal, being beyond what doubles, or a chart, can tell apart. The widened
    /// ends stay finite, and distinct even among the subnormals, where 10% is below the
    /// doubles' spacing.
    static func searchDomain(_ a: Double, _ b: Double, includeZero: Bool) -> (Double, Double) {
        var lower = min(a, b), upper = max(a, b)
        if includeZero {
            lower = min(lower, 0)
            upper = max(upper, 0)
        }
        guard upper - lower <= 1e-10 * max(abs(lower), abs(upper)) else { return (lower, upper) }
        let centre = lower + (upper - lower) / 2
        guard centre != 0 else { return (0, 1) }
        let widened = (finite(centre - abs(centre) * 0.1), finite(centre + abs(centre) * 0.1))
        return widened.0 < widened.1 ? widened : (centre.nextDown, centre.nextUp)
    }

    /// The decimal exponent to divide the ends by before the search: 0 for data within
    /// 1e±100, whose ticks are searched as they always were, else the data's own exponent, so
    /// the search's squared spans neither overflow (1e308²) nor vanish (1e-320²).
    static func searchExponent(_ lower: Double, _ upper: Double) -> Int {
        let magnitude = max(abs(lower), abs(upper))
        return (1e-100...1e100).contains(magnitude) ? 0 : Int(floor(log10(magnitude)))
    }

    /// `v` × 10^`e`, the power applied in two halves so that neither overflows to ∞ nor
    /// underflows to 0 for any |e| up to the doubles' 324 decades.
    static func shift(_ v: Double, by e: Int) -> Double {
        v * pow(10, Double(e / 2)) * pow(10, Double(e - e / 2))
    }

    /// The nearest finite double: ±∞ to ±greatestFiniteMagnitude, NaN to 0.
    static func finite(_ v: Double) -> Double {
        v.isNaN ? 0 : min(max(v, -.greatestFiniteMagnitude), .greatestFiniteMagnitude)
    }
}
