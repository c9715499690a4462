import ChartScales
import ChartScene
import YearbookData

/// Each indicator's total split into the zones' shares, stacked to 100%: who accounts for how
/// much of the whole. Shares come from the total row when the table prints one (so a zone
/// missing from the table shows as the unexplained rest), else from the sum of the zones.
struct StackedChart {
    var context: ChartContext

    func layout() throws -> DrawnChart {
        let s = context.selection, theme = context.theme, ts = context.typesetter
        guard s.measure == .level else { throw ChartError.kindNeeds(.stacked, "levels to split into shares (--measure level)") }
        let zones = s.zones.filter { !YearbookData.Label.key($0).hasPrefix("合计") }
        let dataset = Dataset(file: s.file, observations: s.observations.filter { !$0.isTotal } + s.totals)
        let shares = s.indicators.map { dataset.shares(of: $0, in: context.period) }
        let labels = try ZoneLabels(zones: zones, registry: s.registry, language: context.language, font: theme.labelFont,
                                    maxWidth: 10_000, typesetter: ts)
        let legend = zones.enumerated().map { (label: labels.single($0.element), color: theme.color($0.offset), key: Frame.Key.square) }
        let what = context.language == .zh ? "\(s.indicators.joined(separator: "、"))的开发区构成" : "zone shares of \(s.indicators.joined(separator: ", "))"
        var description = context.description
        if description.title == nil {
            description.title = context.language == .zh ? "\(context.period)年\(what)" : "\(what), \(context.period)"
        }
        let titled = ChartContext(selection: s, description: description, theme: theme, typesetter: ts, sources: context.sources)
        let (frame, words) = try titled.frame(subtitle: context.language == .zh ? "占合计的比重(%)" : "share of the total (%)", legend: legend, what: what)
        let plot = frame.plot
        let names = try s.indicators.map { try ts.width($0, theme.labelFont) }
        let left = plot.minX + names.max()! + theme.gap * 2
        let band = BandScale(count: s.indicators.count, range: plot.minY...plot.maxY, paddingInner: 0.35, paddingOuter: 0.1)
        var marks: [Mark] = []
        let width = plot.maxX - left
        for (k, indicator) in s.indicators.enumerated() {
            marks.append(.text(try ts.place(indicator, font: theme.labelFont, color: theme.text, at: Point(left - theme.gap * 2, band.center(k)),
                                            align: .end, vertical: .middle, role: "indicator-label")))
            var x = left
            for (zone, share) in shares[k] {
                guard let share, share > 0, let index = zones.firstIndex(of: zone) else { continue }
                let w = width * share / 100
                marks.append(.rect(Rect(x: x, y: band.start(k), width: w, height: band.bandwidth), role: "segment",
                                   fill: theme.color(index), stroke: Stroke(color: theme.background, width: 0.75), datum: "\(zone)|\(indicator)|\(share)"))
                let text = NumberFormat.grouped(share, decimals: 1) + "%"
                let e = try ts.extent(text, theme.valueFont)
                if e.width + 4 <= w, e.height <= band.bandwidth {
                    marks.append(.text(try ts.place(text, font: theme.valueFont, color: Contrast.on(theme.color(index)),
                                                    at: Point(x + w / 2, band.center(k)), align: .middle, vertical: .middle, role: "value-label", datum: zone)))
                }
                x += w
            }
        }
        let alt = zip(s.indicators, shares).map { indicator, shares -> String in
            let top = shares.compactMap { z, v in v.map { (z, $0) } }.max { $0.1 < $1.1 }
            guard let top else { return "" }
            return context.language == .zh ? "\(indicator)中\(context.name(top.0))占比最高，\(NumberFormat.grouped(top.1, decimals: 1) + "%")"
                : "\(context.name(top.0)) has the largest share of \(indicator), \(NumberFormat.grouped(top.1, decimals: 1) + "%")"
        }.filter { !$0.isEmpty }
        let scene = titled.scene(frame.marks + marks, words: words,
                                 altText: alt.joined(separator: context.language == .zh ? "；" : "; ") + (context.language == .zh ? "。" : "."))
        let shown = zip(s.indicators, shares).flatMap { indicator, shares in
            shares.map { zone, share in
                Observation(zone: zone, indicator: indicator, measure: .share, unit: "%", period: context.period,
                            value: share.map { Value(computed: $0, decimals: 2) })
            }
        }
        return DrawnChart(scene: scene, data: shown)
    }
}

/// Text colour that stays readable on a filled segment: white on dark fills, near-black on light.
enum Contrast {
    static func on(_ fill: Color) -> Color {
        let luminance = 0.2126 * fill.red + 0.7152 * fill.green + 0.0722 * fill.blue
        return luminance < 0.55 ? Color(red: 1, green: 1, blue: 1) : Color(red: 0.13, green: 0.13, blue: 0.13)
    }
}
