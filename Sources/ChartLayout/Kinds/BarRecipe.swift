import ChartScales
import ChartScene
import YearbookData

/// Bars per category: levels sorted largest first (bar), growth around a zero line with falls
/// in a second colour (diverging), or several indicators side by side (grouped). Categories
/// are the zones, or, for one region's table, its indicators. A missing value is "—" at zero,
/// never a bar of length 0; a printed 0 is a real zero. The chart grows with its categories
/// (a minimum band height, up to a limit) and beyond that shows the top ones with a note.
struct BarRecipe: ChartRecipe {
    static let kinds: [ChartKind] = [.bar, .diverging, .grouped]

    static func impliedMeasure(_ kind: ChartKind) -> Measure? { kind == .diverging ? .growth : nil }

    static func draw(_ context: ChartContext, kind: ChartKind) throws -> DrawnChart {
        try BarRecipe(context: context, kind: kind).layout()
    }

    var context: ChartContext
    var kind: ChartKind

    struct Row {
        var key: String
        var values: [Value?]
        var observations: [Observation?]
    }

    /// What the bars are: one bar per zone for each indicator, or, in one region's table, one
    /// bar per indicator (in the first one's unit).
    struct Plan {
        var categories: [CategoryAxis.Category]
        var series: [String]
        var rows: [Row]
        var byIndicator: Bool
    }

    func plan() throws -> Plan {
        let s = context.selection
        let byIndicator = kind != .grouped && s.zones.count == 1 && s.indicators.count > 1
        if byIndicator {
            let zone = s.zones[0]
            let unit = s.unit(of: s.indicators[0])
            let indicators = s.indicators.filter { s.unit(of: $0) == unit }
            let rows = indicators.map { indicator -> Row in
                let o = s.value(zone: zone, indicator: indicator, period: context.period)
                return Row(key: indicator, values: [o?.value], observations: [o])
            }
            return Plan(categories: indicators.map { .init(key: $0, full: $0, short: $0) }, series: [context.name(zone)], rows: rows, byIndicator: true)
        }
        let indicators = kind == .grouped ? s.indicators : [s.indicators[0]]
        if kind == .grouped {
            let units = Set(indicators.map(s.unit(of:)))
            if units.count > 1 {
                throw ChartError("grouped bars need indicators in one unit; " + indicators.map { "\($0) is in \(s.unit(of: $0))" }.joined(separator: ", "))
            }
            if indicators.count < 2 { throw ChartError.kindNeeds(.grouped, "two or more indicators (--indicator A --indicator B)") }
        }
        let rows = s.zones.map { zone -> Row in
            let obs = indicators.map { s.value(zone: zone, indicator: $0, period: context.period) }
            return Row(key: zone, values: obs.map { $0?.value }, observations: obs)
        }
        return Plan(categories: CategoryAxis.zones(s.zones, registry: s.registry, language: context.language), series: indicators,
                    rows: rows, byIndicator: false)
    }

