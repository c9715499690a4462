extension EndLabels {
    /// Which labels (in screen order) to keep when not all fit in `room`: the extremes first,
    /// then the middle, then the middles of the halves, … each kept when it still fits, so the
    /// labels that remain are spread over the whole range of end values.
    static func keptInOrder(heights: [Double], room: Double, gap: Double) -> [Bool] {
        var keep = [Bool](repeating: false, count: heights.count)
        var used = 0.0
        var count = 0
        for i in extremesFirst(heights.count) {
            let need = used + heights[i] + (count > 0 ? gap : 0)
            if need <= room + 1e-9 {
                keep[i] = true
                used = need
                count += 1
            }
        }
        return keep
    }

    /// 0 … n−1 ordered by bisection: both ends, the middle, the middles of each half, …
    static func extremesFirst(_ n: Int) -> [Int] {
        guard n > 0 else { return [] }
        var order = n > 1 ? [0, n - 1] : [0]
        var intervals = [(0, n - 1)]
        var next = 0
        while next < intervals.count {
            let (low, high) = intervals[next]
            next += 1
            guard high - low > 1 else { continue }
            let middle = (low + high) / 2
            order.append(middle)
            intervals.append((low, middle))
            intervals.append((middle, high))
        }
        return order
    }
}
