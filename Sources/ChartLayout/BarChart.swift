import ChartScales
import ChartScene
import YearbookData

/// Bars per zone: levels sorted largest first (bar), growth around a zero line with falls in a
/// second colour (diverging), or several indicators side by side (grouped). A missing value is
/// drawn as "—" at zero, never as a bar of length 0; a printed 0 is a real zero.
struct BarChart {
    var context: ChartContext
    var kind: ChartKind

    struct Row {
        var zone: String
        var values: [Value?]
    }

    func layout() throws -> DrawnChart {
        let s = context.selection
        let theme = context.theme
        let ts = context.typesetter
        let indicators = kind == .grouped ? s.indicators : [s.indicators[0]]
        let units = Set(indicators.map(s.unit(of:)))
        if kind == .grouped, units.count > 1 {
            throw ChartError("grouped bars need indicators in one unit; " + indicators.map { "\($0) is in \(s.unit(of: $0))" }.joined(separator: ", "))
        }
        if kind == .grouped, indicators.count < 2 {
            throw ChartError.kindNeeds(.grouped, "two or more indicators (--indicator A --indicator B)")
        }
        let rows = sortedRows(indicators)
        let numbers = rows.flatMap { $0.values.compactMap { $0?.number } }
        guard !numbers.isEmpty else { throw ChartError.nothingToDraw(s.file, "every value is missing") }
        let format = ValueText(unit: s.unit(of: indicators[0]), measure: s.measure, maxAbs: numbers.map(abs).max()!)
        var what = indicators.count == 1 ? indicators[0] : indicators.joined(separator: "与")
        if s.measure == .growth { what = context.language == .zh ? what + "增长" : "Growth of " + what }
        let legend = kind == .grouped ? indicators.enumerated().map { (label: $0.element, color: theme.color($0.offset), key: Frame.Key.square) } : []
        let (frame, words) = try context.frame(subtitle: format.unitPhrase(context.language), legend: legend, what: what)
        let marks = try (context.description.orientation == .horizontal
            ? horizontal(rows: rows, indicators: indicators, format: format, plot: frame.plot)
            : vertical(rows: rows, indicators: indicators, format: format, plot: frame.plot))
        let scene = context.scene(frame.marks + marks, words: words,
                                  altText: AltText.bars(context: context, rows: rows.map { ($0.zone, $0.values[0]) }, indicator: indicators[0], format: format))
        let shown = rows.flatMap { row in indicators.compactMap { s.value(zone: row.zone, indicator: $0, period: context.period) } }
        return DrawnChart(scene: scene, data: shown)
    }

    /// Rows in the requested order: largest first by default, missing values last, a total row on top.
    func sortedRows(_ indicators: [String]) -> [Row] {
        let s = context.selection
        var rows = s.zones.map { zone in Row(zone: zone, values: indicators.map { s.value(zone: zone, indicator: $0, period: context.period)?.value }) }
        let order = context.description.sort ?? .desc
        func key(_ row: Row) -> Double? {
            let present = row.values.compactMap { $0?.number }
            return present.isEmpty ? nil : present.reduce(0, +)
        }
        if order != .table {
            rows = rows.enumerated().sorted { a, b in
                switch (key(a.element), key(b.element)) {
                case let (x?, y?): return x != y ? (order == .desc ? x > y : x < y) : a.offset < b.offset
                case (_?, nil): return true
                case (nil, _?): return false
                case (nil, nil): return a.offset < b.offset
                }
            }.map(\.element)
        }
        let totalZones = Set(s.observations.filter(\.isTotal).map(\.zone))
        let totals = rows.filter { totalZones.contains($0.zone) }
        return totals + rows.filter { row in !totals.contains { $0.zone == row.zone } }
    }

    func color(_ value: Double, series: Int) -> Color {
        switch kind {
        case .diverging: return value < 0 ? context.theme.negative : context.theme.positive
        default: return context.theme.color(series)
        }
    }

    // MARK: Horizontal