    func layout() throws -> DrawnChart {
        let s = context.selection, theme = context.theme
        var plan = try plan()
        plan.rows = sorted(plan.rows)
        let numbers = plan.rows.flatMap { $0.values.compactMap { $0?.number } }
        guard !numbers.isEmpty else { throw ChartError.nothingToDraw(s.file, "every value is missing") }
        let unitIndicator = plan.byIndicator ? plan.rows[0].key : plan.series[0]
        let format = context.format(numbers, indicator: unitIndicator)
        var what = plan.byIndicator ? (context.language == .zh ? plan.series[0] + "主要指标" : "indicators of " + plan.series[0])
            : plan.series.count == 1 ? plan.series[0] : plan.series.joined(separator: context.language == .zh ? "与" : " and ")
        if s.measure == .growth { what = context.language == .zh ? what + "增长" : "Growth of " + what }
        let legend = kind == .grouped ? Legend(entries: plan.series.enumerated().map { .init(label: $0.element, color: theme.color($0.offset), key: .square) }) : nil
        let title = context.title(what)
        var words = TitleBlock.Words(title: title, subtitle: context.description.subtitle ?? format.unitPhrase(context.language), source: context.words.source)
        let horizontal = context.description.orientation == .horizontal || !fitsColumns(plan)
        // Stage two: the guides measure themselves and leave the plot; a long list of bars
        // makes the canvas taller (up to a limit), and past it only the first bars are shown.
        var height = context.height
        var block = try TitleBlock(words: words, legend: legend, width: context.width, height: height, theme: theme, typesetter: context.typesetter)
        if horizontal {
            let band = try minimumBand(plan, plotWidth: block.plot.width)
            let axis = try context.typesetter.extent("0", theme.tickFont).height + theme.gap
            let needed = Double(plan.rows.count) * band + axis
            if needed > block.plot.height {
                let limit = max(context.height, min(2400, context.height * 4))
                let grown = context.height + needed - block.plot.height
                if grown <= limit {
                    height = grown
                } else {
                    height = limit
                    let room = block.plot.height + (limit - context.height) - axis
                    let kept = max(1, Int(room / band))
                    let left = plan.rows.count - kept
                    plan.rows = Array(plan.rows.prefix(kept))
                    words.subtitle += context.language == .zh ? "（另有\(left)项未显示）" : " (\(left) more not shown)"
                }
                block = try TitleBlock(words: words, legend: legend, width: context.width, height: height, theme: theme, typesetter: context.typesetter)
            }
        }
        let bars = horizontal ? try self.horizontal(plan, format: format, plot: block.plot) : try vertical(plan, format: format, plot: block.plot)
        let zeroFirst = plan.rows.map { ($0.key, $0.values[0]) }
        let alt = AltText.bars(context: context, rows: zeroFirst, indicator: plan.byIndicator ? what : plan.series[0], format: format)
        let scene = context.scene(block.marks + bars, title: title, altText: alt, height: height)
        return DrawnChart(scene: scene, data: Observations(plan.rows.flatMap { $0.observations.compactMap { $0 } }))
    }

    /// Rows in the requested order: largest first by default, missing values last, a total on top.
    func sorted(_ rows: [Row]) -> [Row] {
        let order = context.description.sort ?? .desc
        func key(_ row: Row) -> Double? {
            let present = row.values.compactMap { $0?.number }
            return present.isEmpty ? nil : present.reduce(0, +)
        }
        var sorted = rows
        if order != .table {
            sorted = rows.enumerated().sorted { a, b in
                switch (key(a.element), key(b.element)) {
                case let (x?, y?): return x != y ? (order == .desc ? x > y : x < y) : a.offset < b.offset
                case (_?, nil): return true
                case (nil, _?): return false
                case (nil, nil): return a.offset < b.offset
                }
            }.map(\.element)
        }
        let totalZones = Set(context.selection.observations.filter(\.isTotal).map(\.zone))
        let totals = sorted.filter { totalZones.contains($0.key) }
        return totals + sorted.filter { !totalZones.contains($0.key) }
    }

    func color(_ value: Double, series: Int) -> Color {
        kind == .diverging ? (value < 0 ? context.theme.negative : context.theme.positive) : context.theme.color(series)
    }

    /// The least height a band may have: the lines of its name, a bar that holds its value
    /// label (the bar is 70% of the band), or the bars of a group.
    func minimumBand(_ plan: Plan, plotWidth: Double) throws -> Double {
        let names = try CategoryAxis(plan.categories, font: context.theme.labelFont, maxWidth: plotWidth * 0.3, typesetter: context.typesetter)
        let value = try context.typesetter.extent("0", valueFont).height
        let bar = plan.series.count == 1 ? value / 0.7 : Double(plan.series.count) * 7
        return max(names.lineHeight * Double(names.depth) * 1.1, names.lineHeight * 1.25, bar)
    }

