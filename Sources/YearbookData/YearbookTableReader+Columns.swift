extension YearbookTableReader {
    /// Turns a column's header path into indicator, measure, unit and period.
    func describe(column: ColumnLayout.ValueColumn, tableUnit: Unit?, file: String, line: Int) throws -> YearbookTable.Column {
        let meaning = LabelMeaning(column.path)
        let location = SourceLocation(file: file, line: line, column: column.index + 1)
        let name = column.path.joined(separator: " / ")
        let (unit, origin) = try meaning.unit(tableUnit: tableUnit, depth: column.path.count - 1, name: name, at: location)
        return YearbookTable.Column(index: column.index, headerPath: column.path, indicator: meaning.indicator,
                                    measure: meaning.measure ?? .level, unit: unit, unitOrigin: origin, period: meaning.period)
    }

    /// In a flat header (`产值(亿元) | 增长(%)`), a column named only by its measure belongs to
    /// the indicator on its left; one named only by a year (`2019 | 2020`) measures what the
    /// table's title names (各区工业产值(亿元)); a lone measure word (排名) names itself.
    func inheritIndicators(_ columns: inout [YearbookTable.Column], title: String?, file: String, line: Int) throws {
        let titleIndicator = title.map(Label.normalise).map { t in Label.trailingParenthesis(t).map { Unit.isRecognised($0.inner) ? $0.head : t } ?? t }
        for k in columns.indices where columns[k].indicator.isEmpty {
            let measureWord = LabelMeaning(columns[k].headerPath).measureWord
            let previous = columns[..<k].last { !$0.indicator.isEmpty }
            if let previous, measureWord != nil || columns[k].period == nil {
                columns[k].indicator = previous.indicator
            } else if let titleIndicator {
                columns[k].indicator = titleIndicator
            } else if let measureWord {
                columns[k].indicator = measureWord
            } else if columns[k].period != nil {
                throw DataError(SourceLocation(file: file, line: line, column: columns[k].index + 1),
                                "column «\(columns[k].name)» gives a year but no indicator; expected a title line above the table naming what it measures, or an indicator label above the years")
            }
        }
    }

}
