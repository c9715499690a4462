import ChartScene
import Foundation

/// The Scene a chart was drawn from, written beside its images (`NAME.scene.json`) so that
/// `check` compares what the chart says — every text exactly, every mark's geometry within a
/// tolerance — rather than image bytes, which change with the HarfBuzz and Cairo versions of
/// the machine that draws them (0.01–0.03 pt between Debian 12 and Ubuntu 22.04).
public enum SceneRecord {
    public static let fileExtension = "scene.json"

    /// Canonical JSON: keys sorted, coordinates rounded to 0.01 pt, so the file is stable and
    /// diffs between commits stay readable.
    public static func encode(_ scene: Scene) -> [UInt8] {
        SceneJSON.encode(rounded(scene)) + [0x0A]
    }

    public static func decode(_ bytes: [UInt8]) -> Scene? {
        try? JSONDecoder().decode(Scene.self, from: Data(bytes))
    }

    private static func rounded(_ scene: Scene) -> Scene {
        func r(_ v: Double) -> Double { (v * 100).rounded() / 100 }
        func point(_ p: Point) -> Point { Point(r(p.x), r(p.y)) }
        func rect(_ b: Rect) -> Rect { Rect(x: r(b.x), y: r(b.y), width: r(b.width), height: r(b.height)) }
        func mark(_ m: Mark) -> Mark {
            switch m {
            case .text(var t):
                t.box = rect(t.box)
                t.baseline = r(t.baseline)
                return .text(t)
            case .path(var p):
                p.elements = p.elements.map { e in
                    switch e {
                    case .move(let a): return .move(point(a))
                    case .line(let a): return .line(point(a))
                    case .curve(let a, let b, let c): return .curve(point(a), point(b), point(c))
                    case .close: return .close
                    }
                }
                return .path(p)
            case .group(var g):
                g.marks = g.marks.map(mark)
                g.clip = g.clip.map(rect)
                return .group(g)
            }
        }
        var copy = scene
        copy.marks = scene.marks.map(mark)
        return copy
    }
}
