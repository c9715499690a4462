import ChartScales
import ChartScene
import YearbookData

/// Several growth indicators compared across zones: one panel per indicator, the zones down a
/// shared axis, every panel on one shared scale so lengths compare across panels; a stem from
/// zero to each dot, "—" where a value is missing, and the total's rate as a dashed line.
struct DotRecipe: ChartRecipe {
    static let kinds: [ChartKind] = [.dots]
    static func impliedMeasure(_ kind: ChartKind) -> Measure? { .growth }
    static func draw(_ context: ChartContext, kind: ChartKind) throws -> DrawnChart {
        try DotRecipe(context: context).layout()
    }

    var context: ChartContext

    func layout() throws -> DrawnChart {
        let s = context.selection, theme = context.theme, ts = context.typesetter
        let indicators = s.indicators
        let period = context.period
        let zones = s.zones
        func value(_ zone: String, _ indicator: String) -> Value? { s.value(zone: zone, indicator: indicator, period: period)?.value }
        let all = zones.flatMap { z in indicators.compactMap { value(z, $0)?.number } }
        guard !all.isEmpty else { throw ChartError.nothingToDraw(s.file, "every value is missing") }
        let format = context.format(all, indicator: indicators[0])
        let what = s.measure == .growth && context.language == .zh ? "主要指标增长" : indicators.joined(separator: "、")
        let title = context.title(what)
        let words = TitleBlock.Words(title: title, subtitle: context.description.subtitle ?? format.unitPhrase(context.language), source: context.words.source)
        var block = try TitleBlock(words: words, width: context.width, height: context.height, theme: theme, typesetter: ts)
        let labels = try CategoryAxis(CategoryAxis.zones(zones, registry: s.registry, language: context.language), font: theme.labelFont,
                                      maxWidth: block.plot.width * 0.24, typesetter: ts)
        // Rows need the height of their names and values; a long list makes the canvas taller.
        let valueHeight = try ts.extent("0", theme.valueFont).height
        let rowHeight = max(labels.lineHeight * Double(labels.depth), valueHeight) * 1.25 + 2
        let needed = Double(zones.count) * rowHeight + labels.lineHeight * 3
        let height = needed > block.plot.height ? context.height + needed - block.plot.height : context.height
        if height > context.height {
            block = try TitleBlock(words: words, width: context.width, height: height, theme: theme, typesetter: ts)
        }
        let plot = block.plot
        let left = plot.minX + labels.width + theme.gap * 2
        let panelGap = 18.0
        let panelWidth = (plot.maxX - left - panelGap * Double(indicators.count - 1)) / Double(indicators.count)
        let headerHeight = try indicators.map { try ts.extent($0, theme.font(theme.labelSize, bold: true)).height }.max()! + theme.gap
        let tickHeight = try ts.extent("0", theme.tickFont).height
        let top = plot.minY + headerHeight, bottom = plot.maxY - tickHeight - theme.gap
        var valueWidth = try zones.flatMap { z in indicators.compactMap { value(z, $0).map(format.label) } }.map { try ts.width($0, theme.valueFont) }.max()! + theme.gap
        // Narrow panels keep their room for the axis and drop the value labels.
        let showValues = panelWidth - 2 * valueWidth >= panelWidth * 0.4
        if !showValues { valueWidth = theme.gap }
        let axis = try ValueAxis(side: .bottom, values: all.map(format.scaled), format: format, length: panelWidth - 2 * valueWidth,
                                 includeZero: true, targetCount: 4, labelGap: theme.gap, theme: theme, typesetter: ts)
        let ticks = axis.ticks
        let band = BandScale(count: zones.count, range: top...bottom, paddingInner: 0.2, paddingOuter: 0.2)
        var marks = try labels.marksBeside(zones, band: band.center, right: left - theme.gap * 2, theme: theme, typesetter: ts)
        for (k, indicator) in indicators.enumerated() {
            let x0 = left + Double(k) * (panelWidth + panelGap)
            let x = LinearScale(domain: ticks.lower...ticks.upper, range: (x0 + valueWidth, x0 + panelWidth - valueWidth))
            marks.append(.text(try ts.place(indicator, font: theme.font(theme.labelSize, bold: true), color: theme.text,
                                            at: Point(x0 + panelWidth / 2, plot.minY), align: .middle, role: "panel-title")))
            marks += try axis.marks(plot: Rect(x: x0, y: top, width: panelWidth, height: bottom - top), position: { x($0) }, datum: "\(indicator)|",
                                    within: (x0 - panelGap / 2)...(x0 + panelWidth + panelGap / 2))
            if let total = s.totals.first(where: { $0.indicator == indicator })?.value, !context.description.includeTotal {
                marks += try ReferenceLine(value: format.scaled(total.number), label: nil, style: .total)
                    .marks(plot: Rect(x: x0, y: top, width: panelWidth, height: bottom - top), side: .bottom, position: { x($0) },
                           theme: theme, typesetter: ts, datum: "\(indicator)|\(total.text)")
            }
            let color = theme.color(k)
            for (i, zone) in zones.enumerated() {
                let cy = band.center(i)
                guard let v = value(zone, indicator) else {
                    marks.append(try MissingMark.mark(at: Point(x(0) + theme.gap, cy), font: theme.valueFont, theme: theme, typesetter: ts,
                                                      datum: "\(zone)|\(indicator)"))
                    continue
                }
                let px = x(format.scaled(v.number))
                marks.append(.rule(from: Point(x(0), cy), to: Point(px, cy), role: "stem", stroke: Stroke(color: color.withAlpha(0.45), width: 1.5)))
                marks.append(.circle(center: Point(px, cy), radius: 4, role: "dot", fill: color, datum: "\(zone)|\(indicator)|\(v.text)"))
                let negative = v.number < 0
                guard showValues else { continue }
                marks.append(.text(try ts.place(format.label(v), font: theme.valueFont, color: theme.text,
                                                at: Point(negative ? px - 7 : px + 7, cy), align: negative ? .end : .start, vertical: .middle,
                                                role: "value-label", datum: "\(zone)|\(indicator)")))
            }
        }
        let alt = indicators.map { ind in
            AltText.bars(context: context, rows: zones.map { ($0, value($0, ind)) }, indicator: ind, format: format)
        }.joined(separator: context.language == .zh ? "" : " ")
        return DrawnChart(scene: context.scene(block.marks + marks, title: title, altText: alt, height: height),
                          data: Observations(zones.flatMap { z in indicators.compactMap { s.value(zone: z, indicator: $0, period: period) } }))
    }
}
