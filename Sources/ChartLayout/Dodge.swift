import ChartScene

/// Moves labels apart so none overlaps another: each label that collides is pushed below the
/// one before it (or above it when that would leave the area), keeping its horizontal place.
enum Dodge {
    static func apart(_ labels: [TextMark], within area: Rect) -> [TextMark] {
        var placed: [TextMark] = []
        for var label in labels {
            for _ in 0..<labels.count {
                guard let hit = placed.first(where: { $0.box.intersects(label.box) }) else { break }
                let below = hit.box.maxY + 1
                if below + label.box.height <= area.maxY {
                    label.box.y = below
                } else {
                    label.box.y = hit.box.minY - label.box.height - 1
                }
            }
            label.box.y = min(max(label.box.y, area.minY), area.maxY - label.box.height)
            placed.append(label)
        }
        return placed
    }

    /// Spreads labels stacked in one column (slope-chart ends) so they keep their order and
    /// do not overlap, moving each as little as possible.
    static func column(_ labels: [TextMark], top: Double, bottom: Double, gap: Double = 1) -> [TextMark] {
        var sorted = labels.sorted { $0.box.center.y < $1.box.center.y }
        for i in sorted.indices {
            let minY = i == 0 ? top : sorted[i - 1].box.maxY + gap
            if sorted[i].box.minY < minY { sorted[i].box.y = minY }
        }
        for i in sorted.indices.reversed() {
            let maxY = i == sorted.count - 1 ? bottom : sorted[i + 1].box.minY - gap
            if sorted[i].box.maxY > maxY { sorted[i].box.y = maxY - sorted[i].box.height }
        }
        return sorted
    }
}
