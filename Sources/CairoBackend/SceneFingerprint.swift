import ChartScene

/// A short prefix for the ids in a Scene's SVG (its title, description and clip paths).
/// Ids are global to an HTML page: two charts inlined in one page with the same `clip1` would
/// clip each other's marks, and `aria-labelledby` would name the other chart's title. So the
/// prefix comes from the chart's content — different charts get different ids — and the same
/// chart gets the same ids every run, on every machine, so SVG bytes stay reproducible.
func svgIDPrefix(for scene: Scene) -> String {
    var hash = SceneFingerprint()
    hash.add(scene)
    let folded = String((hash.value ^ (hash.value >> 32)) & 0xFFFF_FFFF, radix: 16)
    return "yb" + String(repeating: "0", count: 8 - folded.count) + folded
}

/// FNV-1a over a Scene's fields, fed directly from its marks: cheap (no encoding on the way)
/// and fixed by definition, unlike Swift's `Hasher`, which is seeded anew in every process.
/// Every field is written in a fixed order, strings with their length, so two different
/// Scenes cannot feed the same bytes by shifting one field's end into the next.
struct SceneFingerprint {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ scene: Scene) {
        add(scene.width); add(scene.height); add(scene.background)
        add(scene.title); add(scene.description); add(scene.language)
        add(scene.marks)
    }

    private mutating func add(_ marks: [Mark]) {
        add(UInt64(marks.count))
        for mark in marks {
            switch mark {
            case .path(let p):
                add(byte: 0); add(p.role); add(p.fill); add(p.datum)
                add(p.stroke)
                add(UInt64(p.elements.count))
                for element in p.elements {
                    switch element {
                    case .move(let a): add(byte: 0); add(a)
                    case .line(let a): add(byte: 1); add(a)
                    case .curve(let a, let b, let c): add(byte: 2); add(a); add(b); add(c)
                    case .close: add(byte: 3)
                    }
                }
            case .text(let t):
                add(byte: 1); add(t.role); add(t.text); add(t.box); add(t.baseline)
                add(t.font.family); add(t.font.size); add(t.font.weight.rawValue); add(t.color); add(t.datum)
            case .group(let g):
                add(byte: 2); add(g.role); add(g.clip); add(g.marks)
            }
        }
    }

    private mutating func add(_ stroke: Stroke?) {
        guard let stroke else { return add(byte: 0) }
        add(byte: 1); add(stroke.color); add(stroke.width); add(stroke.dash)
    }

    private mutating func add(_ rect: Rect?) {
        guard let rect else { return add(byte: 0) }
        add(byte: 1); add(rect)
    }

    private mutating func add(_ point: Point) { add(point.x); add(point.y) }
    private mutating func add(_ rect: Rect) { add(rect.x); add(rect.y); add(rect.width); add(rect.height) }
    private mutating func add(_ values: [Double]) { add(UInt64(values.count)); values.forEach { add($0) } }
    private mutating func add(_ text: String?) { add(text.map { UInt64($0.utf8.count) } ?? .max); text?.utf8.forEach { add(byte: $0) } }
    private mutating func add(_ color: Color?) {
        guard let color else { return add(byte: 0) }
        add(byte: 1); add(color.red); add(color.green); add(color.blue); add(color.alpha)
    }

    private mutating func add(_ number: Double) { add(number.bitPattern) }

    private mutating func add(_ word: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { add(byte: UInt8(truncatingIfNeeded: word >> UInt64(shift))) }
    }

    private mutating func add(byte: UInt8) {
        value ^= UInt64(byte)
        value = value &* 0x100_0000_01b3
    }
}