    private func horizontal(rows: [Row], indicators: [String], format: ValueText, plot: Rect) throws -> [Mark] {
        let theme = context.theme, ts = context.typesetter
        let labelFont = kind == .grouped ? theme.font(theme.valueSize - 1) : theme.valueFont
        let labels = try context.zoneLabels(maxWidth: plot.width * 0.3)
        var texts: [[String?]] = rows.map { $0.values.map { $0.map(format.label) } }
        let missingMark = "—"
        for r in texts.indices { for k in texts[r].indices where texts[r][k] == nil { texts[r][k] = missingMark } }
        var rightRoom = 0.0, leftRoom = 0.0
        for (row, labels) in zip(rows, texts) {
            for (value, text) in zip(row.values, labels) {
                let w = try ts.width(text!, labelFont) + theme.gap
                if (value?.number ?? 0) < 0 { leftRoom = max(leftRoom, w) } else { rightRoom = max(rightRoom, w) }
            }
        }
        let values = rows.flatMap { $0.values.compactMap { $0.map { format.scaled($0.number) } } }
        let axisLeft = plot.minX + labels.width + theme.gap * 2
        let tickHeight = try ts.extent("0", theme.tickFont).height
        let length = plot.maxX - rightRoom - (axisLeft + leftRoom)
        let ticks = try Ticks.linear(from: values.min()!, to: values.max()!, includeZero: true, availableLength: length,
                                       labelGap: theme.gap * 2) { try ts.width(format.tick($0, step: $1), theme.tickFont) }
        let x = LinearScale(domain: ticks.lower...ticks.upper, range: (axisLeft + leftRoom, plot.maxX - rightRoom))
        let top = plot.minY, bottom = plot.maxY - tickHeight - theme.gap
        // Long words around a small canvas can leave the plot no height: the bars then get none,
        // rather than an inverted range.
        let band = BandScale(count: rows.count, range: top...max(top, bottom), paddingInner: 0.3, paddingOuter: 0.15)
        var marks: [Mark] = []
        for t in ticks.values {
            let isZero = t == 0
            marks.append(.rule(from: Point(x(t), top), to: Point(x(t), bottom), role: isZero ? "zero-line" : "gridline",
                               stroke: Stroke(color: isZero ? theme.zeroLine : theme.grid, width: isZero ? 1 : 0.6)))
            marks.append(.text(try ts.place(format.tick(t, step: ticks.step), font: theme.tickFont, color: theme.mutedText,
                                            at: Point(x(t), bottom + theme.gap), align: .middle, role: "tick-label", datum: String(t))))
        }
        let groupCount = Double(indicators.count)
        let barHeight = band.bandwidth / groupCount
        for (i, row) in rows.enumerated() {
            let lines = labels.lines[row.zone] ?? [row.zone]
            let lineHeight = try ts.extent(lines[0], theme.labelFont).height
            var y = band.center(i) - lineHeight * Double(lines.count) / 2
            for line in lines {
                marks.append(.text(try ts.place(line, font: theme.labelFont, color: theme.text, at: Point(axisLeft - theme.gap * 2, y),
                                                align: .end, role: "zone-label", datum: row.zone)))
                y += lineHeight
            }
            for (k, value) in row.values.enumerated() {
                let y0 = band.start(i) + Double(k) * barHeight
                let middle = y0 + barHeight / 2
                guard let value else {
                    marks.append(.text(try ts.place(missingMark, font: labelFont, color: theme.mutedText, at: Point(x(0) + theme.gap, middle),
                                                    vertical: .middle, role: "missing-label", datum: "\(row.zone)|\(indicators[k])")))
                    continue
                }
                let v = format.scaled(value.number)
                let x0 = min(x(0), x(v)), x1 = max(x(0), x(v))
                marks.append(.rect(Rect(x: x0, y: y0, width: x1 - x0, height: barHeight - (groupCount > 1 ? 1.0 : 0.0)), role: "bar",
                                   fill: color(v, series: k), datum: "\(row.zone)|\(indicators[k])|\(value.text)"))
                let text = format.label(value)
                marks.append(.text(try ts.place(text, font: labelFont, color: theme.text,
                                                at: Point(v < 0 ? x0 - theme.gap : x1 + theme.gap, middle),
                                                align: v < 0 ? .end : .start, vertical: .middle, role: "value-label", datum: row.zone)))
            }
        }
        if kind == .diverging, let total = context.selection.totals.first(where: { $0.indicator == indicators[0] })?.value,
           !context.description.includeTotal {
            let tx = x(format.scaled(total.number))
            marks.append(.rule(from: Point(tx, top), to: Point(tx, bottom), role: "total-line",
                               stroke: Stroke(color: theme.neutral, width: 1, dash: [4, 3])))
            let name = context.language == .zh ? "合计 " : "total "
            marks.append(.text(try ts.place(name + format.label(total), font: theme.tickFont, color: theme.mutedText,
                                            at: Point(tx + 3, top - 2), vertical: .bottom, role: "total-label")))
        }
        return marks
    }

