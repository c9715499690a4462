/// One thing a chart draws. The backend needs only these: a path (filled, stroked or both), a
/// run of text placed in a box measured during layout, and a group that names its children.
/// Rectangles, rules and markers are paths built by the constructors in `Mark+Shapes.swift`.
public enum Mark: Hashable, Sendable, Codable {
    case path(PathMark)
    case text(TextMark)
    case group(GroupMark)

    /// What the mark is in the chart ("bar", "value-label", "tick-label", "title" …), so tests
    /// can find marks by meaning and SVG output can carry it as a class.
    public var role: String {
        switch self {
        case .path(let m): return m.role
        case .text(let m): return m.role
        case .group(let m): return m.role
        }
    }

    /// All marks of this subtree, depth first, groups included.
    public var flattened: [Mark] {
        if case .group(let g) = self { return [self] + g.marks.flatMap(\.flattened) }
        return [self]
    }
}

public struct PathMark: Hashable, Sendable, Codable {
    public enum Element: Hashable, Sendable, Codable {
        case move(Point)
        case line(Point)
        case curve(Point, Point, Point)
        case close
    }

    public var role: String
    public var elements: [Element]
    public var fill: Color?
    public var stroke: Stroke?
    /// The value or category the mark stands for, for tests and the SVG's data attributes.
    public var datum: String?

    public init(role: String, elements: [Element], fill: Color? = nil, stroke: Stroke? = nil, datum: String? = nil) {
        self.role = role
        self.elements = elements
        self.fill = fill
        self.stroke = stroke
        self.datum = datum
    }

    /// The box around every point of the path (control points included, a safe over-estimate).
    public var bounds: Rect {
        var points: [Point] = []
        for e in elements {
            switch e {
            case .move(let p), .line(let p): points.append(p)
            case .curve(let a, let b, let c): points += [a, b, c]
            case .close: break
            }
        }
        guard let first = points.first else { return Rect(x: 0, y: 0, width: 0, height: 0) }
        var minX = first.x, maxX = first.x, minY = first.y, maxY = first.y
        for p in points {
            minX = Swift.min(minX, p.x); maxX = Swift.max(maxX, p.x)
            minY = Swift.min(minY, p.y); maxY = Swift.max(maxY, p.y)
        }
        return Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }
}

/// A run of text in one font. `box` is its layout box as the measurer reported it (top-left and
/// size), and `baseline` the distance from the box's top to the first line's baseline, so every
/// backend puts the glyphs in the same place.
public struct TextMark: Hashable, Sendable, Codable {
    public var role: String
    public var text: String
    public var box: Rect
    public var baseline: Double
    public var font: Font
    public var color: Color
    public var datum: String?

    public init(role: String, text: String, box: Rect, baseline: Double, font: Font, color: Color, datum: String? = nil) {
        self.role = role
        self.text = text
        self.box = box
        self.baseline = baseline
        self.font = font
        self.color = color
        self.datum = datum
    }
}

public struct GroupMark: Hashable, Sendable, Codable {
    public var role: String
    public var marks: [Mark]
    /// Children are drawn only inside this rectangle, when set.
    public var clip: Rect?

    public init(role: String, marks: [Mark], clip: Rect? = nil) {
        self.role = role
        self.marks = marks
        self.clip = clip
    }
}
