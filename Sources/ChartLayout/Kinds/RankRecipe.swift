import ChartScales
import ChartScene
import YearbookData

/// Ranks at two periods (slope) or more (bump): rank 1 on top, each zone a line, risers and
/// fallers in different colours, names and places labelled at both ends; zones tied on a place
/// share one label.
struct RankRecipe: ChartRecipe {
    static let kinds: [ChartKind] = [.slope, .bump]
    static func impliedMeasure(_ kind: ChartKind) -> Measure? { .rank }
    static func showsPeriods(_ kind: ChartKind) -> Bool { true }
    static func draw(_ context: ChartContext, kind: ChartKind) throws -> DrawnChart {
        try RankRecipe(context: context, kind: kind).layout()
    }

    var context: ChartContext
    var kind: ChartKind

    func layout() throws -> DrawnChart {
        let s = context.selection, theme = context.theme, ts = context.typesetter
        guard s.measure == .rank else { throw ChartError.kindNeeds(kind, "ranks (--measure rank)") }
        guard s.indicators.count == 1 else {
            throw ChartError.kindNeeds(kind, "one ranking; this table has \(s.indicators.joined(separator: ", ")): name one with --indicator")
        }
        let periods = kind == .slope ? [s.periods.first!, s.periods.last!] : s.periods
        guard periods.count >= 2, periods[0] != periods[periods.count - 1] else {
            throw ChartError.kindNeeds(kind, "ranks at two or more periods; the table has \(s.periods.map(\.description).joined(separator: ", "))")
        }
        if kind == .slope, s.periods.count > 2 {
            throw ChartError("a slope chart compares two periods; this table has \(s.periods.count) (\(s.periods.map(\.description).joined(separator: ", "))): use a bump chart, or pick two with a chart file")
        }
        let indicator = s.indicators[0]
        func rank(_ zone: String, _ p: Period) -> Double? { s.value(zone: zone, indicator: indicator, period: p)?.value?.number }
        let zones = s.zones.filter { z in periods.contains { rank(z, $0) != nil } }
        let ranks = zones.flatMap { z in periods.compactMap { rank(z, $0) } }
        guard let worst = ranks.max() else { throw ChartError.nothingToDraw(s.file, "every rank is missing") }
        let span = context.words.span(periods.first!, periods.last!)
        let title = context.description.title ?? (context.language == .zh
            ? "\(context.words.regionWord)\(indicator)变化（\(span)）"
            : "\(indicator): change of place, \(span)")
        let block = try TitleBlock(words: .init(title: title, subtitle: context.description.subtitle ?? (context.language == .zh ? "位次（1 为最高）" : "place (1 is best)"),
                                                source: context.words.source),
                                   width: context.width, height: context.height, theme: theme, typesetter: ts)
        let plot = block.plot

        let headerHeight = try ts.extent("2019", theme.labelFont).height + theme.gap
        let top = plot.minY + headerHeight + 6, bottom = plot.maxY - 6
        let ends = [periods.first!, periods.last!]
        let sideLimit = plot.width * 0.34
        var endTexts = try endLabels(zones: zones, ends: ends, rank: rank, short: false)
        if try endTexts.joined().map({ try ts.width($0.text, theme.labelFont) }).max()! > sideLimit {
            endTexts = try endLabels(zones: zones, ends: ends, rank: rank, short: true)
        }
        let sideWidth = try min(sideLimit, endTexts.joined().map { try ts.width($0.text, theme.labelFont) }.max()!) + theme.gap * 2
        let xs: [Double] = periods.indices.map { i in
            let left = plot.minX + sideWidth, right = plot.maxX - sideWidth
            return left + (right - left) * Double(i) / Double(periods.count - 1)
        }
        let y = LinearScale(domain: 1...max(worst, 2), range: (top, bottom))
        var marks: [Mark] = []
        for (i, p) in periods.enumerated() {
            let header = context.words.name(p)
            marks.append(.text(try ts.place(header, font: theme.font(theme.labelSize, bold: true), color: theme.text,
                                            at: Point(xs[i], plot.minY), align: .middle, role: "period-label")))
            marks.append(.rule(from: Point(xs[i], top - 4), to: Point(xs[i], bottom + 4), role: "axis", stroke: Stroke(color: theme.grid, width: 1)))
        }
        var leftLabels: [TextMark] = [], rightLabels: [TextMark] = []
        for zone in zones {
            let known = periods.enumerated().compactMap { i, p in rank(zone, p).map { (i, $0) } }
            guard let first = known.first, let last = known.last else { continue }
            let change = last.1 - first.1
            let color = change < 0 ? theme.positive : change > 0 ? theme.negative : theme.neutral
            let points = known.map { Point(xs[$0.0], y($0.1)) }
            marks.append(.polyline(points, role: "slope", stroke: Stroke(color: color, width: 2), datum: "\(zone)|\(Int(first.1))→\(Int(last.1))"))
            for (pt, k) in zip(points, known) {
                marks.append(.circle(center: pt, radius: 3.5, role: "marker", fill: color, datum: "\(zone)|\(periods[k.0])|\(Int(k.1))"))
            }
        }
        for (side, isLeft) in [(0, true), (1, false)] {
            let x = isLeft ? xs[0] - theme.gap * 1.5 : xs[xs.count - 1] + theme.gap * 1.5
            for label in endTexts[side] {
                for (n, line) in try ts.wrap(label.text, font: theme.labelFont, maxWidth: sideLimit).enumerated() {
                    let lineHeight = try ts.extent(line, theme.labelFont).height
                    var mark = try ts.place(line, font: theme.labelFont, color: theme.text, at: Point(x, y(label.rank)), align: isLeft ? .end : .start,
                                            vertical: .middle, role: "rank-label", datum: label.zones.joined(separator: "|"))
                    mark.box.y += Double(n) * lineHeight
                    if isLeft { leftLabels.append(mark) } else { rightLabels.append(mark) }
                }
            }
        }
        marks += RankRecipe.column(leftLabels, top: top - 8, bottom: bottom + 8).map(Mark.text)
        marks += RankRecipe.column(rightLabels, top: top - 8, bottom: bottom + 8).map(Mark.text)
        let scene = context.scene(block.marks + marks, title: title,
                                  altText: AltText.ranks(context: context, zones: zones, periods: [periods.first!, periods.last!], rank: rank))
        return DrawnChart(scene: scene, data: Observations(zones.flatMap { z in periods.compactMap { s.value(zone: z, indicator: indicator, period: $0) } }))
    }
}

