import ChartScales
import ChartScene
import YearbookData

/// Series over the years on a true time axis: filled markers for outcomes, hollow markers on a
/// dashed line for targets and estimates, and a visible gap with a dashed rule where a series'
/// definition changes (a break), so no line suggests growth across a change of boundary.
struct LineChart {
    var context: ChartContext

    struct Line {
        var zone: String
        var indicator: String
        var points: [Series.Point]
    }

    func layout() throws -> DrawnChart {
        let s = context.selection, theme = context.theme, ts = context.typesetter
        let lines = try makeLines()
        let present = lines.flatMap { $0.points.compactMap { p in p.value.map { (line: $0, value: $0.number, period: p.period) } } }
        let units = Set(lines.map { s.unit(of: $0.indicator) })
        if units.count > 1 {
            throw ChartError("a line chart needs its series in one unit; " + s.indicators.map { "\($0) is in \(s.unit(of: $0))" }.joined(separator: ", "))
        }
        guard !present.isEmpty else { throw ChartError.nothingToDraw(s.file, "every value is missing") }
        if context.description.logScale, let bad = lines.flatMap({ l in l.points.compactMap { p in p.value.map { (l, $0.number) } } }).first(where: { $0.1 <= 0 }) {
            throw ChartError.logScale(bad.1, zone: context.name(bad.0.zone), indicator: bad.0.indicator)
        }
        let format = ValueText(unit: s.unit(of: lines[0].indicator), measure: s.measure, maxAbs: present.map { abs($0.value) }.max()!)
        let hasPlans = lines.contains { $0.points.contains { $0.flag == .target || $0.flag == .estimate } }
        let legend: [(label: String, color: Color, key: Frame.Key)] = hasPlans
            ? [(context.language == .zh ? "实际" : "actual", theme.color(0), .dot), (context.language == .zh ? "目标或预计" : "target or estimate", theme.color(0), .ring)]
            : []
        let what = lines.count == 1 && s.zones.count == 1 ? context.name(lines[0].zone) + lines[0].indicator : s.indicators.joined(separator: "、")
        var description = context.description
        if description.title == nil {
            let years = s.periods.map(\.description)
            description.title = context.language == .zh ? "\(what)（\(years.first!)—\(years.last!)年）" : "\(what), \(years.first!)–\(years.last!)"
        }
        let titled = ChartContext(selection: s, description: description, theme: theme, typesetter: ts, sources: context.sources)
        let (frame, words) = try titled.frame(subtitle: format.unitPhrase(context.language), legend: legend, what: what)
        let plot = frame.plot
        let values = present.map { format.scaled($0.value) }

        let seriesLabels = lines.count > 1 ? try lines.map { try ts.width(label(of: $0), theme.labelFont) } : []
        let rightRoom = (seriesLabels.max() ?? 0) + (lines.count > 1 ? theme.gap * 2 : 0)
        let tickHeight = try ts.extent("2020", theme.tickFont).height
        let bottom = plot.maxY - tickHeight - theme.gap
        let valueRoom = try ts.extent("0", theme.valueFont).height + 4
        let top = plot.minY + valueRoom
        let yTicks: TickSet
        if context.description.logScale {
            yTicks = try Ticks.log(from: values.min()!, to: values.max()!)
        } else {
            // Along a vertical axis a label takes its height, not its width.
            yTicks = Ticks.linear(from: values.min()!, to: values.max()!, includeZero: s.measure == .level,
                                  availableLength: bottom - top, labelGap: 12) { _, _ in tickHeight }
        }
        let tickWidth = try yTicks.values.map { try ts.width(format.tick($0, step: yTicks.step), theme.tickFont) }.max() ?? 0
        let left = plot.minX + tickWidth + theme.gap
        let periods = s.periods
        let first = periods.first!.ordinal, last = periods.last!.ordinal
        let pad = max((last - first) * 0.04, 0.5)
        let xRange = (left + theme.gap * 3, plot.maxX - rightRoom - theme.gap * 3)
        let x = LinearScale(domain: (first - pad)...(last + pad), range: xRange)
        let yLinear = LinearScale(domain: yTicks.lower...yTicks.upper, range: (bottom, top))
        let yLog = context.description.logScale ? try LogScale(domain: yTicks.lower...yTicks.upper, range: (bottom, top)) : nil
        func y(_ v: Double) -> Double { yLog.map { $0(v) } ?? yLinear(v) }

        var marks: [Mark] = []
        for t in yTicks.values {
            let isZero = t == 0
            marks.append(.rule(from: Point(left, y(t)), to: Point(plot.maxX - rightRoom, y(t)), role: isZero ? "zero-line" : "gridline",
                               stroke: Stroke(color: isZero ? theme.zeroLine : theme.grid, width: isZero ? 1 : 0.6)))
            marks.append(.text(try ts.place(format.tick(t, step: yTicks.step), font: theme.tickFont, color: theme.mutedText,
                                            at: Point(left - theme.gap, y(t)), align: .end, vertical: .middle, role: "tick-label", datum: String(t))))
        }
        marks += try yearTicks(periods, x: x, at: bottom + theme.gap, plotRight: plot.maxX - rightRoom, plotLeft: left)

        var labels: [TextMark] = []
        for (n, line) in lines.enumerated() {
            let color = theme.color(n)
            let solid = Stroke(color: color, width: 2)
            let dashed = Stroke(color: color, width: 1.5, dash: [5, 3])
            let actual = line.points.filter { $0.isActual && $0.value != nil }
            var segment: [Point] = []
            for p in actual {
                let pt = Point(x(p.period.ordinal), y(format.scaled(p.value!.number)))
                if p.flag == .break, !segment.isEmpty {
                    marks.append(.polyline(segment, role: "line", stroke: solid, datum: "\(line.zone)|\(line.indicator)"))
                    marks += try breakRule(between: segment.last!.x, and: pt.x, top: top, bottom: bottom, period: p.period)
                    segment = []
                }
                segment.append(pt)
            }
            if segment.count > 0 { marks.append(.polyline(segment, role: "line", stroke: solid, datum: "\(line.zone)|\(line.indicator)")) }
            let plans = line.points.filter { !$0.isActual && $0.value != nil }
            if let lastActual = actual.last, !plans.isEmpty {
                let path = [lastActual] + plans.filter { $0.period > lastActual.period }
                if path.count > 1 {
                    marks.append(.polyline(path.map { Point(x($0.period.ordinal), y(format.scaled($0.value!.number))) }, role: "target-line",
                                           stroke: dashed, datum: "\(line.zone)|\(line.indicator)"))
                }
            }
            for p in line.points where p.value != nil {
                let pt = Point(x(p.period.ordinal), y(format.scaled(p.value!.number)))
                let hollow = !p.isActual
                marks.append(.circle(center: pt, radius: hollow ? 4 : 3.5, role: hollow ? "target-marker" : "marker",
                                     fill: hollow ? theme.background : color, stroke: hollow ? Stroke(color: color, width: 1.5) : nil,
                                     datum: "\(line.zone)|\(p.period)|\(p.value!.text)\(p.flag.map { "|" + $0.rawValue } ?? "")"))
                var text = format.label(p.value!)
                if p.flag == .target { text = (context.language == .zh ? "目标 " : "target ") + text }
                if p.flag == .estimate { text = (context.language == .zh ? "预计 " : "est. ") + text }
                // An estimate shares its year with the outcome: its label goes beside the ring, not above.
                let beside = p.flag == .estimate
                labels.append(try ts.place(text, font: theme.valueFont, color: hollow ? theme.mutedText : theme.text,
                                           at: beside ? Point(pt.x + 8, pt.y) : Point(pt.x, pt.y - 6), align: beside ? .start : .middle,
                                           vertical: beside ? .middle : .bottom, role: "value-label", datum: "\(line.zone)|\(p.period)"))
            }
            if lines.count > 1, let end = line.points.last(where: { $0.value != nil }) {
                labels.append(try ts.place(label(of: line), font: theme.labelFont, color: color,
                                           at: Point(plot.maxX - rightRoom + theme.gap * 2, y(format.scaled(end.value!.number))),
                                           vertical: .middle, role: "series-label", datum: line.zone))
            }
        }
        // A label straddling a break's rule moves to the rule's right, clear of the dashes.
        let ruleXs = marks.compactMap { mark -> Double? in
            if case .path(let p) = mark, p.role == "break-rule" { return p.bounds.minX }
            return nil
        }
        labels = labels.map { label in
            var moved = label
            if let x = ruleXs.first(where: { $0 > label.box.minX && $0 < label.box.maxX }) { moved.box.x = x + 3 }
            return moved
        }
        marks += Dodge.apart(labels, within: Rect(x: plot.minX, y: plot.minY, width: plot.width, height: bottom - plot.minY)).map(Mark.text)
        let shown = lines.flatMap { line in
            s.observations.filter { $0.zone == line.zone && $0.indicator == line.indicator }.sorted { $0.period < $1.period }
        }
        return DrawnChart(scene: titled.scene(frame.marks + marks, words: words, altText: AltText.line(context: titled, lines: lines, format: format)),
                          data: shown)
    }

