import Foundation

/// The extended-Wilkinson tick search (Talbot, Lin & Hanrahan, "An Extension of Wilkinson's
/// Algorithm for Positioning Tick Labels on Axes", InfoVis 2010), following the authors' R
/// implementation (labeling::extended).
///
/// A candidate is k ticks (start + i·j)·q·10^z, i = 0 ..< k: nice step q, every j-th
/// multiple. It is scored by simplicity (an earlier q, no skipping, a tick at zero), coverage
/// (ticks close to the data's ends), density (near the target count) and legibility (labels
/// that fit); candidates are walked in an order where upper bounds on the score stop the
/// search early.
///
/// The search runs on the data divided by 10^`exponent` (see `Ticks.searchExponent`), so its
/// squares and quotients stay finite for data anywhere in the doubles; the ticks it returns are
/// formed at the data's own scale.
struct ExtendedWilkinson {
    /// Nice steps, most preferred first.
    static let niceSteps: [Double] = [1, 5, 2, 2.5, 4, 3]
    static let weights = (simplicity: 0.25, coverage: 0.2, density: 0.5, legibility: 0.05)

    /// The data's ends divided by 10^`exponent`, lower < upper.
    let lower: Double
    let upper: Double
    /// The decimal exponent the ends were divided by: tick n·q·10^z of the search is the value
    /// n·q·10^(z + exponent).
    let exponent: Int
    /// The number of ticks to aim for, at least 2.
    let targetCount: Int
    /// Whether the ticks must cover the data (first tick ≤ lower, last ≥ upper).
    let onlyLoose: Bool

    /// The best tick set, or nil when none scores above the reference's floor of −2 (which
    /// happens when no set's labels fit in `availableLength`).
    func best(availableLength: Double, labelGap: Double,
              labelWidth: (Double, Double) throws -> Double) rethrows -> TickSet? {
        let w = Self.weights
        var best: TickSet?
        var bestScore = -2.0
        var measured: [SIMD2<Double>: Double] = [:]
        var j = 1
        while true {
            for (i, q) in Self.niceSteps.enumerated() {
                let sm = simplicityMax(i, j)
                if w.simplicity * sm + w.coverage + w.density + w.legibility < bestScore { return best }
                var k = 2
                while w.simplicity * sm + w.coverage + w.density * densityMax(k) + w.legibility >= bestScore {
                    let delta = (upper - lower) / Double(k + 1) / Double(j) / q
                    var z = Int(ceil(log10(delta)))
                    while true {
                        let step = Self.multiple(j, of: q, exponent: z)
                        let cm = coverageMax(step * Double(k - 1))
                        if w.simplicity * sm + w.coverage * cm + w.density * densityMax(k) + w.legibility < bestScore { break }
                        let minStart = Int(floor(upper / step)) * j - (k - 1) * j
                        let maxStart = Int(ceil(lower / step)) * j
                        for start in stride(from: minStart, through: maxStart, by: 1) {
                            let first = Self.multiple(start, of: q, exponent: z)
                            let last = Self.multiple(start + (k - 1) * j, of: q, exponent: z)
                            let hasZero = start <= 0 && start + (k - 1) * j >= 0 && start % j == 0
                            let score = w.simplicity * simplicity(i, j, hasZero: hasZero) + w.coverage * coverage(first, last)
                                + w.density * density(k, first, last) + w.legibility
                            guard score > bestScore, !onlyLoose || covers(first, last) else { continue }
                            let values = (0..<k).map { Self.multiple(start + $0 * j, of: q, exponent: z + exponent) }
                            guard Self.representable(values) else { continue }
                            let realStep = Self.multiple(j, of: q, exponent: z + exponent)
                            guard try fits(values, step: realStep, availableLength, labelGap, &measured, labelWidth) else { continue }
                            best = TickSet(values: values, step: realStep)
                            bestScore = score
                        }
                        z += 1
                    }
                    k += 1
                }
            }
            j += 1
        }
    }

    /// n·q·10^z formed so that it is the double nearest the decimal value: dividing by an
    /// exact power of ten instead of multiplying by an inexact 0.1 is what keeps 3 × 0.2 at
    /// 0.6 rather than 0.6000000000000001.
    ///
    /// Beyond 10^±308 the power itself is not a double, so it is applied in two steps; the
    /// result may then round to zero or overflow, which `representable` rejects.
    static func multiple(_ n: Int, of q: Double, exponent z: Int) -> Double {
        let m = Double(n) * q
        let limit = 308
        if z < -limit { return m / pow(10, Double(limit)) / pow(10, Double(-z - limit)) }
        if z > limit { return m * pow(10, Double(limit)) * pow(10, Double(z - limit)) }
        return z < 0 ? m / pow(10, Double(-z)) : m * pow(10, Double(z))
    }

    /// Whether ticks formed at the data's scale are finite and strictly ascending: at the ends
    /// of the doubles a nice value can overflow (2e308) or round onto its neighbour (1e-324 and
    /// 2e-324 are both 0), and such a set cannot label an axis.
    static func representable(_ values: [Double]) -> Bool {
        values.allSatisfy(\.isFinite) && zip(values, values.dropFirst()).allSatisfy { $0 < $1 }
    }

    /// Higher for a nice step earlier in the list (index `i`), no skipping (`j` = 1) and a
    /// tick at zero.
    private func simplicity(_ i: Int, _ j: Int, hasZero: Bool) -> Double {
        1 - Double(i) / Double(Self.niceSteps.count - 1) - Double(j) + (hasZero ? 1 : 0)
    }

    private func simplicityMax(_ i: Int, _ j: Int) -> Double {
        simplicity(i, j, hasZero: true)
    }

    private func coverage(_ first: Double, _ last: Double) -> Double {
        let range = upper - lower
        return 1 - 0.5 * ((upper - last) * (upper - last) + (lower - first) * (lower - first)) / ((0.1 * range) * (0.1 * range))
    }

    private func coverageMax(_ span: Double) -> Double {
        let range = upper - lower
        guard span > range else { return 1 }
        let half = (span - range) / 2
        return 1 - 0.5 * (2 * half * half) / ((0.1 * range) * (0.1 * range))
    }

    private func density(_ k: Int, _ first: Double, _ last: Double) -> Double {
        let r = Double(k - 1) / (last - first)
        let target = Double(targetCount - 1) / (max(last, upper) - min(first, lower))
        return 2 - max(r / target, target / r)
    }

    private func densityMax(_ k: Int) -> Double {
        k >= targetCount ? 2 - Double(k - 1) / Double(targetCount - 1) : 1
    }

    /// Whether the ticks reach both ends of the data, allowing for the last bits of
    /// floating-point noise (data at 0.1 + 0.2 is covered by a tick at 0.3).
    private func covers(_ first: Double, _ last: Double) -> Bool {
        let slack = 1e-9 * (upper - lower)
        return first <= lower + slack && last >= upper - slack
    }

    /// Legibility: the labels side by side, with a gap between neighbours, fit on the axis.
    /// Widths are remembered by (value, step), as the search meets the same labels many times
    /// and measuring text is the costly part.
    private func fits(_ values: [Double], step: Double, _ availableLength: Double, _ gap: Double,
                      _ measured: inout [SIMD2<Double>: Double],
                      _ labelWidth: (Double, Double) throws -> Double) rethrows -> Bool {
        guard availableLength.isFinite else { return true }
        var total = gap * Double(values.count - 1)
        for value in values {
            let key = SIMD2(value, step)
            let width = try measured[key] ?? labelWidth(value, step)
            measured[key] = width
            total += width
            if total > availableLength { return false }
        }
        return true
    }
}