extension RankRecipe {
    /// The end labels of one side, in rank order, pushed apart with the shared end-label
    /// service so tied or close places never overlap and never swap.
    static func column(_ labels: [TextMark], top: Double, bottom: Double) -> [TextMark] {
        let ends = labels.enumerated().map { EndLabel(text: $1.text, size: Size(width: $1.box.width, height: $1.box.height),
                                                      anchorY: $1.box.center.y, payload: $0) }
        return EndLabels.spread(ends, x: 0, top: top, bottom: bottom).placed.map { end in
            var mark = labels[end.payload]
            mark.box.y = end.box.minY
            return mark
        }
    }
}

extension RankRecipe {
    struct PlaceLabel {
        var rank: Double
        var zones: [String]
        var text: String
    }

    /// The labels at the two ends: one per place, zones tied on it named together
    /// (杭州湾上虞经开区、嵊州经开区 12), full names or the registry's short ones.
    func endLabels(zones: [String], ends: [Period], rank: (String, Period) -> Double?, short: Bool) throws -> [[PlaceLabel]] {
        let registry = context.selection.registry
        func name(_ zone: String) -> String {
            guard let z = registry.resolve(zone) else { return zone }
            if context.language == .en { return z.english.isEmpty ? z.name : z.english }
            return short ? z.short : z.name
        }
        return ends.enumerated().map { side, period in
            var byRank: [Double: [String]] = [:]
            for zone in zones { if let r = rank(zone, period) { byRank[r, default: []].append(zone) } }
            return byRank.sorted { $0.key < $1.key }.map { r, tied in
                let names = tied.map(name).joined(separator: context.language == .zh ? "、" : ", ")
                return PlaceLabel(rank: r, zones: tied, text: side == 0 ? "\(names)  \(Int(r))" : "\(Int(r))  \(names)")
            }
        }
    }
}

extension AltText {
    static func ranks(context: ChartContext, zones: [String], periods: [Period], rank: (String, Period) -> Double?) -> String {
        let zh = context.language == .zh
        let a = periods[0], b = periods[1]
        let moves = zones.compactMap { z in rank(z, a).flatMap { ra in rank(z, b).map { (zone: z, from: Int(ra), to: Int($0)) } } }
        let parts = moves.map { m -> String in
            if zh {
                return m.to < m.from ? "\(context.name(m.zone))由第\(m.from)位升至第\(m.to)位"
                    : m.to > m.from ? "\(context.name(m.zone))由第\(m.from)位退至第\(m.to)位" : "\(context.name(m.zone))保持第\(m.to)位"
            }
            return m.to < m.from ? "\(context.name(m.zone)) rose from \(m.from) to \(m.to)"
                : m.to > m.from ? "\(context.name(m.zone)) fell from \(m.from) to \(m.to)" : "\(context.name(m.zone)) stayed at \(m.to)"
        }
        let up = moves.filter { $0.to < $0.from }.count, down = moves.filter { $0.to > $0.from }.count
        let noun = context.words.regionNoun
        let head = zh ? "\(a)至\(b)，\(moves.count)个\(noun)中\(up)个位次上升、\(down)个下降：" : "From \(a) to \(b), \(up) of \(moves.count) \(noun) rose and \(down) fell: "
        return head + parts.joined(separator: zh ? "；" : "; ") + (zh ? "。" : ".")
    }
}
