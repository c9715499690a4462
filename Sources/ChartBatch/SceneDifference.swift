import ChartScene

/// What differs between the Scene a chart was committed with and the one its chart file and
/// data give now, in words a reviewer can act on: a text that changed, a mark that moved or
/// changed size by more than `tolerance` points, marks added or gone. Geometry within the
/// tolerance is the same chart drawn by another machine's text shaper.
public enum SceneDifference {
    public static func between(_ old: Scene, _ new: Scene, tolerance: Double = 0.5, limit: Int = 5) -> [String] {
        var found: [String] = []
        func add(_ s: String) { if found.count < limit { found.append(s) } }
        if old.width != new.width || old.height != new.height {
            add("size \(Int(old.width))×\(Int(old.height)) → \(Int(new.width))×\(Int(new.height))")
        }
        if old.title != new.title { add("title «\(old.title)» → «\(new.title)»") }
        if old.description != new.description { add("alt text changed") }
        let a = old.allMarks, b = new.allMarks
        if a.count != b.count { add("\(a.count) marks → \(b.count)") }
        for (m, n) in zip(a, b) {
            switch (m, n) {
            case (.text(let x), .text(let y)):
                if x.text != y.text || x.role != y.role { add("\(x.role) «\(x.text)» → \(y.role) «\(y.text)»") }
                else if !close(x.box, y.box, tolerance) { add("\(x.role) «\(x.text)» moved") }
                else if x.color != y.color || x.font != y.font { add("\(x.role) «\(x.text)» restyled") }
            case (.path(let x), .path(let y)):
                if x.role != y.role || x.datum != y.datum { add("\(x.role) \(x.datum ?? "") → \(y.role) \(y.datum ?? "")") }
                else if x.fill != y.fill || x.stroke != y.stroke { add("\(x.role) \(x.datum ?? "") restyled") }
                else if !close(x.elements, y.elements, tolerance) { add("\(x.role) \(x.datum ?? "") changed shape") }
            case (.group(let x), .group(let y)):
                if x.role != y.role { add("group \(x.role) → \(y.role)") }
            default:
                add("\(m.role) → \(n.role)")
            }
            if found.count >= limit { break }
        }
        return found
    }

    private static func close(_ a: Rect, _ b: Rect, _ t: Double) -> Bool {
        abs(a.x - b.x) <= t && abs(a.y - b.y) <= t && abs(a.width - b.width) <= t && abs(a.height - b.height) <= t
    }

    private static func close(_ a: [PathMark.Element], _ b: [PathMark.Element], _ t: Double) -> Bool {
        guard a.count == b.count else { return false }
        func near(_ p: Point, _ q: Point) -> Bool { abs(p.x - q.x) <= t && abs(p.y - q.y) <= t }
        for (x, y) in zip(a, b) {
            switch (x, y) {
            case (.move(let p), .move(let q)), (.line(let p), .line(let q)):
                if !near(p, q) { return false }
            case (.curve(let p1, let p2, let p3), .curve(let q1, let q2, let q3)):
                if !near(p1, q1) || !near(p2, q2) || !near(p3, q3) { return false }
            case (.close, .close):
                continue
            default:
                return false
            }
        }
        return true
    }
}
