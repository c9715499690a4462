import ChartScene

/// The key to a chart's colours, as rows of swatch and name under the subtitle, wrapping to
/// the width it is given.
struct Legend {
    /// How an entry draws its key: a square for bars, a dot or a ring for markers.
    enum Key { case square, dot, ring }

    struct Entry {
        var label: String
        var color: Color
        var key: Key
    }

    var entries: [Entry]

    func marks(left: Double, top: Double, right: Double, theme: Theme, typesetter: Typesetter) throws -> (marks: [Mark], bottom: Double) {
        var marks: [Mark] = []
        var x = left, y = top
        let swatch = theme.labelSize * 0.8
        var rowHeight = 0.0
        for item in entries {
            let label = try typesetter.extent(item.label, theme.labelFont)
            if x > left, x + swatch + 4 + label.width > right {
                x = left
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
        return (marks, y + rowHeight)
    }
}
