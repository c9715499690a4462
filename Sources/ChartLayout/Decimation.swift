import ChartScene

/// A long line drawn as it looks: per pixel column, the first, lowest, highest and last point
/// (in their order), so 10⁶ points draw as a few thousand with the same ink.
enum Decimation {
    static func perColumn(_ points: [Point], columns: Int) -> [Point] {
        guard points.count > 4 * max(columns, 1), let first = points.first, let last = points.last, last.x > first.x else { return points }
        let width = (last.x - first.x) / Double(columns)
        var out: [Point] = []
        out.reserveCapacity(4 * columns)
        var bucket: [Point] = []
        var column = 0
        func flush() {
            guard let a = bucket.first, let z = bucket.last else { return }
            let low = bucket.min { $0.y < $1.y }!, high = bucket.max { $0.y < $1.y }!
            var kept = [a]
            for p in [low, high].sorted(by: { $0.x < $1.x }) where p != kept.last! { kept.append(p) }
            if z != kept.last! { kept.append(z) }
            out += kept
            bucket.removeAll(keepingCapacity: true)
        }
        for p in points {
            let c = min(columns - 1, Int((p.x - first.x) / width))
            if c != column { flush(); column = c }
            bucket.append(p)
        }
        flush()
        return out
    }
}
