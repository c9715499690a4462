import YearbookData

/// Alt text written from the data, in the chart's language, so a screen reader or a search
/// finds what the chart says: the largest and smallest, the risers and fallers, what is missing.
enum AltText {
    static func bars(context: ChartContext, rows: [(zone: String, value: Value?)], indicator: String, format: ValueText) -> String {
        let zh = context.language == .zh
        let present = rows.compactMap { row in row.value.map { (zone: row.zone, value: $0) } }.filter { !YearbookData.Label.key($0.zone).hasPrefix("合计") }
        let missing = rows.filter { $0.value == nil }.map { context.name($0.zone) }
        guard let top = present.max(by: { $0.value.number < $1.value.number }),
              let bottom = present.min(by: { $0.value.number < $1.value.number }) else { return context.title(indicator) }
        let noun = context.words.regionNoun
        let unit = format.measure == .level ? format.unit : ""
        func amount(_ v: Value) -> String { format.label(v) + unit }
        var parts: [String] = []
        let year = context.words.name(context.period)
        switch (format.measure, zh) {
        case (.growth, true):
            let up = present.filter { $0.value.number > 0 }.count, down = present.filter { $0.value.number < 0 }.count
            parts.append("\(year)\(present.count)个\(noun)中，\(indicator)比上年增长的有\(up)个、下降的有\(down)个")
            parts.append("增幅最高的是\(context.name(top.zone))，\(amount(top.value))")
            parts.append("最低的是\(context.name(bottom.zone))，\(amount(bottom.value))")
        case (.growth, false):
            let up = present.filter { $0.value.number > 0 }.count, down = present.filter { $0.value.number < 0 }.count
            parts.append("In \(year), \(indicator) grew in \(up) of \(present.count) \(noun) and fell in \(down)")
            parts.append("the highest growth was \(context.name(top.zone)) at \(amount(top.value))")
            parts.append("the lowest \(context.name(bottom.zone)) at \(amount(bottom.value))")
        case (_, true):
            parts.append("\(year)\(indicator)最高的是\(context.name(top.zone))，\(amount(top.value))")
            parts.append("最低的是\(context.name(bottom.zone))，\(amount(bottom.value))")
        case (_, false):
            parts.append("In \(year), \(indicator) was highest in \(context.name(top.zone)), \(amount(top.value)) \(unit)".trimmingTrailingSpaces)
            parts.append("lowest in \(context.name(bottom.zone)), \(amount(bottom.value)) \(unit)".trimmingTrailingSpaces)
        }
        if !missing.isEmpty {
            parts.append(zh ? "\(missing.joined(separator: "、"))数据缺失" : "no figure for \(missing.joined(separator: ", "))")
        }
        return zh ? parts.joined(separator: "；") + "。" : parts.joined(separator: "; ") + "."
    }
}

extension AltText {
    static func line(context: ChartContext, lines: [LineRecipe.Line], format: ValueText) -> String {
        let zh = context.language == .zh
        var sentences: [String] = []
        for line in lines {
            // Found in place: a copy of a long line's points only to take its ends is its size again.
            let isActualValue = { (p: Series.Point) in p.isActual && p.value != nil }
            guard let first = line.points.first(where: isActualValue), let last = line.points.last(where: isActualValue) else { continue }
            let name = Set(lines.map(\.zone)).count > 1 ? context.name(line.zone)
                : context.words.placed(line.indicator, in: line.zone.isEmpty ? "" : context.name(line.zone))
            let unit = format.measure == .level ? format.unit : ""
            var s = zh
                ? "\(name)从\(context.words.name(first.period))的\(format.label(first.value!))\(unit)到\(context.words.name(last.period))的\(format.label(last.value!))\(unit)"
                : "\(name) went from \(format.label(first.value!)) \(unit) in \(context.words.name(first.period)) to \(format.label(last.value!)) \(unit) in \(context.words.name(last.period))"
            if let b = line.points.first(where: { isActualValue($0) && $0.flag == .break }) {
                s += zh ? "，\(context.words.name(b.period))起统计口径变化，前后不可直接比较" : "; the definition changes in \(context.words.name(b.period)), so values before and after are not comparable"
            }
            let plans = line.points.filter { $0.flag == .target && $0.value != nil }
            if !plans.isEmpty {
                let list = plans.map { zh ? "\(context.words.name($0.period))\(format.label($0.value!))\(unit)" : "\(format.label($0.value!)) \(unit) by \(context.words.name($0.period))" }
                s += zh ? "；目标为" + list.joined(separator: "、") : "; targets: " + list.joined(separator: ", ")
            }
            sentences.append(s)
        }
        return zh ? sentences.joined(separator: "；") + "。" : sentences.joined(separator: ". ") + "."
    }
}
