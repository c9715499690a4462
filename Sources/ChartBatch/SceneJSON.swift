import ChartScene

/// Writes a Scene as the JSON `JSONEncoder` gives with `[.sortedKeys, .prettyPrinted,
/// .withoutEscapingSlashes]`, byte for byte, so committed `NAME.scene.json` files do not change,
/// without the encoder's generic containers and dynamic casts (4 % of the instructions of
/// rendering the standard set, for a file whose shape is fixed). Keys are written in sorted
/// order by hand, absent optionals left out, enum cases as `{"case" : {"_0" : …}}` as Swift
/// synthesises them.
struct SceneJSON {
    /// The UTF-8 bytes written so far.
    private(set) var bytes: [UInt8] = []
    /// For each open object or array, whether it has a member yet.
    private var open: [Bool] = []

    static func encode(_ scene: Scene) -> [UInt8] {
        var w = SceneJSON()
        w.bytes.reserveCapacity(1 << 16)
        w.begin("{")
        if let background = scene.background { w.key("background"); w.color(background) }
        w.key("description"); w.string(scene.description)
        w.key("height"); w.number(scene.height)
        w.key("language"); w.string(scene.language)
        w.key("marks"); w.marks(scene.marks)
        w.key("title"); w.string(scene.title)
        w.key("width"); w.number(scene.width)
        w.end("}")
        return w.bytes
    }

    private mutating func marks(_ marks: [Mark]) {
        begin("[")
        for mark in marks {
            item()
            self.mark(mark)
        }
        end("]")
    }

    private mutating func mark(_ mark: Mark) {
        begin("{")
        switch mark {
        case .path(let p):
            key("path"); begin("{"); key("_0"); begin("{")
            if let datum = p.datum { key("datum"); string(datum) }
            key("elements"); begin("[")
            for element in p.elements {
                item()
                self.element(element)
            }
            end("]")
            if let fill = p.fill { key("fill"); color(fill) }
            key("role"); string(p.role)
            if let stroke = p.stroke {
                key("stroke"); begin("{")
                key("color"); color(stroke.color)
                key("dash"); begin("[")
                for d in stroke.dash { item(); number(d) }
                end("]")
                key("width"); number(stroke.width)
                end("}")
            }
        case .text(let t):
            key("text"); begin("{"); key("_0"); begin("{")
            key("baseline"); number(t.baseline)
            key("box"); rect(t.box)
            key("color"); color(t.color)
            if let datum = t.datum { key("datum"); string(datum) }
            key("font"); begin("{")
            key("family"); string(t.font.family)
            key("size"); number(t.font.size)
            key("weight"); string(t.font.weight.rawValue)
            end("}")
            key("role"); string(t.role)
            key("text"); string(t.text)
        case .group(let g):
            key("group"); begin("{"); key("_0"); begin("{")
            if let clip = g.clip { key("clip"); rect(clip) }
            key("marks"); marks(g.marks)
            key("role"); string(g.role)
        }
        end("}"); end("}"); end("}")
    }

    private mutating func element(_ element: PathMark.Element) {
        begin("{")
        switch element {
        case .move(let a): key("move"); begin("{"); key("_0"); point(a)
        case .line(let a): key("line"); begin("{"); key("_0"); point(a)
        case .curve(let a, let b, let c): key("curve"); begin("{"); key("_0"); point(a); key("_1"); point(b); key("_2"); point(c)
        case .close: key("close"); begin("{")
        }
        end("}")
        end("}")
    }

    private mutating func point(_ p: Point) {
        begin("{"); key("x"); number(p.x); key("y"); number(p.y); end("}")
    }

    private mutating func rect(_ r: Rect) {
        begin("{"); key("height"); number(r.height); key("width"); number(r.width); key("x"); number(r.x); key("y"); number(r.y); end("}")
    }

    private mutating func color(_ c: Color) {
        begin("{"); key("alpha"); number(c.alpha); key("blue"); number(c.blue); key("green"); number(c.green); key("red"); number(c.red); end("}")
    }

    private mutating func begin(_ bracket: Unicode.Scalar) {
        bytes.append(UInt8(bracket.value))
        open.append(false)
    }

    /// Closes the innermost object or array; an empty one is written `{\n\n}`, as the encoder does.
    private mutating func end(_ bracket: Unicode.Scalar) {
        let hadMembers = open.removeLast()
        bytes.append(0x0A)
        if !hadMembers { bytes.append(0x0A) }
        indent()
        bytes.append(UInt8(bracket.value))
    }

    /// Starts the next member of an object or element of an array on its own line.
    private mutating func item() {
        if open[open.count - 1] { bytes.append(0x2C) }
        bytes.append(0x0A)
        open[open.count - 1] = true
        indent()
    }

    private mutating func key(_ name: String) {
        item()
        string(name)
        bytes += [0x20, 0x3A, 0x20]
    }

    private mutating func indent() {
        bytes.append(contentsOf: repeatElement(0x20, count: 2 * open.count))
    }

    /// As `JSONEncoder`: Swift's shortest round-trip digits, without a trailing `.0`.
    private mutating func number(_ value: Double) {
        var digits = value.description
        if digits.hasSuffix(".0") { digits.removeLast(2) }
        bytes += digits.utf8
    }

    /// Escapes as `JSONEncoder` does: quote, backslash and control characters; everything else,
    /// `/` and all of Unicode, as it is. Byte by byte, since no byte of a multi-byte UTF-8
    /// sequence is below 0x80.
    private mutating func string(_ value: String) {
        bytes.append(0x22)
        for byte in value.utf8 {
            switch byte {
            case 0x22: bytes += [0x5C, 0x22]
            case 0x5C: bytes += [0x5C, 0x5C]
            case 0x0A: bytes += [0x5C, 0x6E]
            case 0x0D: bytes += [0x5C, 0x72]
            case 0x09: bytes += [0x5C, 0x74]
            case 0x08: bytes += [0x5C, 0x62]
            case 0x0C: bytes += [0x5C, 0x66]
            case 0x00...0x1F:
                let hex = Array("0123456789abcdef".utf8)
                bytes += [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
    }
}
