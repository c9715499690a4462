import ChartScene

/// The words around a chart's plot: title and subtitle (with the unit) at the top, the legend
/// under them, the source line at the foot. It measures itself against the canvas's width and
/// gives back the plot area: what it leaves.
struct TitleBlock {
    var marks: [Mark] = []
    /// The canvas left to the plot and its axes.
    var plot: Rect

    struct Words {
        var title: String
        var subtitle: String
        var source: String
    }

    init(words: Words, legend: Legend? = nil, width: Double, height: Double, theme: Theme, typesetter: Typesetter) throws {
        let m = theme.margin
        let textWidth = width - 2 * m
        var y = m
        var marks: [Mark] = []
        for line in try typesetter.wrap(words.title, font: theme.titleFont, maxWidth: textWidth) {
            let t = try typesetter.place(line, font: theme.titleFont, color: theme.text, at: Point(m, y), role: "title")
            marks.append(.text(t))
            y = t.box.maxY
        }
        if !words.subtitle.isEmpty {
            y += 3
            for line in try typesetter.wrap(words.subtitle, font: theme.subtitleFont, maxWidth: textWidth) {
                let t = try typesetter.place(line, font: theme.subtitleFont, color: theme.mutedText, at: Point(m, y), role: "subtitle")
                marks.append(.text(t))
                y = t.box.maxY
            }
        }
        if let legend, !legend.entries.isEmpty {
            y += 8
            let drawn = try legend.marks(left: m, top: y, right: width - m, theme: theme, typesetter: typesetter)
            marks += drawn.marks
            y = drawn.bottom
        }
        var bottom = height - m
        if !words.source.isEmpty {
            let lines = try typesetter.wrap(words.source, font: theme.sourceFont, maxWidth: textWidth)
            for line in lines.reversed() {
                let t = try typesetter.place(line, font: theme.sourceFont, color: theme.mutedText, at: Point(m, bottom), vertical: .bottom, role: "source")
                marks.append(.text(t))
                bottom = t.box.minY
            }
            bottom -= 8
        }
        self.marks = marks
        let top = y + 14 * theme.gap / 6
        plot = Rect(x: m, y: top, width: textWidth, height: max(0, bottom - top))
    }
}
