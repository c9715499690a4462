/// Reads the long form `zone,indicator,measure,unit,year,value` (with optional `flag` and
/// `note` columns), the form `export` writes and the shipped time series are kept in. Lines
/// starting with `#` above the header carry provenance: `# 资料来源：…` becomes the source line
/// charts print, any other such line a note.
public struct TidyTableReader {
    public static let columns = ["zone", "indicator", "measure", "unit", "year", "value"]
    public static let optionalColumns = ["flag", "note"]

    public var registry: ZoneRegistry

    public init(registry: ZoneRegistry = .empty) {
        self.registry = registry
    }

    /// Whether the first non-blank row is a long-form header.
    public static func recognises(_ grid: CellGrid) -> Bool {
        grid.rows.first(where: { !$0.isBlank && !isComment($0) }).map(isHeader) ?? false
    }

    /// Whether `row` starts with the six long-form column names.
    static func isHeader(_ row: CellGrid.Row) -> Bool {
        Array(row.cells.prefix(6).map { Label.caseFoldedKey($0) }) == columns
    }

    static func isComment(_ row: CellGrid.Row) -> Bool {
        (row.cells.first ?? "").hasPrefix("#")
    }

    public func read(_ grid: CellGrid, file: String) throws -> Dataset {
        var rows = grid.rows.makeIterator()
        return try read(next: { rows.next() }, delimiter: grid.delimiter, file: file)
    }

    /// Reads rows as `next` gives them, keeping none: a long form of a million rows is read
    /// straight from the text into observations.
    func read(next: () throws -> CellGrid.Row?, delimiter: CellGrid.Delimiter, file: String, fractionRead: () -> Double = { 0 }) throws -> Dataset {
        var comments: [String] = []
        var header: CellGrid.Row?
        while header == nil, let row = try next() {
            if row.isBlank { continue }
            if TidyTableReader.isComment(row) {
                comments.append(Label.trimmed(String(row.cells.joined(separator: delimiter == .tab ? "\t" : ",").dropFirst())))
            } else {
                header = row
            }
        }
        guard let header else { throw DataError.empty(file) }
        let names = header.cells.map { Label.caseFoldedKey($0) }
        let extra = Array(names.dropFirst(6)).filter { !$0.isEmpty }
        guard Array(names.prefix(6)) == TidyTableReader.columns,
              extra.allSatisfy(TidyTableReader.optionalColumns.contains) else {
            throw DataError.tidyColumns(SourceLocation(file: file, line: header.line), found: header.cells)
        }
        let flagColumn = names.firstIndex(of: "flag")
        let noteColumn = names.firstIndex(of: "note")
        var observations: [Observation] = []
        // A long form repeats its zones, indicators, units and periods row after row; each
        // distinct text is interpreted once.
        var zones = Memo<(name: String, isTotal: Bool)>(), indicators = Memo<String>(), units = Memo<String>(), measures = Memo<Measure?>()
        var periods: [String: Period] = [:]
        while let row = try next() {
            if row.isBlank { continue }
            // Sized once from how far the first thousand rows went, not doubled as it grows: the
            // observations of a long file are most of its memory.
            if observations.count == 1_000, fractionRead() > 0 {
                observations.reserveCapacity(min(Int(1_000 / fractionRead() * 1.02), CellGrid.Limits.standard.maxRows))
            }
            func cell(_ i: Int) -> String { i < row.cells.count ? Label.normalise(row.cells[i]) : "" }
            func at(_ i: Int) -> SourceLocation { SourceLocation(file: file, line: row.line, column: i + 1) }
            if row.filledWidth > names.count {
                throw DataError.ragged(at(names.count), cells: row.filledWidth, width: names.count)
            }
            if row.cells.count < 6 {
                throw DataError.ragged(at(row.cells.count - 1), cells: row.cells.count, width: names.count)
            }
            let zone = try zones.value(for: row.cells[0]) { raw in
                let label = Label.normalise(raw)
                guard !label.isEmpty else { throw DataError.badField(at(0), key: "zone", found: "", expected: "a zone or region name") }
                let isTotal = YearbookTableReader.isTotal(label)
                return (isTotal ? Label.key(label) : (registry.resolve(label)?.name ?? label), isTotal)
            }
            let indicator = indicators.value(for: row.cells[1], Label.normalise)
            guard !indicator.isEmpty else { throw DataError.badField(at(1), key: "indicator", found: "", expected: "an indicator name") }
            guard let measure = measures.value(for: row.cells[2], { Measure(rawValue: Label.normalise($0)) }) else {
                throw DataError.badField(at(2), key: "measure", found: cell(2), expected: "one of " + Measure.allCases.map(\.rawValue).joined(separator: ", "))
            }
            // A plain four-digit year is read from its bytes; other periods once each, by text.
            let known = Period.plainYear(row.cells[4]) ?? periods[row.cells[4]]
            guard let period = known ?? Period(label: cell(4)) else {
                throw DataError.badField(at(4), key: "year", found: cell(4), expected: "a year such as 2020, or a period such as 2020-02 or 2020Q1")
            }
            var value: Value?
            switch CellContent(parsing: row.cells[5]) {
            case .number(let v, _) where !v.number.isFinite:
                throw DataError.notFinite(at(5), column: "value", found: v.text)
            case .number(let v, nil): value = v
            case .missing(let mark) where mark.isEmpty: value = nil
            default:
                throw DataError.badField(at(5), key: "value", found: cell(5), expected: "a plain number, or an empty field for a missing value")
            }
            var flag: Observation.Flag?
            if let flagColumn, !cell(flagColumn).isEmpty {
                guard let f = Observation.Flag(rawValue: cell(flagColumn)) else {
                    throw DataError.badField(at(flagColumn), key: "flag", found: cell(flagColumn),
                                             expected: "empty or one of " + Observation.Flag.allCases.map(\.rawValue).joined(separator: ", "))
                }
                flag = f
            }
            let note = noteColumn.map(cell).flatMap { $0.isEmpty ? nil : $0 }
            if known == nil, periods.count < 10_000 { periods[row.cells[4]] = period }
            observations.append(Observation(
                zone: zone.name, indicator: indicator, measure: measure, unit: units.value(for: row.cells[3], Label.key), period: period, value: value,
                flag: flag, note: note, isTotal: zone.isTotal, location: at(5)))
        }
        return Dataset(file: file, sources: comments.filter(YearbookTableReader.isSource),
                       notes: comments.filter { !YearbookTableReader.isSource($0) }, observations: observations)
    }
}

/// The last text interpreted and what it meant: rows of the long form come in runs of one
/// zone and one unit, so comparing with the row before catches nearly every repeat.
private struct Memo<Meaning> {
    var text: String?
    var meaning: Meaning?

    mutating func value(for text: String, _ interpret: (String) throws -> Meaning) rethrows -> Meaning {
        if let meaning, text == self.text { return meaning }
        let fresh = try interpret(text)
        self.text = text
        meaning = fresh
        return fresh
    }
}