    /// Columns need room for their names under them; too many become horizontal bars.
    func fitsColumns(_ plan: Plan) -> Bool {
        (context.width - 2 * context.theme.margin) / Double(max(plan.rows.count, 1)) >= context.theme.labelSize * 2.2
    }

    var valueFont: Font { kind == .grouped ? context.theme.font(context.theme.valueSize - 1) : context.theme.valueFont }

    // MARK: Horizontal

    private func horizontal(_ plan: Plan, format: ValueText, plot: Rect) throws -> [Mark] {
        let theme = context.theme, ts = context.typesetter
        let names = try CategoryAxis(plan.categories.filter { c in plan.rows.contains { $0.key == c.key } }, font: theme.labelFont,
                                     maxWidth: plot.width * 0.3, typesetter: ts)
        let texts = plan.rows.map { $0.values.map { $0.map(format.label) ?? MissingMark.text } }
        var rightRoom = 0.0, leftRoom = 0.0
        for (row, labels) in zip(plan.rows, texts) {
            for (value, text) in zip(row.values, labels) {
                let w = try ts.width(text, valueFont) + theme.gap
                if (value?.number ?? 0) < 0 { leftRoom = max(leftRoom, w) } else { rightRoom = max(rightRoom, w) }
            }
        }
        let values = plan.rows.flatMap { $0.values.compactMap { $0.map { format.scaled($0.number) } } }
        let axisLeft = plot.minX + names.width + theme.gap * 2
        let axis = try ValueAxis(side: .bottom, values: values, format: format, length: plot.maxX - rightRoom - axisLeft - leftRoom,
                                 includeZero: true, theme: theme, typesetter: ts)
        let area = Rect(x: axisLeft, y: plot.minY, width: plot.maxX - axisLeft, height: max(0, plot.height - (try axis.thickness())))
        let x = try axis.scale((axisLeft + leftRoom, plot.maxX - rightRoom))
        let band = BandScale(count: plan.rows.count, range: area.minY...area.maxY, paddingInner: 0.3, paddingOuter: 0.15)
        var marks = try axis.marks(plot: area, position: x)
        marks += try names.marksBeside(plan.rows.map(\.key), band: band.center, right: axisLeft - theme.gap * 2, theme: theme, typesetter: ts)
        let groups = Double(plan.rows.first?.values.count ?? 1)
        let barHeight = band.bandwidth / groups
        let labelHeight = try ts.extent("0", valueFont).height
        // A value label taller than its bar would reach into the next band, nearer another bar.
        let showValues = barHeight >= labelHeight
        for (i, row) in plan.rows.enumerated() {
            for (k, value) in row.values.enumerated() {
                let y0 = band.start(i) + Double(k) * barHeight
                let middle = y0 + barHeight / 2
                let series = plan.byIndicator ? row.key : plan.series[k]
                guard let value else {
                    // Where a group's bars are thinner than the mark, the gap alone shows it (and
                    // the alt text names it).
                    if showValues {
                        marks.append(try MissingMark.mark(at: Point(x(0) + theme.gap, middle), font: valueFont, theme: theme, typesetter: ts,
                                                          datum: "\(row.key)|\(series)"))
                    }
                    continue
                }
                let v = format.scaled(value.number)
                let x0 = min(x(0), x(v)), x1 = max(x(0), x(v))
                marks.append(.rect(Rect(x: x0, y: y0, width: x1 - x0, height: barHeight - (groups > 1 ? 1.0 : 0.0)), role: "bar",
                                   fill: color(v, series: k), datum: "\(row.key)|\(series)|\(value.text)"))
                if showValues {
                    marks.append(.text(try ts.place(format.label(value), font: valueFont, color: theme.text,
                                                    at: Point(v < 0 ? x0 - theme.gap : x1 + theme.gap, middle),
                                                    align: v < 0 ? .end : .start, vertical: .middle, role: "value-label", datum: row.key)))
                }
            }
        }
        if kind == .diverging, !plan.byIndicator, !context.description.includeTotal,
           let total = context.selection.totals.first(where: { $0.indicator == plan.series[0] })?.value {
            let name = context.language == .zh ? "合计 " : "total "
            marks += try ReferenceLine(value: format.scaled(total.number), label: name + format.label(total), style: .total)
                .marks(plot: area, side: .bottom, position: x, theme: theme, typesetter: ts)
        }
        return marks
    }

