import ChartScales
import ChartScene
import YearbookData

/// Series over time on a true time axis (years, quarters, months, days or times of day, the year
/// named once): filled markers for outcomes, hollow ones on a dashed line for targets and
/// estimates, a gap where a value is missing and a dashed rule where a definition changes (a break). Labels
/// follow a policy that reads the data: each line named at its end (ordered by end value,
/// pushed apart, never swapped); point values on short lines only, else the last, highest and
/// lowest; none on hundreds of points. A long line is drawn decimated per pixel column.
struct LineRecipe: ChartRecipe {
    static let kinds: [ChartKind] = [.line]
    static func showsPeriods(_ kind: ChartKind) -> Bool { true }
    static func draw(_ context: ChartContext, kind: ChartKind) throws -> DrawnChart {
        try LineRecipe(context: context).layout()
    }

    /// The most lines one chart draws; more are left out, largest last values kept.
    static let maxLines = 12
    /// Lines with at most this many points show every value.
    static let labelEveryPointUpTo = 8

    var context: ChartContext

    struct Line {
        var zone: String
        var indicator: String
        var points: [Series.Point]
        /// The line's observations are its points as they came, and came in time order: its
        /// data needs no check of their order.
        var observationsInOrder = false
    }

    func layout() throws -> DrawnChart {
        let s = context.selection, theme = context.theme, ts = context.typesetter
        var (lines, left) = try makeLines()
        let units = Set(lines.map { s.unit(of: $0.indicator) })
        if units.count > 1 {
            guard context.description.indicators.isEmpty else {
                throw ChartError("a line chart needs its series in one unit; " + s.indicators.map { "\($0) is in \(s.unit(of: $0))" }.joined(separator: ", "))
            }
            let unit = s.unit(of: lines[0].indicator)
            left += lines.filter { s.unit(of: $0.indicator) != unit }.count
            lines = lines.filter { s.unit(of: $0.indicator) == unit }
        }
        // Values and periods gathered without pairing them: a line of a million points would
        // otherwise hold several million-element copies at once.
        let present = lines.flatMap { $0.points.compactMap { $0.value?.number } }
        guard !present.isEmpty else { throw ChartError.nothingToDraw(s.file, "every value is missing") }
        if context.description.logScale, let bad = lines.flatMap({ l in l.points.compactMap { p in p.value.map { (l, $0.number) } } }).first(where: { $0.1 <= 0 }) {
            throw ChartError.logScale(bad.1, zone: context.name(bad.0.zone), indicator: bad.0.indicator)
        }
        let format = context.format(present, indicator: lines[0].indicator)
        let hasPlans = lines.contains { $0.points.contains { $0.flag == .target || $0.flag == .estimate } }
        let zh = context.language == .zh
        let legend = hasPlans ? Legend(entries: [.init(label: zh ? "实际" : "actual", color: theme.color(0), key: .dot),
                                                 .init(label: zh ? "目标或预计" : "target or estimate", color: theme.color(0), key: .ring)]) : nil
        // The span drawn: from the first period with a value to the last. A line's points are
        // in time order (`makeLines`), so only each line's first and last valued are compared.
        var first = lines[0].points[0].period, last = first
        var firstOrdinal = Double.infinity, lastOrdinal = -Double.infinity
        for line in lines {
            for k in [line.points.firstIndex { $0.value != nil }, line.points.lastIndex { $0.value != nil }].compactMap({ $0 }) {
                let period = line.points[k].period, ordinal = period.ordinal
                if ordinal < firstOrdinal { (first, firstOrdinal) = (period, ordinal) }
                if ordinal > lastOrdinal { (last, lastOrdinal) = (period, ordinal) }
            }
        }
        let single = lines.count == 1 && Set(lines.map(\.zone)).count == 1
        let indicators = lines.map(\.indicator).distinctInOrder()
        let place = Set(lines.map(\.zone)).count == 1 && !lines[0].zone.isEmpty ? context.name(lines[0].zone) : ""
        let what = single ? context.words.placed(lines[0].indicator, in: place)
            : indicators.count == 1 ? context.words.regionWord + lines[0].indicator
            : indicators.count == 2 ? context.words.placed(indicators.joined(separator: zh ? "与" : " and "), in: place)
            : context.words.placed(Words.common(indicators, zh: zh), in: place)
        let title = context.description.title ?? context.words.title(what: what, from: first, to: last)
        var subtitle = context.description.subtitle ?? format.unitPhrase(context.language)
        if left > 0 { subtitle += zh ? "（另有\(left)条未显示）" : " (\(left) more not shown)" }
        let block = try TitleBlock(words: .init(title: title, subtitle: subtitle, source: context.words.source), legend: legend,
                                   width: context.width, height: context.height, theme: theme, typesetter: ts)
        let plot = block.plot

        // Guides measure themselves: end labels on the right, the time axis below, values left.
        let endLabelWidth = lines.count > 1 ? try lines.map { try ts.width(label(of: $0), theme.labelFont) }.max()! + theme.gap * 2 : 0
        let rightRoom = min(endLabelWidth, plot.width * 0.3)
        let tickHeight = try ts.extent("2020", theme.tickFont).height
        let bottom = plot.maxY - tickHeight - theme.gap
        let valueRoom = try ts.extent("0", theme.valueFont).height + 4
        let top = plot.minY + valueRoom
        let values = present.map { format.scaled($0) }
        let axis = try ValueAxis(side: .left, values: values, format: format, length: bottom - top, includeZero: s.measure == .level,
                                 log: context.description.logScale, theme: theme, typesetter: ts)
        let leftEdge = plot.minX + (try axis.thickness())
        let right = plot.maxX - rightRoom
        let span = last.ordinal - first.ordinal
        // At least half a year or half a month beyond the ends; times of day, whose spans may be
        // hours, at least a minute.
        let pad = max(span * 0.04, first.granularity == .year ? 0.5 : first.granularity == .time ? 1.0 / (372 * 1440) : 1.0 / 24)
        let x = LinearScale(domain: (first.ordinal - pad)...(last.ordinal + pad), range: (leftEdge + theme.gap * 3, right - theme.gap * 3))
        let y = try axis.scale((bottom, top))
        let area = Rect(x: leftEdge, y: top, width: right - leftEdge, height: bottom - top)
        var marks = try axis.marks(plot: area, position: y)
        marks += try TimeAxis(first: first, last: last, language: context.language, theme: theme, typesetter: ts)
            .marks(x: { x($0) }, left: leftEdge, right: right, top: bottom + theme.gap)

        var requests: [LabelRequest] = []
        var valueTexts: [String] = []
        var markers: [Rect] = []
        let pointsPerLine = lines.map { $0.points.lazy.filter { $0.value != nil }.count }.max() ?? 0
        let drawMarkers = pointsPerLine <= 60
        for (n, line) in lines.enumerated() {
            let color = theme.color(n)
            marks += try self.line(line, color: color, x: { x($0) }, y: y, format: format, top: top, bottom: bottom)
            let plans = line.points.filter { !$0.isActual && $0.value != nil }
            if !plans.isEmpty, let lastActual = line.points.last(where: { $0.isActual && $0.value != nil }) {
                let path = [lastActual] + plans.filter { $0.period > lastActual.period }
                if path.count > 1 {
                    marks.append(.polyline(path.map { Point(x($0.period.ordinal), y(format.scaled($0.value!.number))) }, role: "target-line",
                                           stroke: Stroke(color: color, width: 1.5, dash: [5, 3]), datum: "\(line.zone)|\(line.indicator)"))
                }
            }
            let labelled = Set(labelledPoints(line, lines: lines.count))
            for (k, p) in line.points.enumerated() where p.value != nil {
                let hollow = !p.isActual
                // Most points of a long line have neither marker nor label: no position for them.
                guard drawMarkers || hollow || labelled.contains(k) else { continue }
                let pt = Point(x(p.period.ordinal), y(format.scaled(p.value!.number)))
                if drawMarkers || hollow {
                    let r = hollow ? 4.0 : 3.5
                    marks.append(.circle(center: pt, radius: r, role: hollow ? "target-marker" : "marker",
                                         fill: hollow ? theme.background : color, stroke: hollow ? Stroke(color: color, width: 1.5) : nil,
                                         datum: "\(key(line))|\(p.period)|\(p.value!.text)\(p.flag.map { "|" + $0.rawValue } ?? "")"))
                    // Other markers keep clear of a label by more than its own marker's gap,
                    // so each value sits nearest its own point.
                    markers.append(Rect(x: pt.x - 5.8, y: pt.y - 5.8, width: 11.6, height: 11.6))
                }
                guard labelled.contains(k) else { continue }
                var text = format.label(p.value!)
                if p.flag == .target { text = (zh ? "目标 " : "target ") + text }
                if p.flag == .estimate { text = (zh ? "预计 " : "est. ") + text }
                let extent = try ts.extent(text, theme.valueFont)
                // An estimate shares its year with the outcome: its label goes beside the ring.
                let candidates: [LabelPosition] = p.flag == .estimate ? [.right, .left, .below] : [.above, .below, .right, .left]
                let isEnd = k == line.points.lastIndex { $0.value != nil }
                requests.append(LabelRequest(text: text, size: Size(width: extent.width, height: extent.height),
                                             anchor: Rect(x: pt.x - 3, y: pt.y - 3, width: 6, height: 6), candidates: candidates,
                                             priority: isEnd ? 2 : 1, payload: valueTexts.count))
                valueTexts.append("\(key(line))|\(p.period)|\(hollow ? "muted" : "")")
            }
        }
        let breakLabels = marks.compactMap { mark -> Rect? in
            if case .text(let t) = mark, t.role == "break-label" { return t.box }
            return nil
        }
        let placed = LabelPlacer.place(requests, obstacles: markers + breakLabels, area: Rect(x: leftEdge, y: plot.minY, width: right - leftEdge, height: bottom - plot.minY),
                                       gap: 3)
        for label in placed.placed {
            let request = requests[label.payload]
            let datum = valueTexts[label.payload]
            let muted = datum.hasSuffix("|muted")
            marks.append(.text(try ts.place(request.text, font: theme.valueFont, color: muted ? theme.mutedText : theme.text,
                                            at: Point(label.box.minX, label.box.minY), role: "value-label",
                                            datum: String(datum.dropLast(muted ? 6 : 1)))))
        }
        if lines.count > 1 {
            let ends = try lines.enumerated().compactMap { n, line -> EndLabel? in
                guard let end = line.points.last(where: { $0.value != nil }) else { return nil }
                let text = label(of: line)
                let e = try ts.extent(text, theme.labelFont)
                return EndLabel(text: text, size: Size(width: e.width, height: e.height), anchorY: y(format.scaled(end.value!.number)),
                                anchorX: x(end.period.ordinal) + 4, payload: n)
            }
            let spread = EndLabels.spread(ends, x: right + theme.gap * 2, top: plot.minY, bottom: bottom)
            for end in spread.placed {
                let line = lines[end.payload]
                if let leader = end.leader {
                    marks.append(.rule(from: leader.from, to: leader.to, role: "leader", stroke: Stroke(color: theme.color(end.payload).withAlpha(0.6), width: 0.75)))
                }
                marks.append(.text(try ts.place(label(of: line), font: theme.labelFont, color: theme.color(end.payload),
                                                at: Point(end.box.minX, end.box.minY), role: "series-label", datum: line.zone)))
            }
        }
        let all = s.observations
        func data(of line: Line) -> Observations {
            // One zone and one indicator: the line's observations are all of them.
            let own = s.zones.count == 1 && s.indicators.count == 1 ? all
                : all.keeping { all.zone(at: $0) == line.zone && all.indicator(at: $0) == line.indicator }
            // A dated series comes in time order: checked in one pass, not sorted into a copy.
            return line.observationsInOrder || Period.inOrder(own.indices.lazy.map(own.period)) ? own : Observations(own.sorted { $0.period < $1.period })
        }
        // One line's data is the selection itself; flattening would copy it.
        let shown = lines.count == 1 ? data(of: lines[0]) : Observations(lines.flatMap(data))
        return DrawnChart(scene: context.scene(block.marks + marks, title: title, altText: AltText.line(context: context, lines: lines, format: format)),
                          data: shown)
    }