    private func label(of line: Line) -> String {
        context.selection.zones.count > 1 ? context.name(line.zone) : line.indicator
    }

    private func makeLines() throws -> [Line] {
        let s = context.selection
        var lines: [Line] = []
        for zone in s.zones {
            for indicator in s.indicators {
                let points = s.observations.filter { $0.zone == zone && $0.indicator == indicator }
                    .map { Series.Point(period: $0.period, value: $0.value, flag: $0.flag) }.sorted { $0.period < $1.period }
                if !points.isEmpty { lines.append(Line(zone: zone, indicator: indicator, points: points)) }
            }
        }
        if lines.count > 10 {
            throw ChartError("a line chart shows at most 10 series; this selection has \(lines.count): name fewer with --zones or --indicator")
        }
        return lines
    }

    /// Year labels under the axis: every year that has data, unless they would touch, then nice years.
    private func yearTicks(_ periods: [Period], x: LinearScale, at y: Double, plotRight: Double, plotLeft: Double) throws -> [Mark] {
        let theme = context.theme, ts = context.typesetter
        func marks(_ years: [Double]) throws -> [TextMark] {
            try years.map { try ts.place(String(Int($0)), font: theme.tickFont, color: theme.mutedText, at: Point(x($0), y), align: .middle,
                                         role: "tick-label", datum: String(Int($0))) }
        }
        var chosen = try marks(periods.map(\.ordinal))
        if zip(chosen, chosen.dropFirst()).contains(where: { $0.box.maxX + 4 > $1.box.minX }) {
            let ticks = try Ticks.linear(from: periods.first!.ordinal, to: periods.last!.ordinal, availableLength: plotRight - plotLeft, labelGap: 8) { _, _ in
                try ts.width("2020", theme.tickFont)
            }
            chosen = try marks(ticks.values.filter { $0 == $0.rounded() && x($0) >= plotLeft && x($0) <= plotRight })
        }
        return chosen.map(Mark.text)
    }

    private func breakRule(between a: Double, and b: Double, top: Double, bottom: Double, period: Period) throws -> [Mark] {
        let theme = context.theme
        let mid = (a + b) / 2
        let text = context.language == .zh ? "\(period.description)年起口径变化" : "definition changes \(period.description)"
        return [
            .rule(from: Point(mid, top), to: Point(mid, bottom), role: "break-rule", stroke: Stroke(color: theme.neutral, width: 1, dash: [2, 3])),
            .text(try context.typesetter.place(text, font: theme.tickFont, color: theme.mutedText, at: Point(mid - 4, top), align: .end,
                                               role: "break-label")),
        ]
    }
}