    // MARK: Vertical

    private func vertical(_ plan: Plan, format: ValueText, plot: Rect) throws -> [Mark] {
        let theme = context.theme, ts = context.typesetter
        let values = plan.rows.flatMap { $0.values.compactMap { $0.map { format.scaled($0.number) } } }
        let valueHeight = try ts.extent("0", valueFont).height + theme.gap
        let trial = try ValueAxis(side: .left, values: values, format: format, length: plot.height, includeZero: true, theme: theme, typesetter: ts)
        let axisLeft = plot.minX + (try trial.thickness())
        let step = (plot.maxX - axisLeft) / Double(max(plan.rows.count, 1))
        let names = try CategoryAxis(plan.categories.filter { c in plan.rows.contains { $0.key == c.key } }, font: theme.labelFont,
                                     maxWidth: step * 0.92, typesetter: ts)
        let bottom = plot.maxY - Double(names.depth) * names.lineHeight - theme.gap
        let top = plot.minY + valueHeight
        let hasNegative = values.contains { $0 < 0 }
        let axis = try ValueAxis(side: .left, values: values, format: format, length: bottom - top, includeZero: true, theme: theme, typesetter: ts)
        let y = try axis.scale((bottom - (hasNegative ? valueHeight : 0), top))
        let band = BandScale(count: plan.rows.count, range: axisLeft...plot.maxX, paddingInner: 0.3, paddingOuter: 0.15)
        let area = Rect(x: axisLeft, y: top, width: plot.maxX - axisLeft, height: bottom - top)
        var marks = try axis.marks(plot: area, position: y)
        marks += try names.marksUnder(plan.rows.map(\.key), band: band.center, top: bottom + theme.gap, theme: theme, typesetter: ts)
        let count = Double(plan.rows.first?.values.count ?? 1)
        let barWidth = band.bandwidth / count
        for (i, row) in plan.rows.enumerated() {
            for (k, value) in row.values.enumerated() {
                let x0 = band.start(i) + Double(k) * barWidth
                let series = plan.byIndicator ? row.key : plan.series[k]
                guard let value else {
                    if try ts.width(MissingMark.text, valueFont) <= barWidth {
                        marks.append(try MissingMark.mark(at: Point(x0 + barWidth / 2, y(0) - 2), align: .middle, vertical: .bottom, font: valueFont,
                                                          theme: theme, typesetter: ts, datum: "\(row.key)|\(series)"))
                    }
                    continue
                }
                let v = format.scaled(value.number)
                let y0 = min(y(0), y(v)), y1 = max(y(0), y(v))
                marks.append(.rect(Rect(x: x0, y: y0, width: barWidth - (count > 1 ? 1.0 : 0.0), height: y1 - y0), role: "bar",
                                   fill: color(v, series: k), datum: "\(row.key)|\(series)|\(value.text)"))
                let text = format.label(value)
                if try ts.width(text, valueFont) <= barWidth * 1.15 + theme.gap {
                    marks.append(.text(try ts.place(text, font: valueFont, color: theme.text,
                                                    at: Point(x0 + barWidth / 2, v < 0 ? y1 + 2 : y0 - 2), align: .middle,
                                                    vertical: v < 0 ? .top : .bottom, role: "value-label", datum: row.key)))
                }
            }
        }
        return marks
    }
}
