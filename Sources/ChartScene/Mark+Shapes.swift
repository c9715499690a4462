extension Mark {
    /// A filled rectangle (bars, legend swatches): four lines, so every backend draws it the same.
    public static func rect(_ r: Rect, role: String, fill: Color?, stroke: Stroke? = nil, datum: String? = nil) -> Mark {
        .path(PathMark(role: role, elements: [
            .move(Point(r.minX, r.minY)), .line(Point(r.maxX, r.minY)), .line(Point(r.maxX, r.maxY)),
            .line(Point(r.minX, r.maxY)), .close,
        ], fill: fill, stroke: stroke, datum: datum))
    }

    /// A straight line (gridlines, axes, the zero line, slope-chart connectors).
    public static func rule(from a: Point, to b: Point, role: String, stroke: Stroke, datum: String? = nil) -> Mark {
        .path(PathMark(role: role, elements: [.move(a), .line(b)], stroke: stroke, datum: datum))
    }

    /// A polyline through `points` (series lines).
    public static func polyline(_ points: [Point], role: String, stroke: Stroke, datum: String? = nil) -> Mark {
        guard let first = points.first else { return .path(PathMark(role: role, elements: [], stroke: stroke, datum: datum)) }
        return .path(PathMark(role: role, elements: [.move(first)] + points.dropFirst().map { .line($0) }, stroke: stroke, datum: datum))
    }

    /// A circle as four cubic Béziers (markers; hollow ones have a stroke and no fill).
    public static func circle(center c: Point, radius r: Double, role: String, fill: Color?, stroke: Stroke? = nil, datum: String? = nil) -> Mark {
        let k = 0.5522847498 * r
        return .path(PathMark(role: role, elements: [
            .move(Point(c.x + r, c.y)),
            .curve(Point(c.x + r, c.y + k), Point(c.x + k, c.y + r), Point(c.x, c.y + r)),
            .curve(Point(c.x - k, c.y + r), Point(c.x - r, c.y + k), Point(c.x - r, c.y)),
            .curve(Point(c.x - r, c.y - k), Point(c.x - k, c.y - r), Point(c.x, c.y - r)),
            .curve(Point(c.x + k, c.y - r), Point(c.x + r, c.y - k), Point(c.x + r, c.y)),
            .close,
        ], fill: fill, stroke: stroke, datum: datum))
    }
}
