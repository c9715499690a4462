import ChartScales
import ChartScene
import YearbookData

/// Several growth indicators compared across zones: one panel per indicator, the zones down a
/// shared axis, every panel on one shared scale so lengths compare across panels; a stem from
/// zero to each dot, "—" where a value is missing, and the total's rate as a dashed line.
struct DotChart {
    var context: ChartContext

    func layout() throws -> DrawnChart {
        let s = context.selection, theme = context.theme, ts = context.typesetter
        let indicators = s.indicators
        let period = context.period
        let zones = s.zones
        func value(_ zone: String, _ indicator: String) -> Value? { s.value(zone: zone, indicator: indicator, period: period)?.value }
        let all = zones.flatMap { z in indicators.compactMap { value(z, $0)?.number } }
        guard !all.isEmpty else { throw ChartError.nothingToDraw(s.file, "every value is missing") }
        let format = ValueText(unit: s.unit(of: indicators[0]), measure: s.measure, maxAbs: all.map(abs).max()!)
        let what = s.measure == .growth && context.language == .zh ? "主要指标增长" : indicators.joined(separator: "、")
        let (frame, words) = try context.frame(subtitle: format.unitPhrase(context.language), what: what)
        let plot = frame.plot
        let labels = try context.zoneLabels(maxWidth: plot.width * 0.24)
        let left = plot.minX + labels.width + theme.gap * 2
        let panelGap = 18.0
        let panelWidth = (plot.maxX - left - panelGap * Double(indicators.count - 1)) / Double(indicators.count)
        let headerHeight = try indicators.map { try ts.extent($0, theme.font(theme.labelSize, bold: true)).height }.max()! + theme.gap
        let tickHeight = try ts.extent("0", theme.tickFont).height
        let top = plot.minY + headerHeight, bottom = plot.maxY - tickHeight - theme.gap
        let valueWidth = try zones.flatMap { z in indicators.compactMap { value(z, $0).map(format.label) } }.map { try ts.width($0, theme.valueFont) }.max()! + theme.gap
        let ticks = try Ticks.linear(from: all.min()!, to: all.max()!, targetCount: 4, includeZero: true,
                                       availableLength: panelWidth - 2 * valueWidth, labelGap: theme.gap) {
            try ts.width(format.tick($0, step: $1), theme.tickFont)
        }
        let band = BandScale(count: zones.count, range: top...bottom, paddingInner: 0.2, paddingOuter: 0.2)
        var marks: [Mark] = []
        for (i, zone) in zones.enumerated() {
            let lines = labels.lines[zone] ?? [zone]
            let lineHeight = try ts.extent(lines[0], theme.labelFont).height
            var y = band.center(i) - lineHeight * Double(lines.count) / 2
            for line in lines {
                marks.append(.text(try ts.place(line, font: theme.labelFont, color: theme.text, at: Point(left - theme.gap * 2, y), align: .end,
                                                role: "zone-label", datum: zone)))
                y += lineHeight
            }
        }
        for (k, indicator) in indicators.enumerated() {
            let x0 = left + Double(k) * (panelWidth + panelGap)
            let x = LinearScale(domain: ticks.lower...ticks.upper, range: (x0 + valueWidth, x0 + panelWidth - valueWidth))
            marks.append(.text(try ts.place(indicator, font: theme.font(theme.labelSize, bold: true), color: theme.text,
                                            at: Point(x0 + panelWidth / 2, plot.minY), align: .middle, role: "panel-title")))
            for t in ticks.values {
                let isZero = t == 0
                marks.append(.rule(from: Point(x(t), top), to: Point(x(t), bottom), role: isZero ? "zero-line" : "gridline",
                                   stroke: Stroke(color: isZero ? theme.zeroLine : theme.grid, width: isZero ? 1 : 0.6)))
                marks.append(.text(try ts.place(format.tick(t, step: ticks.step), font: theme.tickFont, color: theme.mutedText,
                                                at: Point(x(t), bottom + theme.gap), align: .middle, role: "tick-label", datum: "\(indicator)|\(t)")))
            }
            if let total = s.totals.first(where: { $0.indicator == indicator })?.value, !context.description.includeTotal {
                let tx = x(format.scaled(total.number))
                marks.append(.rule(from: Point(tx, top), to: Point(tx, bottom), role: "total-line",
                                   stroke: Stroke(color: theme.neutral, width: 1, dash: [4, 3]), datum: "\(indicator)|\(total.text)"))
            }
            let color = theme.color(k)
            for (i, zone) in zones.enumerated() {
                let cy = band.center(i)
                guard let v = value(zone, indicator) else {
                    marks.append(.text(try ts.place("—", font: theme.valueFont, color: theme.mutedText, at: Point(x(0) + theme.gap, cy),
                                                    vertical: .middle, role: "missing-label", datum: "\(zone)|\(indicator)")))
                    continue
                }
                let px = x(format.scaled(v.number))
                marks.append(.rule(from: Point(x(0), cy), to: Point(px, cy), role: "stem", stroke: Stroke(color: color.withAlpha(0.45), width: 1.5)))
                marks.append(.circle(center: Point(px, cy), radius: 4, role: "dot", fill: color, datum: "\(zone)|\(indicator)|\(v.text)"))
                let negative = v.number < 0
                marks.append(.text(try ts.place(format.label(v), font: theme.valueFont, color: theme.text,
                                                at: Point(negative ? px - 7 : px + 7, cy), align: negative ? .end : .start, vertical: .middle,
                                                role: "value-label", datum: "\(zone)|\(indicator)")))
            }
        }
        let alt = indicators.map { ind in
            AltText.bars(context: context, rows: zones.map { ($0, value($0, ind)) }, indicator: ind, format: format)
        }.joined(separator: context.language == .zh ? "" : " ")
        return DrawnChart(scene: context.scene(frame.marks + marks, words: words, altText: alt),
                          data: zones.flatMap { z in indicators.compactMap { s.value(zone: z, indicator: $0, period: period) } })
    }
}
