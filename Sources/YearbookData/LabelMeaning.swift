/// What a path of header labels (or one row label, in a table of indicators) says: the
/// indicator's name, the measure (实绩, 增长, 占比, 位次), the period (2020年), and the units
/// printed in parentheses, each with the depth it was found at.
struct LabelMeaning {
    var parts: [String] = []
    var measure: Measure?
    var measureDepth = 0
    var period: Period?
    /// A month with no year (Jan, 1月, M01): the month of the row's or the table's year.
    var monthOfYear: Int?
    var units: [(unit: Unit, depth: Int, label: String)] = []
    /// The label that is only a measure word (实绩, 排名), if any.
    var measureWord: String?

    init(_ path: [String]) {
        for (depth, printed) in path.enumerated() {
            let label = Label.chinesePart(printed)
            var text = label
            if let (name, inner) = Label.unitInParentheses(text) {
                units.append((Unit(inner), depth, label))
                text = name
                if Unit.isIndexBase(inner) { (measure, measureDepth) = (.index, depth) }
                // World Bank units say the measure: (annual %) is a rate of change, (% of GDP) a share.
                let words = inner.lowercased()
                if words.hasPrefix("annual %") { (measure, measureDepth) = (.growth, depth) }
                if words.hasPrefix("% of") { (measure, measureDepth) = (.share, depth) }
            } else if let unit = YearbookTableReader.unitLine(text) {
                units.append((unit, depth, label))
                continue
            }
            if text.isEmpty { continue }
            if let p = Period(label: text) {
                period = p
            } else if let m = LabelMeaning.month(text) {
                monthOfYear = m
            } else if let m = Measure.word(text) {
                (measure, measureDepth, measureWord) = (m, depth, text)
            } else if let (indicator, m) = Measure.splitSuffix(text) {
                (measure, measureDepth) = (m, depth)
                parts.append(indicator)
            } else {
                if Measure.rankMarkers.contains(where: text.contains) { (measure, measureDepth) = (.rank, depth) }
                if measure == nil, let named = Measure.named(in: text) { (measure, measureDepth) = (named, depth) }
                parts.append(text)
            }
        }
    }

    var indicator: String { parts.joined(separator: " / ") }

    private static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let englishMonths = ["january", "february", "march", "april", "may", "june", "july", "august",
                                        "september", "october", "november", "december"]

    /// Jan, January, 1月, 一月, M01 → 1.
    static func month(_ label: String) -> Int? {
        let key = Label.caseFoldedKey(label)
        if key.count >= 3, let k = monthNames.firstIndex(where: { key.hasPrefix($0) }),
           key.count == 3 || englishMonths[k].hasPrefix(key) { return k + 1 }
        if key.hasSuffix("月"), let m = Int(key.dropLast()), (1...12).contains(m) { return m }
        if key.hasPrefix("m"), key.count == 3, let m = Int(key.dropFirst()), (1...12).contains(m) { return m }
        let chinese = ["一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月"]
        return chinese.firstIndex(of: key).map { $0 + 1 }
    }

    /// The unit that applies: a growth, share or rank is in % (or 位) whatever a group above it
    /// says, unless the label naming the measure prints its own; a level takes the deepest unit,
    /// which must agree with its group's. nil with `.none` when nothing gives one.
    func unit(tableUnit: Unit?, depth leaf: Int, name: String, at location: SourceLocation) throws -> (Unit?, YearbookTable.UnitOrigin) {
        let measure = self.measure ?? .level
        if let implied = measure.impliedUnit {
            guard let own = units.last(where: { $0.depth >= measureDepth }) else { return (implied, .measure) }
            guard own.unit.canConvert(to: implied) else {
                throw DataError.headerUnitContradiction(location, column: name, unit: own.unit.symbol,
                                                        expected: "a \(measure.rawValue) column is in \(implied.symbol)")
            }
            return (own.unit, own.depth == leaf ? .header : .group)
        }
        if let deepest = units.last {
            if let group = units.dropLast().last, group.unit.symbol != deepest.unit.symbol {
                throw DataError.headerUnitContradiction(location, column: name, unit: deepest.unit.symbol,
                                                        expected: "its group «\(group.label)» says \(group.unit.symbol)")
            }
            return (deepest.unit, deepest.depth == leaf ? .header : .group)
        }
        return tableUnit.map { ($0, .tableLine) } ?? (nil, .none)
    }
}