    /// The series a mark belongs to, as its datum names it: the zone, or in one region's
    /// chart the indicator.
    private func key(_ line: Line) -> String {
        Set(context.selection.zones).count > 1 ? line.zone : line.indicator
    }

    private func label(of line: Line) -> String {
        Set(context.selection.zones).count > 1 ? context.name(line.zone) : line.indicator
    }

    /// The points whose values are written: all of a short line's; the last, highest and
    /// lowest of a longer one (the last only when many lines share the plot); none past 400.
    func labelledPoints(_ line: Line, lines: Int) -> [Int] {
        let valued = line.points.indices.filter { line.points[$0].value != nil }
        if valued.count <= LineRecipe.labelEveryPointUpTo && lines <= 3 { return valued }
        // Many lines meet at their points: their names at the ends say enough.
        if valued.count > 400 || lines > 4 { return [] }
        guard let lastIndex = valued.last else { return [] }
        if lines > 2 { return [lastIndex] }
        let number = { (i: Int) in line.points[i].value!.number }
        let high = valued.max { number($0) < number($1) }!, low = valued.min { number($0) < number($1) }!
        return Array(Set([lastIndex, high, low])).sorted()
    }

    /// One series' solid segments: split where a value is missing in the series' own rhythm (a
    /// quarterly series printed in a monthly table is not broken between its quarters, but a
    /// missing quarter is a gap) and at a break (a gap with a dashed rule and its label); each
    /// segment decimated to the plot's columns.
    private func line(_ line: Line, color: Color, x: (Double) -> Double, y: (Double) -> Double, format: ValueText,
                      top: Double, bottom: Double) throws -> [Mark] {
        var marks: [Mark] = []
        let stroke = Stroke(color: color, width: line.points.count > 200 ? 1.25 : 2)
        var segment: [Point] = []
        let present = Array(line.points.lazy.filter { $0.isActual && $0.value != nil }.map { $0.period.ordinal })
        let steps = zip(present, present.dropFirst()).map { $1 - $0 }.sorted()
        let rhythm = steps.isEmpty ? 0 : steps[steps.count / 2]
        var previousOrdinal: Double?
        var nextPresent = 0
        func flush() {
            if !segment.isEmpty {
                marks.append(.polyline(Decimation.perColumn(segment), role: "line", stroke: stroke,
                                       datum: "\(line.zone)|\(line.indicator)"))
            }
            segment = []
        }
        for p in line.points where p.isActual {
            guard let value = p.value else { continue }
            // The points of `present`, in the same order: their ordinals are taken once.
            let ordinal = present[nextPresent]
            nextPresent += 1
            if let previousOrdinal, ordinal - previousOrdinal > rhythm * 1.5 + 1e-9 { flush() }
            previousOrdinal = ordinal
            let pt = Point(x(ordinal), y(format.scaled(value.number)))
            if p.flag == .break, let previous = segment.last {
                flush()
                marks += try breakRule(between: previous.x, and: pt.x, top: top, bottom: bottom, period: p.period)
            }
            segment.append(pt)
        }
        flush()
        return marks
    }

