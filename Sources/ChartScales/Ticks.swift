/// Nice tick values for axes. Every chart kind takes its ticks from here, so all axes of a
/// report agree on what a nice number is.
public enum Ticks {
    /// Ticks for a linear axis by the extended-Wilkinson search.
    ///
    /// - Parameters:
    ///   - a: one end of the data; the ends may come in either order, and must be finite.
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
    public static func linear(from a: Double, to b: Double, targetCount: Int = 5, includeZero: Bool = false,
                              fit: TickFit = .covering, availableLength: Double, labelGap: Double = 0,
                              labelWidth: (_ value: Double, _ step: Double) throws -> Double) rethrows -> TickSet {
        precondition(a.isFinite && b.isFinite, "tick domains must be finite; found \(a) and \(b)")
        let (lower, upper) = searchDomain(a, b, includeZero: includeZero)
        let search = ExtendedWilkinson(lower: lower, upper: upper, targetCount: max(2, targetCount), onlyLoose: fit == .covering)
        if let ticks = try search.best(availableLength: availableLength, labelGap: labelGap, labelWidth: labelWidth) {
            return ticks
        }
        let sparse = ExtendedWilkinson(lower: lower, upper: upper, targetCount: 2, onlyLoose: fit == .covering)
        return sparse.best(availableLength: .infinity, labelGap: 0) { _, _ in 0 } ?? TickSet(values: [lower, upper], step: upper - lower)
    }

    /// The ends in order, with zero when asked for, and widened when they are (as good as)
    /// equal: 0…0 becomes 0…1, and any other v…v becomes v ± 10%, so a flat series still
    /// gets an axis with nice ticks around it. A span below 1e-10 of the values' magnitude
    /// counts as equal, being beyond what doubles, or a chart, can tell apart.
    static func searchDomain(_ a: Double, _ b: Double, includeZero: Bool) -> (Double, Double) {
        var lower = min(a, b), upper = max(a, b)
        if includeZero {
            lower = min(lower, 0)
            upper = max(upper, 0)
        }
        guard upper - lower <= 1e-10 * max(abs(lower), abs(upper)) else { return (lower, upper) }
        let centre = (lower + upper) / 2
        guard centre != 0 else { return (0, 1) }
        return (centre - abs(centre) * 0.1, centre + abs(centre) * 0.1)
    }
}
