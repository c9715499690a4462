/// What a chart draws, in points, before any backend: a value that tests can inspect (bar
/// lengths, label boxes, overlaps) and that every output format is drawn from.
public struct Scene: Hashable, Sendable, Codable {
    public var width: Double
    public var height: Double
    public var background: Color?
    public var marks: [Mark]
    /// The chart's title, for the PDF's and SVG's metadata.
    public var title: String
    /// Alt text generated from the data, in the chart's language.
    public var description: String
    /// BCP 47 language of the text (zh-CN, en): Pango shapes shared Han code points by it.
    public var language: String

    public init(width: Double, height: Double, background: Color? = nil, marks: [Mark], title: String = "", description: String = "", language: String = "zh-CN") {
        self.width = width
        self.height = height
        self.background = background
        self.marks = marks
        self.title = title
        self.description = description
        self.language = language
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// Every mark, depth first.
    public var allMarks: [Mark] { marks.flatMap(\.flattened) }

    public var texts: [TextMark] {
        allMarks.compactMap { if case .text(let t) = $0 { return t } else { return nil } }
    }

    public var paths: [PathMark] {
        allMarks.compactMap { if case .path(let p) = $0 { return p } else { return nil } }
    }
}