    private func makeLines() throws -> ([Line], Int) {
        let s = context.selection
        var lines: [Line] = []
        let granularity = s.observations.first { $0.value != nil }?.period.granularity
        // One pass over the observations, each series' points gathered in runs: filtering all
        // of them once per zone and indicator was quadratic in a long form of many zones.
        struct Key: Hashable { var zone: String, indicator: String }
        var series: [Key: [Series.Point]] = [:]
        var runKey: Key?
        var run: [Series.Point] = []
        func flush() {
            // A series seen for the first time takes the run itself rather than a copy of it.
            if let runKey { if series[runKey] == nil { series[runKey] = run } else { series[runKey]!.append(contentsOf: run) } }
            run = []
        }
        // Field by field: iterating would build or copy every observation, strings and all.
        let all = s.observations
        var skipped = false
        for i in all.indices {
            let period = all.period(at: i)
            guard period.granularity == granularity else {
                skipped = true
                continue
            }
            let zone = all.zone(at: i), indicator = all.indicator(at: i)
            if runKey?.zone != zone || runKey?.indicator != indicator {
                flush()
                runKey = Key(zone: zone, indicator: indicator)
            }
            run.append(Series.Point(period: period, value: all.value(at: i), flag: all.flag(at: i)))
        }
        flush()
        for zone in s.zones {
            for indicator in s.indicators {
                guard var points = series[Key(zone: zone, indicator: indicator)] else { continue }
                // A dated series comes in time order: checked in one pass, sorted only if not.
                let inOrder = Period.inOrder(points.lazy.map { $0.period })
                if !inOrder { points.sort { $0.period < $1.period } }
                if points.contains(where: { $0.value != nil }) {
                    lines.append(Line(zone: zone, indicator: indicator, points: points, observationsInOrder: inOrder && !skipped))
                }
            }
        }
        guard lines.count > LineRecipe.maxLines else { return (lines, 0) }
        // Keep the lines that end highest; say how many were left out.
        let end = { (l: Line) in l.points.last { $0.value != nil }?.value?.number ?? -.infinity }
        let kept = lines.enumerated().sorted { end($0.element) > end($1.element) }.prefix(LineRecipe.maxLines).map(\.offset).sorted()
        return (kept.map { lines[$0] }, lines.count - kept.count)
    }

    private func breakRule(between a: Double, and b: Double, top: Double, bottom: Double, period: Period) throws -> [Mark] {
        let theme = context.theme
        let mid = (a + b) / 2
        let name = context.words.name(period)
        let text = context.language == .zh ? "\(name)起口径变化" : "definition changes \(name)"
        return [
            .rule(from: Point(mid, top), to: Point(mid, bottom), role: "break-rule", stroke: Stroke(color: theme.neutral, width: 1, dash: [2, 3])),
            .text(try context.typesetter.place(text, font: theme.tickFont, color: theme.mutedText, at: Point(mid - 4, top), align: .end,
                                               role: "break-label")),
        ]
    }
}
