/// Which columns of a yearbook table are labels and which hold values, and the header path
/// of each value column once group labels are spread over the cells they span.
struct ColumnLayout {
    struct ValueColumn {
        var index: Int
        var path: [String]
    }

    var labelColumn: Int
    var periodColumn: Int?
    /// A leading text column naming each row's indicator ("Indicator Name"), after the label column.
    var indicatorColumn: Int?
    var ignoredColumns: [Int]
    var valueColumns: [ValueColumn]

    /// Leading columns whose data cells hold text (or nothing) are label columns; the first
    /// with text is the row label, one headed 年份 gives each row's period, and the rest (an
    /// empty 项目 column) are kept aside. Every column after them holds values.
    init(header: [[String]], data: [CellGrid.Row], width: Int, file: String, headerLines: [Int], explicitSpans: Bool = false) throws {
        func kind(_ column: Int) -> (text: Int, numbers: Int) {
            var text = 0, numbers = 0
            for row in data where column < row.cells.count {
                switch CellContent(parsing: row.cells[column]) {
                case .text: text += 1
                case .number: numbers += 1
                case .missing(let mark): if !mark.isEmpty { numbers += 1 }
                }
            }
            return (text, numbers)
        }
        var label: Int?
        var period: Int?
        var indicator: Int?
        var ignored: [Int] = []
        var firstValue = width
        for column in 0..<width {
            let headerLabel = header.first?[column] ?? ""
            let (text, numbers) = kind(column)
            if YearbookTableReader.periodHeaders.contains(Label.key(headerLabel).lowercased()) {
                period = column
                continue
            }
            if numbers > 0 && (label != nil || text == 0) {
                firstValue = column
                break
            }
            if text > 0 && label == nil {
                label = column
            } else if text > 0, indicator == nil, YearbookTableReader.indicatorHeaders.contains(Label.key(headerLabel).lowercased()) {
                indicator = column
            } else {
                ignored.append(column)
            }
        }
        guard let label else {
            throw DataError(SourceLocation(file: file, line: data.first?.line, column: 1),
                            "no label column found; expected zone or region names in the first column")
        }
        labelColumn = label
        periodColumn = period
        indicatorColumn = indicator
        ignoredColumns = ignored
        valueColumns = (firstValue..<width).map {
            ValueColumn(index: $0, path: ColumnLayout.path(header, column: $0, firstValue: firstValue, explicitSpans: explicitSpans))
        }
        for column in valueColumns where column.path.isEmpty {
            throw DataError(SourceLocation(file: file, line: headerLines.first, column: column.index + 1),
                            "column \(SourceLocation.columnLetters(column.index + 1)) has values but no header; expected a label above it")
        }
    }

    /// The labels over `column`, top to bottom. An empty header cell belongs to the label on
    /// its left when that label has sub-labels below it (a group spanning columns) and both
    /// sit under the same parent; an empty cell under a label simply ends the path. When merged
    /// cells gave the spans, an empty cell is just empty.
    static func path(_ header: [[String]], column: Int, firstValue: Int, explicitSpans: Bool = false) -> [String] {
        var path: [String] = []
        var parent: [Int] = []
        for row in header.indices {
            let cell = header[row][column]
            if !cell.isEmpty {
                path.append(cell)
                parent.append(column)
                continue
            }
            if explicitSpans { continue }
            var left = column - 1
            while left >= firstValue, header[row][left].isEmpty { left -= 1 }
            guard left >= firstValue else { continue }
            let hasBelow = header.indices.contains { $0 > row && !header[$0][column].isEmpty }
            let sameParent = (0..<row).allSatisfy { upper in owner(header, row: upper, column: left, firstValue: firstValue) == owner(header, row: upper, column: column, firstValue: firstValue) }
            if hasBelow && sameParent {
                path.append(header[row][left])
                parent.append(left)
            }
        }
        return path
    }

    /// The column whose label covers (`row`, `column`): itself, or the nearest label on its left.
    private static func owner(_ header: [[String]], row: Int, column: Int, firstValue: Int) -> Int? {
        var c = column
        while c >= firstValue {
            if !header[row][c].isEmpty { return c }
            c -= 1
        }
        return nil
    }
}
