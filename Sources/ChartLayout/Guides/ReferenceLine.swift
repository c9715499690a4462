import ChartScene

/// A line across the plot at a value that gives the others meaning: the total's rate among
/// the zones' (dashed, labelled), or an index's base of 100.
struct ReferenceLine {
    enum Style { case total, base }

    var value: Double
    var label: String?
    var style: Style

    func marks(plot: Rect, side: ValueAxis.Side, position: (Double) -> Double, theme: Theme, typesetter: Typesetter,
               datum: String? = nil) throws -> [Mark] {
        let p = position(value)
        let stroke = style == .total ? Stroke(color: theme.neutral, width: 1, dash: [4, 3]) : Stroke(color: theme.zeroLine, width: 1)
        let role = style == .total ? "total-line" : "base-line"
        var marks: [Mark] = []
        switch side {
        case .bottom:
            marks.append(.rule(from: Point(p, plot.minY), to: Point(p, plot.maxY), role: role, stroke: stroke, datum: datum))
            if let label {
                marks.append(.text(try typesetter.place(label, font: theme.tickFont, color: theme.mutedText, at: Point(p + 3, plot.minY - 2),
                                                        vertical: .bottom, role: "total-label")))
            }
        case .left:
            marks.append(.rule(from: Point(plot.minX, p), to: Point(plot.maxX, p), role: role, stroke: stroke, datum: datum))
            if let label {
                marks.append(.text(try typesetter.place(label, font: theme.tickFont, color: theme.mutedText, at: Point(plot.maxX, p - 2),
                                                        align: .end, vertical: .bottom, role: "total-label")))
            }
        }
        return marks
    }
}

/// "—" where a value is missing, at the zero of its axis: a gap a reader sees, never a bar of
/// length 0 (which is how a printed 0 is drawn).
enum MissingMark {
    static let text = "—"

    static func mark(at p: Point, align: Typesetter.Align = .start, vertical: Typesetter.VerticalAlign = .middle, font: Font,
                     theme: Theme, typesetter: Typesetter, datum: String) throws -> Mark {
        .text(try typesetter.place(text, font: font, color: theme.mutedText, at: p, align: align, vertical: vertical,
                                   role: "missing-label", datum: datum))
    }
}
