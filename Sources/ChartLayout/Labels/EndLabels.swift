import ChartScene

/// A direct label for the end of a line: its text's measured size and the line end's height.
struct EndLabel {
    var text: String
    var size: Size
    /// The line end's y, where the label would sit if nothing were in the way.
    var anchorY: Double
    /// The line end's x, where a leader starts; nil starts it at the labels' column.
    var anchorX: Double? = nil
    var payload: Int
}

struct PlacedEndLabel {
    var box: Rect
    /// From the line's end to the middle of the label's left edge, when the label moved more
    /// than the leader threshold, so a label pushed away still points at its own line.
    var leader: (from: Point, to: Point)?
    var payload: Int
}

/// Direct labels at the ends of lines, in one column: in the order of their lines' ends, pushed
/// apart just enough not to overlap. They are never swapped, because a label that trades places
/// with its neighbour names the wrong line.
enum EndLabels {
    /// Spreads `labels` in the column whose left edge is `x`, between `top` and `bottom`, at
    /// least `gap` apart: the order on screen is the order of `anchorY` (ties in input order), and
    /// the total squared movement is the least that order and room allow (pool-adjacent-
    /// violators, O(n log n) with the sort). A label that moved more than `leaderThreshold` gets
    /// a leader. When they cannot all fit, the extremes are kept first, then the middle, then
    /// the middles of each half and so on, so what remains samples the whole range; the rest,
    /// and any label whose size or anchor is not finite, come back in `dropped` (input order).
    /// `placed` is top to bottom.
    static func spread(_ labels: [EndLabel], x: Double, top: Double, bottom: Double, gap: Double = 1,
                       leaderThreshold: Double = 2) -> (placed: [PlacedEndLabel], dropped: [Int]) {
        let valid = labels.indices.filter { labels[$0].anchorY.isFinite && labels[$0].size.isPlaceable }
        let sorted = valid.sorted { labels[$0].anchorY != labels[$1].anchorY ? labels[$0].anchorY < labels[$1].anchorY : $0 < $1 }
        let keep = keptInOrder(heights: sorted.map { labels[$0].size.height }, room: bottom - top, gap: gap)
        let kept = sorted.indices.filter { keep[$0] }.map { sorted[$0] }
        let column = kept.map { labels[$0] }
        let tops = stackedTops(column, top: top, bottom: bottom, gap: gap)

        let placed = zip(column, tops).map { label, y in
            let box = Rect(x: x, y: y, width: label.size.width, height: label.size.height)
            let moved = abs(box.center.y - label.anchorY) > leaderThreshold
            let leader = moved ? (from: Point(label.anchorX ?? x, label.anchorY), to: Point(x, box.center.y)) : nil
            return PlacedEndLabel(box: box, leader: leader, payload: label.payload)
        }
        let keptSet = Set(kept)
        let dropped = labels.indices.filter { !keptSet.contains($0) }.map { labels[$0].payload }
        return (placed, dropped)
    }

    /// The tops of labels stacked in order: with z = top − (heights and gaps above), the
    /// constraints become "z never decreases" and "z within one range", so the least-squares
    /// answer is the isotonic regression of each label's wish, clamped to that range.
    private static func stackedTops(_ column: [EndLabel], top: Double, bottom: Double, gap: Double) -> [Double] {
        var above = 0.0
        var wishes: [Double] = []
        for label in column {
            wishes.append(label.anchorY - label.size.height / 2 - above)
            above += label.size.height + gap
        }
        let z = Isotonic.fit(wishes, lowest: top, highest: bottom - (above - gap))
        // Built from the steps in z, each ≥ 0, so rounding can never make neighbours overlap.
        var tops: [Double] = []
        for i in column.indices {
            tops.append(i == 0 ? z[0] : tops[i - 1] + column[i - 1].size.height + gap + (z[i] - z[i - 1]))
        }
        return tops
    }
}