    // MARK: Vertical

    private func vertical(rows: [Row], indicators: [String], format: ValueText, plot: Rect) throws -> [Mark] {
        let theme = context.theme, ts = context.typesetter
        let labelFont = kind == .grouped ? theme.font(theme.valueSize - 1) : theme.valueFont
        let values = rows.flatMap { $0.values.compactMap { $0.map { format.scaled($0.number) } } }
        let valueHeight = try ts.extent("0", labelFont).height + theme.gap
        var ticks = Ticks.linear(from: values.min()!, to: values.max()!, includeZero: true)
        let tickWidth = try ticks.values.map { try ts.width(format.tick($0, step: ticks.step), theme.tickFont) }.max() ?? 0
        let axisLeft = plot.minX + tickWidth + theme.gap
        let step = (plot.maxX - axisLeft) / Double(max(rows.count, 1))
        let labels = try context.zoneLabels(maxWidth: step * 0.92)
        let lineHeight = try ts.extent("国", theme.labelFont).height
        let labelRows = Double(labels.lines.values.map { $0.count }.max() ?? 1)
        let bottom = plot.maxY - labelRows * lineHeight - theme.gap
        let top = plot.minY + valueHeight
        let hasNegative = values.contains { $0 < 0 }
        ticks = Ticks.linear(from: values.min()!, to: values.max()!, includeZero: true)
        let y = LinearScale(domain: ticks.lower...ticks.upper, range: (bottom - (hasNegative ? valueHeight : 0), top))
        let band = BandScale(count: rows.count, range: axisLeft...plot.maxX, paddingInner: 0.3, paddingOuter: 0.15)
        var marks: [Mark] = []
        for t in ticks.values {
            let isZero = t == 0
            marks.append(.rule(from: Point(axisLeft, y(t)), to: Point(plot.maxX, y(t)), role: isZero ? "zero-line" : "gridline",
                               stroke: Stroke(color: isZero ? theme.zeroLine : theme.grid, width: isZero ? 1 : 0.6)))
            marks.append(.text(try ts.place(format.tick(t, step: ticks.step), font: theme.tickFont, color: theme.mutedText,
                                            at: Point(axisLeft - theme.gap, y(t)), align: .end, vertical: .middle, role: "tick-label", datum: String(t))))
        }
        let barWidth = band.bandwidth / Double(indicators.count)
        for (i, row) in rows.enumerated() {
            var ly = bottom + theme.gap
            for line in labels.lines[row.zone] ?? [row.zone] {
                marks.append(.text(try ts.place(line, font: theme.labelFont, color: theme.text, at: Point(band.center(i), ly), align: .middle,
                                                role: "zone-label", datum: row.zone)))
                ly += lineHeight
            }
            for (k, value) in row.values.enumerated() {
                let x0 = band.start(i) + Double(k) * barWidth
                guard let value else {
                    marks.append(.text(try ts.place("—", font: labelFont, color: theme.mutedText, at: Point(x0 + barWidth / 2, y(0) - 2),
                                                    align: .middle, vertical: .bottom, role: "missing-label", datum: "\(row.zone)|\(indicators[k])")))
                    continue
                }
                let v = format.scaled(value.number)
                let y0 = min(y(0), y(v)), y1 = max(y(0), y(v))
                marks.append(.rect(Rect(x: x0, y: y0, width: barWidth - (indicators.count > 1 ? 1.0 : 0.0), height: y1 - y0), role: "bar",
                                   fill: color(v, series: k), datum: "\(row.zone)|\(indicators[k])|\(value.text)"))
                marks.append(.text(try ts.place(format.label(value), font: labelFont, color: theme.text,
                                                at: Point(x0 + barWidth / 2, v < 0 ? y1 + 2 : y0 - 2), align: .middle,
                                                vertical: v < 0 ? .top : .bottom, role: "value-label", datum: row.zone)))
            }
        }
        return marks
    }
}
