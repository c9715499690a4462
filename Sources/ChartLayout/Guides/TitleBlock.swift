import ChartScene

/// The parts every chart shares around its plot: title, subtitle (with the unit), an optional
/// legend row, and the source line at the foot. What is left is the plot area.
struct Frame {
    var marks: [Mark] = []
    var plot: Rect

    struct Words {
        var title: String
        var subtitle: String
        var source: String
    }

    /// How a legend entry draws its key: a square for bars, a dot or a ring for markers.
    enum Key { case square, dot, ring }

    init(words: Words, legend: [(label: String, color: Color, key: Key)], width: Double, height: Double,
         theme: Theme, typesetter: Typesetter) throws {
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
        if !legend.isEmpty {
            y += 8
            var x = m
            let swatch = theme.labelSize * 0.8
            var rowHeight = 0.0
            for item in legend {
                let label = try typesetter.extent(item.label, theme.labelFont)
                if x > m, x + swatch + 4 + label.width > width - m {
                    x = m
                    y += rowHeight + 4
                }
                let top = y + (label.height - swatch) / 2
                let center = Point(x + swatch / 2, top + swatch / 2)
                switch item.key {
                case .square:
                    marks.append(.rect(Rect(x: x, y: top, width: swatch, height: swatch), role: "legend-swatch", fill: item.color, datum: item.label))
                case .dot:
                    marks.append(.circle(center: center, radius: swatch / 2, role: "legend-swatch", fill: item.color, datum: item.label))
                case .ring:
                    marks.append(.circle(center: center, radius: swatch / 2 - 0.75, role: "legend-swatch", fill: theme.background,
                                         stroke: Stroke(color: item.color, width: 1.5), datum: item.label))
                }
                let t = try typesetter.place(item.label, font: theme.labelFont, color: theme.text, at: Point(x + swatch + 4, y), role: "legend-label")
                marks.append(.text(t))
                x = t.box.maxX + 14
                rowHeight = max(rowHeight, label.height)
            }
            y += rowHeight
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
        plot = Rect(x: m, y: y + 14, width: textWidth, height: bottom - (y + 14))
    }
}
