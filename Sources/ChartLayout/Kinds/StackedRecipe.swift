import ChartScales
import ChartScene
import YearbookData

/// Each indicator's total split into the zones' shares, stacked to 100%: who accounts for how
/// much of the whole. Shares come from the total row when the table prints one (so a zone
/// missing from the table shows as the unexplained rest), else from the sum of the zones.
/// Past twelve zones the smallest are one segment, 其他 (others), so no colour repeats.
struct StackedRecipe: ChartRecipe {
    static let kinds: [ChartKind] = [.stacked]
    static func draw(_ context: ChartContext, kind: ChartKind) throws -> DrawnChart {
        try StackedRecipe(context: context).layout()
    }

    /// Segments with their own colour (the palette stays distinct that far); the rest are grouped.
    static let maxSegments = 12

    var context: ChartContext

    func layout() throws -> DrawnChart {
        let s = context.selection, theme = context.theme, ts = context.typesetter
        guard s.measure == .level else { throw ChartError.kindNeeds(.stacked, "levels to split into shares (--measure level)") }
        let zones = s.zones.filter { !YearbookData.Label.key($0).hasPrefix("合计") }
        let dataset = Dataset(file: s.file, observations: s.observations.filter { !$0.isTotal } + s.totals)
        let zh = context.language == .zh
        let others = zh ? "其他" : "others"
        // The zones with the largest share of the first indicator keep their colour.
        let first = dataset.shares(of: s.indicators[0], in: context.period)
        let ranked = first.sorted { ($0.share ?? -1) > ($1.share ?? -1) }.map(\.zone)
        let named = zones.count > StackedRecipe.maxSegments ? Set(ranked.prefix(StackedRecipe.maxSegments - 1)) : Set(zones)
        let segments = zones.filter(named.contains) + (named.count < zones.count ? [others] : [])
        let shares: [[(zone: String, share: Double?)]] = s.indicators.map { indicator in
            let all = dataset.shares(of: indicator, in: context.period)
            let rest = all.filter { !named.contains($0.zone) }.compactMap(\.share).reduce(0, +)
            return all.filter { named.contains($0.zone) } + (named.count < zones.count ? [(others, rest)] : [])
        }
        let names = CategoryAxis.zones(segments, registry: s.registry, language: context.language)
        let legend = Legend(entries: names.enumerated().map { .init(label: $0.element.full, color: theme.color($0.offset), key: .square) })
        let what = zh ? "\(s.indicators.joined(separator: "、"))的构成" : "shares of \(s.indicators.joined(separator: ", "))"
        let title = context.title(what)
        let words = TitleBlock.Words(title: title, subtitle: context.description.subtitle ?? (zh ? "占合计的比重(%)" : "share of the total (%)"),
                                     source: context.words.source)
        var block = try TitleBlock(words: words, legend: legend, width: context.width, height: context.height, theme: theme, typesetter: ts)
        // Each bar needs a line of its name; many indicators (or a tall legend) make the canvas taller.
        let needed = Double(s.indicators.count) * (try ts.extent("国", theme.labelFont).height) * 1.6
        let height = needed > block.plot.height ? context.height + needed - block.plot.height : context.height
        if height > context.height {
            block = try TitleBlock(words: words, legend: legend, width: context.width, height: height, theme: theme, typesetter: ts)
        }
        let plot = block.plot
        let labelWidths = try s.indicators.map { try ts.width($0, theme.labelFont) }
        let left = plot.minX + min(labelWidths.max()!, plot.width * 0.3) + theme.gap * 2
        let band = BandScale(count: s.indicators.count, range: plot.minY...plot.maxY, paddingInner: 0.35, paddingOuter: 0.1)
        var marks: [Mark] = []
        let width = plot.maxX - left
        for (k, indicator) in s.indicators.enumerated() {
            marks.append(.text(try ts.place(try ts.ellipsised(indicator, font: theme.labelFont, maxWidth: left - plot.minX - theme.gap * 2),
                                            font: theme.labelFont, color: theme.text, at: Point(left - theme.gap * 2, band.center(k)),
                                            align: .end, vertical: .middle, role: "indicator-label")))
            var x = left
            for (zone, share) in shares[k] {
                guard let share, share > 0, let index = segments.firstIndex(of: zone) else { continue }
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
            guard let top = shares.compactMap({ z, v in v.map { (z, $0) } }).max(by: { $0.1 < $1.1 }) else { return "" }
            return zh ? "\(indicator)中\(context.name(top.0))占比最高，\(NumberFormat.grouped(top.1, decimals: 1) + "%")"
                : "\(context.name(top.0)) has the largest share of \(indicator), \(NumberFormat.grouped(top.1, decimals: 1) + "%")"
        }.filter { !$0.isEmpty }
        let scene = context.scene(block.marks + marks, title: title, altText: alt.joined(separator: zh ? "；" : "; ") + (zh ? "。" : "."), height: height)
        let shown = zip(s.indicators, shares).flatMap { indicator, shares in
            shares.map { zone, share in
                Observation(zone: zone, indicator: indicator, measure: .share, unit: "%", period: context.period,
                            value: share.map { Value(computed: $0, decimals: 2) })
            }
        }
        return DrawnChart(scene: scene, data: Observations(shown))
    }
}

/// Text colour that stays readable on a filled segment: white on dark fills, near-black on light.
enum Contrast {
    static func on(_ fill: Color) -> Color {
        let luminance = 0.2126 * fill.red + 0.7152 * fill.green + 0.0722 * fill.blue
        return luminance < 0.55 ? Color(red: 1, green: 1, blue: 1) : Color(red: 0.13, green: 0.13, blue: 0.13)
    }
}
