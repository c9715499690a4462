import Foundation

extension Ticks {
    /// Ticks for a log axis: powers of ten covering the domain, with their 2 and 5 multiples
    /// as well when the domain spans fewer than 3 decades (1, 2, 5, 10, 20 …), since two or
    /// three powers alone would leave the axis almost unlabelled. The first tick is the
    /// largest such value ≤ the smaller end, the last the smallest ≥ the larger. A zero-width
    /// domain v…v is widened to its decade. `step` is the decade factor, 10.
    ///
    /// Throws `ScaleError` when an end is at or below zero or is not finite.
    public static func log(from a: Double, to b: Double) throws -> TickSet {
        var lower = min(a, b), upper = max(a, b)
        guard lower > 0 else { throw ScaleError.notPositive(lower) }
        guard upper.isFinite else { throw ScaleError.notFinite(upper) }
        if lower == upper {
            lower = power(Int(floor(log10(lower))))
            upper = lower * 10
        }
        var low = Int(floor(log10(lower)))
        while power(low) > lower { low -= 1 }
        var high = Int(ceil(log10(upper)))
        while power(high) < upper { high += 1 }
        let mantissas: [Double] = log10(upper / lower) < 3 ? [1, 2, 5] : [1]
        let candidates = (low...high).flatMap { e in mantissas.map { ExtendedWilkinson.multiple(1, of: $0, exponent: e) } }
        let first = candidates.lastIndex { $0 <= lower } ?? 0
        let last = candidates.firstIndex { $0 >= upper } ?? candidates.count - 1
        return TickSet(values: Array(candidates[first...last]), step: 10)
    }

    /// 10^e, exact where a double can be.
    private static func power(_ e: Int) -> Double {
        ExtendedWilkinson.multiple(1, of: 1, exponent: e)
    }
}
