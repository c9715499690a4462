import ChartScales
import ChartScene

/// The axis a chart's values are read on: ticks trained on the data and the length they get,
/// gridlines across the plot, a stronger line at zero, labels in one number format. Along the
/// bottom (bars, dot panels) a label takes its width; along the left (columns, lines) its height.
struct ValueAxis {
    enum Side { case bottom, left }

    var side: Side
    var format: ValueText
    var ticks: TickSet
    var isLog: Bool
    var theme: Theme
    var typesetter: Typesetter

    /// Trains ticks on `values` (already scaled to the display unit) for an axis `length`
    /// points long. Levels start at zero; growth crosses it; an index is drawn around its base
    /// (100), not from zero, so a change of a few points stays visible.
    init(side: Side, values: [Double], format: ValueText, length: Double, includeZero: Bool, log: Bool = false, targetCount: Int = 5,
         labelGap: Double? = nil, theme: Theme, typesetter: Typesetter) throws {
        self.side = side
        self.format = format
        self.isLog = log
        self.theme = theme
        self.typesetter = typesetter
        var low = values.min() ?? 0, high = values.max() ?? 1
        if let base = format.baseline { low = min(low, base); high = max(high, base) }
        if log {
            ticks = try Ticks.log(from: low, to: high)
        } else {
            let tickHeight = try typesetter.extent("0", theme.tickFont).height
            let ts = typesetter, font = theme.tickFont
            ticks = try Ticks.linear(from: low, to: high, targetCount: targetCount, includeZero: includeZero && format.baseline == nil,
                                     availableLength: max(length, 1), labelGap: labelGap ?? (side == .left ? 12 : theme.gap * 2)) { v, step in
                side == .left ? tickHeight : try ts.width(format.tick(v, step: step), font)
            }
        }
    }

    /// The room the labels take across the axis.
    func thickness() throws -> Double {
        switch side {
        case .bottom: return try typesetter.extent("0", theme.tickFont).height + theme.gap
        case .left: return try (ticks.values.map { try typesetter.width(format.tick($0, step: ticks.step), theme.tickFont) }.max() ?? 0) + theme.gap
        }
    }

    /// The scale from values to points along `range` (start, end).
    func scale(_ range: (Double, Double)) throws -> (Double) -> Double {
        if isLog {
            let log = try LogScale(domain: ticks.lower...ticks.upper, range: range)
            return { log($0) }
        }
        let linear = LinearScale(domain: ticks.lower...ticks.upper, range: range)
        return { linear($0) }
    }

    /// Gridlines across `plot` and tick labels outside it, with `position` the scale; `datum`
    /// prefixes each label's datum (a dot chart's panel), and labels reaching outside `within`
    /// (a panel beside others) are left out.
    func marks(plot: Rect, position: (Double) -> Double, datum: String = "", within: ClosedRange<Double>? = nil) throws -> [Mark] {
        var marks: [Mark] = []
        var previous: Rect?
        for t in ticks.values {
            let isZero = t == 0 && !isLog
            let stroke = Stroke(color: isZero ? theme.zeroLine : theme.grid, width: isZero ? 1 : 0.6)
            let p = position(t)
            let text = format.tick(t, step: ticks.step)
            let label: TextMark
            switch side {
            case .bottom:
                marks.append(.rule(from: Point(p, plot.minY), to: Point(p, plot.maxY), role: isZero ? "zero-line" : "gridline", stroke: stroke))
                label = try typesetter.place(text, font: theme.tickFont, color: theme.mutedText, at: Point(p, plot.maxY + theme.gap),
                                             align: .middle, role: "tick-label", datum: datum + String(t))
            case .left:
                marks.append(.rule(from: Point(plot.minX, p), to: Point(plot.maxX, p), role: isZero ? "zero-line" : "gridline", stroke: stroke))
                label = try typesetter.place(text, font: theme.tickFont, color: theme.mutedText, at: Point(plot.minX - theme.gap, p),
                                             align: .end, vertical: .middle, role: "tick-label", datum: datum + String(t))
            }
            // On an axis too short for its labels, a label that would touch the last one drawn
            // is left out: its gridline still marks the value.
            if let previous, previous.intersects(label.box) { continue }
            if let within, label.box.minX < within.lowerBound || label.box.maxX > within.upperBound { continue }
            marks.append(.text(label))
            previous = label.box
        }
        // Zero is where growth turns to decline: it gets its line even between two ticks.
        if !isLog, ticks.lower < 0, ticks.upper > 0, !ticks.values.contains(0) {
            let p = position(0)
            let stroke = Stroke(color: theme.zeroLine, width: 1)
            marks.append(side == .bottom ? .rule(from: Point(p, plot.minY), to: Point(p, plot.maxY), role: "zero-line", stroke: stroke)
                                         : .rule(from: Point(plot.minX, p), to: Point(plot.maxX, p), role: "zero-line", stroke: stroke))
        }
        // Zero is where growth turns to decline: it gets its line even between two ticks.
        if !isLog, ticks.lower < 0, ticks.upper > 0, !ticks.values.contains(0) {
            let p = position(0)
            let stroke = Stroke(color: theme.zeroLine, width: 1)
            marks.append(side == .bottom ? .rule(from: Point(p, plot.minY), to: Point(p, plot.maxY), role: "zero-line", stroke: stroke)
                                         : .rule(from: Point(plot.minX, p), to: Point(plot.maxX, p), role: "zero-line", stroke: stroke))
        }
        if let base = format.baseline {
            marks.append(contentsOf: try ReferenceLine(value: base, label: nil, style: .base).marks(plot: plot, side: side, position: position,
                                                                                                theme: theme, typesetter: typesetter))
        }
        return marks
    }
}
