import ChartScene

/// The one label-placement service every chart kind uses: each label goes next to its own mark
/// or nowhere. Greedy by priority, with a spatial grid so each label checks only its
/// neighbourhood: O(n log n) for the sort, then about constant work per candidate position.
enum LabelPlacer {
    /// Places labels by priority (then by input order): each takes its first candidate position,
    /// offset by `gap` from its anchor, that lies inside `area`, overlaps no label already placed
    /// and no obstacle; a label with no such position, or with a size that is negative or not
    /// finite, is dropped (its payload returned in `dropped`), never drawn on top of another.
    ///
    /// An obstacle equal to a label's own anchor does not block that label, so callers can pass
    /// every bar as an obstacle and still put a bar's label `.center`, inside it. Touching edges
    /// are not an overlap. Both lists come back in input order.
    static func place(_ requests: [LabelRequest], obstacles: [Rect], area: Rect, gap: Double) -> (placed: [PlacedLabel], dropped: [Int]) {
        guard !requests.isEmpty else { return ([], []) }
        var grid = BoxGrid(
            area: area,
            cellWidth: median(requests.map(\.size.width)),
            cellHeight: median(requests.map(\.size.height)),
            maxCells: 4 * (requests.count + obstacles.count) + 64
        )
        for obstacle in obstacles { grid.insert(obstacle) }

        let order = requests.indices.sorted {
            requests[$0].priority != requests[$1].priority ? requests[$0].priority > requests[$1].priority : $0 < $1
        }
        var boxes = [Rect?](repeating: nil, count: requests.count)
        for i in order {
            let r = requests[i]
            guard r.size.isPlaceable else { continue }
            let ownAnchor = { (hit: Int) in hit < obstacles.count && obstacles[hit] == r.anchor }
            for position in r.candidates {
                let box = position.box(r.size, anchor: r.anchor, gap: gap)
                if area.contains(box, tolerance: 1e-9) && !grid.hits(box, ignoring: ownAnchor) {
                    grid.insert(box)
                    boxes[i] = box
                    break
                }
            }
        }
        let placed = requests.indices.compactMap { i in boxes[i].map { PlacedLabel(box: $0, payload: requests[i].payload) } }
        let dropped = requests.indices.filter { boxes[$0] == nil }.map { requests[$0].payload }
        return (placed, dropped)
    }

    /// The grid's cell size: the typical label, so most labels span one to four cells. Values
    /// that are not finite are left out; with none left, 1.
    private static func median(_ values: [Double]) -> Double {
        let sorted = values.filter(\.isFinite).sorted()
        return sorted.isEmpty ? 1 : sorted[sorted.count / 2]
    }
}
