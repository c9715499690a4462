import ChartScene

/// A long line drawn as it looks: per pixel column, the first, lowest, highest and last point
/// (in their order), so 10⁶ points draw as a few thousand with the same ink (the M4 reduction of
/// Jugel et al., 2014). Columns are those of the pixel grid, x·scale rounded down (Cairo's
/// pixel columns begin at x = 0), so every column the full line would touch keeps its extremes
/// and the strokes entering and leaving it.
enum Decimation {
    /// Pixels per point of the default PNG: its columns are half a point wide. At 1× a pixel
    /// column is two of them, so it keeps its extremes too.
    static let pixelsPerPoint = 2.0

    static func perColumn(_ points: [Point], pixelsPerPoint scale: Double = pixelsPerPoint) -> [Point] {
        guard let first = points.first, let last = points.last, last.x > first.x,
              points.count > 4 * (Int(((last.x - first.x) * scale).rounded(.up)) + 1) else { return points }
        var out: [Point] = []
        var start = 0
        while start < points.count {
            let column = (points[start].x * scale).rounded(.down)
            var end = start + 1, low = start, high = start
            while end < points.count, (points[end].x * scale).rounded(.down) == column {
                if points[end].y < points[low].y { low = end }
                if points[end].y > points[high].y { high = end }
                end += 1
            }
            for index in Set([start, low, high, end - 1]).sorted() { out.append(points[index]) }
            start = end
        }
        return out
    }
}
