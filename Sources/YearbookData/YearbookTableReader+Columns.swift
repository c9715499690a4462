extension YearbookTableReader {
    /// Turns a column's header path into indicator, measure, unit and period.
    func describe(column: ColumnLayout.ValueColumn, tableUnit: Unit?, file: String, line: Int) throws -> YearbookTable.Column {
        let meaning = LabelMeaning(column.path)
        let location = SourceLocation(file: file, line: line, column: column.index + 1)
        let name = column.path.joined(separator: " / ")
        let (unit, origin) = try meaning.unit(tableUnit: tableUnit, depth: column.path.count - 1, name: name, at: location)
        var described = YearbookTable.Column(index: column.index, headerPath: column.path, indicator: meaning.indicator,
                                    measure: meaning.measure ?? .level, unit: unit, unitOrigin: origin, period: meaning.period)
        described.monthOfYear = meaning.monthOfYear
        if described.measure == .level, let unit, Unit.isIndexBase(unit.symbol) { described.measure = .index }
        return described
    }

    /// What a table whose header names no indicator measures, and where that was found:
    /// `--indicator-name`, the 指标 (Series Title) line, the title, else the file's name.
    func borrowedIndicator(_ preamble: Preamble, file: String) -> (name: String, origin: String)? {
        let stem = YearbookTableReader.fileStem(file)
        let found = indicatorName.map { ($0, "--indicator-name") } ?? preamble.indicator.map { ($0, "the 指标 line") }
            ?? preamble.titleIndicator.map { ($0, "the title line") } ?? (stem.isEmpty ? nil : (stem, "the file name"))
        return found.map { name, origin in
            (Label.unitInParentheses(Label.normalise(name)).map { Label.trimmed($0.name) } ?? Label.normalise(name), origin)
        }
    }

    /// In a flat header (`产值(亿元) | 增长(%)`), a column named only by its measure belongs to
    /// the indicator on its left; one named only by a period (`2019 | 2020`) measures what the
    /// table's 指标 line or title names (各区工业产值(亿元)), else what its file is called; a lone
    /// measure word (排名) names itself. Returns where a borrowed indicator came from.
    func inheritIndicators(_ columns: inout [YearbookTable.Column], named borrowed: (name: String, origin: String)?,
                           file: String, line: Int) throws -> String? {
        var origin: String?
        for k in columns.indices where columns[k].indicator.isEmpty {
            let measureWord = LabelMeaning(columns[k].headerPath).measureWord
            let previous = columns[..<k].last { !$0.indicator.isEmpty }
            if let previous, measureWord != nil || columns[k].period == nil {
                columns[k].indicator = previous.indicator
            } else if let (name, from) = borrowed {
                columns[k].indicator = name
                origin = from
            } else if let measureWord {
                columns[k].indicator = measureWord
            } else if columns[k].period != nil {
                throw DataError(SourceLocation(file: file, line: line, column: columns[k].index + 1),
                                "column «\(columns[k].name)» gives a period but no indicator; expected a title line above the table naming what it measures, or an indicator label above the periods (or give one with --indicator-name)")
            }
        }
        return origin
    }

    /// A BLS table: a year per row and a month per column (Year | Jan | Feb … | Annual). The
    /// month columns are one series, named by the table; the others (Annual, HALF1) series of
    /// their own, by year.
    func monthColumns(_ columns: inout [YearbookTable.Column], named borrowed: (name: String, origin: String)?) -> String? {
        let name = borrowed?.name ?? ""
        for k in columns.indices {
            let own = columns[k].indicator
            columns[k].indicator = columns[k].monthOfYear != nil ? name : [name, own].filter { !$0.isEmpty }.joined(separator: " / ")
        }
        return borrowed?.origin
    }

    /// Attributes that keyed header rows give each column: its region, its unit where the
    /// header prints none, and whether it is quarterly in a table of months.
    func apply(_ keyed: [HeaderBlock.ColumnKey: [String]], to columns: inout [YearbookTable.Column]) {
        for k in columns.indices {
            let index = columns[k].index
            func value(_ key: HeaderBlock.ColumnKey) -> String? {
                guard let cells = keyed[key], index < cells.count else { return nil }
                let text = Label.normalise(cells[index])
                return text.isEmpty || CellContent.missingMarks.contains(text) ? nil : text
            }
            if let zone = value(.region) { columns[k].zone = registry.resolve(zone)?.name ?? zone }
            if let unit = value(.unit), columns[k].unitOrigin == .none || columns[k].unitOrigin == .tableLine || columns[k].unitOrigin == .measure {
                columns[k].unit = Unit(unit)
                columns[k].unitOrigin = .header
                if columns[k].measure == .level, Unit.isIndexBase(unit) { columns[k].measure = .index }
            }
            if let frequency = value(.frequency) {
                columns[k].isQuarterly = ["季", "季度", "quarterly", "q"].contains(frequency.lowercased())
            }
        }
    }

    /// Rows with values but no label below the last labelled row are someone's working, not
    /// the table's: they are left out, and said so.
    func strayRows(_ data: inout [CellGrid.Row], labelColumn: Int, file: String) -> [ConsistencyReport.Finding] {
        let unlabelled = { (row: CellGrid.Row) in labelColumn >= row.cells.count || Label.isBlank(row.cells[labelColumn]) }
        guard let last = data.lastIndex(where: { !unlabelled($0) }), last < data.count - 1 else { return [] }
        let stray = data[(last + 1)...]
        data.removeSubrange((last + 1)...)
        return [.init(location: SourceLocation(file: file, line: stray.first!.line),
                      message: "\(stray.count) rows with values but no label below the table (lines \(stray.first!.line)–\(stray.last!.line)) are not read")]
    }

    /// A file's name without folder, extension or sheet: what a table that names nothing
    /// else is about (各省食品类CPI.csv).
    static func fileStem(_ file: String) -> String {
        var name = Substring(file)
        if name.hasSuffix("]"), let open = name.lastIndex(of: "[") { name = name[..<open] }
        if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = name[..<dot] }
        return name == "<stdin>" ? "" : String(name)
    }
}
