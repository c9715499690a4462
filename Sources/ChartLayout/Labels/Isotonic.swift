/// Least-squares fitting under an order constraint, which turns "keep the labels in order and
/// apart, moving them as little as possible" into one linear pass.
enum Isotonic {
    /// The non-decreasing sequence nearest to `targets` in least squares, each value then clamped
    /// to `lowest…highest` (for squared error, clamping the unbounded fit gives the bounded one).
    /// Pool adjacent violators: O(n).
    static func fit(_ targets: [Double], lowest: Double, highest: Double) -> [Double] {
        var sums: [Double] = []
        var counts: [Int] = []
        for target in targets {
            var sum = target, count = 1
            while let last = sums.last, let lastCount = counts.last, last / Double(lastCount) >= sum / Double(count) {
                sum += last
                count += lastCount
                sums.removeLast()
                counts.removeLast()
            }
            sums.append(sum)
            counts.append(count)
        }
        var fitted: [Double] = []
        fitted.reserveCapacity(targets.count)
        for (sum, count) in zip(sums, counts) {
            let mean = min(max(sum / Double(count), lowest), highest)
            fitted += repeatElement(mean, count: count)
        }
        return fitted
    }
}
