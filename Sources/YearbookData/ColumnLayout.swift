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
    /// Whether each row is a period (时间 | 指标A | 指标B …): the label column is the period column.
    var rowsArePeriods = false

    /// Leading columns whose data cells hold text (or nothing) are label columns; the first
    /// with text is the row label, one headed 年份 gives each row's period, and the rest (an
    /// empty 项目 column) are kept aside. Every column after them holds values.
    init(header: [[String]], data: [CellGrid.Row], width: Int, file: String, headerLines: [Int], explicitSpans: Bool = false) throws {
        // Whether a column's cells hold text and whether they hold numbers (a printed missing
        // mark counts as one). The scan stops once the answer is known (both, or a number once
        // the label is found): a large table's columns would otherwise each be parsed whole
        // before a single row is read.
        func kind(_ column: Int, untilNumber: Bool = false) -> (text: Bool, numbers: Bool) {
            var text = false, numbers = false
            for row in data where column < row.cells.count {
                // A plain number is told from its bytes; anything else is parsed.
                if CellContent.isPlainNumber(row.cells[column]) {
                    numbers = true
                } else {
                    switch CellContent(parsing: row.cells[column]) {
                    case .text: text = true
                    case .number: numbers = true
                    case .missing(let mark): if !mark.isEmpty { numbers = true }
                    }
                }
                if numbers && (text || untilNumber) { break }
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
            if YearbookTableReader.periodHeaders.contains(Label.caseFoldedKey(headerLabel)) {
                period = column
                continue
            }
            let (text, numbers) = kind(column, untilNumber: label != nil)
            if period == nil && label == nil && ColumnLayout.holdsPeriods(data, column: column, first: column == 0 || text) {
                period = column
                continue
            }
            if label == nil, ColumnLayout.isSerial(data, column: column, header: header) {
                ignored.append(column)
                continue
            }
            if numbers && (label != nil || !text) {
                firstValue = column
                break
            }
            if text && label == nil {
                label = column
            } else if text, indicator == nil, YearbookTableReader.indicatorHeaders.contains(Label.caseFoldedKey(headerLabel)) {
                indicator = column
            } else {
                ignored.append(column)
            }
        }
        if label == nil, let period {
            label = period
            rowsArePeriods = true
        }
        // Two text columns, one naming regions and one indicators with their units
        // (一般公共预算支出(亿元) | 北京): the one with units is the indicator column.
        if let l = label, indicator == nil,
           let other = ignored.first(where: { $0 > l && kind($0).text && !ColumnLayout.carriesUnits(data, column: $0) }),
           ColumnLayout.carriesUnits(data, column: l) {
            ignored = ignored.filter { $0 != other }
            (label, indicator) = (other, l)
        } else if let l = label, indicator == nil,
                  let other = ignored.first(where: { $0 > l && ColumnLayout.carriesUnits(data, column: $0) }) {
            ignored = ignored.filter { $0 != other }
            indicator = other
        }
        guard let label else {
            throw DataError(SourceLocation(file: file, line: data.first?.line, column: 1),
                            "no label column found: the rows under the header (line\(headerLines.count == 1 ? "" : "s") \(headerLines.map(String.init).joined(separator: "–"))) hold numbers from their first column on; expected zone, region, indicator or period names in the first column")
        }
        labelColumn = label
        periodColumn = period
        indicatorColumn = indicator
        ignoredColumns = ignored
        valueColumns = (firstValue..<width).map {
            ValueColumn(index: $0, path: ColumnLayout.path(header, column: $0, firstValue: firstValue, explicitSpans: explicitSpans)
                .flatMap(ColumnLayout.levels))
        }
        for column in valueColumns where column.path.isEmpty {
            throw DataError(SourceLocation(file: file, line: headerLines.first, column: column.index + 1),
                            "column \(SourceLocation.columnLetters(column.index + 1)) has values but no header; expected a label above it")
        }
    }

    /// Exports flatten a merged header into one cell joined by `_` (GDP_累计,
    /// 第一产业从业人员比重_全市): each part is a level of the path.
    static func levels(_ label: String) -> [String] {
        let parts = label.split(separator: "_").map { String($0).trimmingCharacters(in: " ") }
        return parts.count > 1 && parts.allSatisfy({ !$0.isEmpty }) ? parts : [label]
    }

    /// A leading column whose cells are mostly periods (2021年5月, 2010-05, 2016.01): the rows
    /// are periods. Bare numbers (2016.01) count only in the first column, where a number
    /// column would have no label to its left.
    static func holdsPeriods(_ data: [CellGrid.Row], column: Int, first: Bool) -> Bool {
        let cells = data.compactMap { column < $0.cells.count ? Label.normalise($0.cells[column]) : nil }.filter { !$0.isEmpty }
        guard cells.count >= 2 else { return false }
        // Four in five must be periods. Outside a column of Excel serials (which `sequence` reads
        // only when every cell is one) each cell is a period on its own, so a column of names
        // is given up after its first fifth rather than parsed whole.
        if Period.isExcelSerial(cells[0]) {
            guard Period.sequence(cells).filter({ $0 != nil }).count * 5 >= cells.count * 4 else { return false }
        } else {
            var misses = 0
            for cell in cells where PeriodText(cell) == nil {
                misses += 1
                if misses * 5 > cells.count { return false }
            }
        }
        return first || cells.contains { if case .text = CellContent(parsing: $0) { return true } else { return false } }
    }

    /// A numbering column (序号, or an unlabelled 1, 2, 3 …) before the labels: not data.
    static func isSerial(_ data: [CellGrid.Row], column: Int, header: [[String]]) -> Bool {
        let label = Label.caseFoldedKey(header.first?[column] ?? "")
        guard label.isEmpty || ["序号", "编号", "no", "no.", "#"].contains(label) else { return false }
        let numbers = data.compactMap { row -> Double? in
            guard column < row.cells.count else { return nil }
            return CellContent(parsing: row.cells[column]).value?.number
        }
        guard numbers.count >= 2, numbers.count * 10 >= data.count * 9 else { return false }
        return zip(numbers, numbers.dropFirst()).allSatisfy { $1 - $0 == 1 } && numbers[0] == numbers[0].rounded()
    }

    /// Whether most of a text column's cells print a unit (地区生产总值(亿元)): indicator names.
    static func carriesUnits(_ data: [CellGrid.Row], column: Int) -> Bool {
        // More than half of the filled labels: counted in one pass that stops once the rows
        // left could not change the answer, without gathering the labels.
        var with = 0, without = 0
        for (i, row) in data.enumerated() where column < row.cells.count {
            let label = Label.normalise(row.cells[column])
            if label.isEmpty { continue }
            if Label.unitInParentheses(label) != nil { with += 1 } else { without += 1 }
            let left = data.count - i - 1
            if with > without + left || without >= with + left { break }
        }
        return with > without
    }

    /// Outline layouts set a group's first row one column to the left of the rest
    /// (一般公共预算支出 in B on the first row, in C below): two adjacent leading text columns
    /// with empty headers that are never both filled are one column.
    static func coalesce(_ data: inout [CellGrid.Row], header: [[String]], from start: Int) {
        func filled(_ row: CellGrid.Row, _ c: Int) -> Bool { c < row.cells.count && !Label.isBlank(row.cells[c]) }
        func isText(_ row: CellGrid.Row, _ c: Int) -> Bool { if case .text = CellContent(parsing: row.cells[c]) { return true } else { return false } }
        let width = data.reduce(0) { max($0, $1.cells.count) }
        var c = start
        while c + 1 < width {
            let headerEmpty = header.allSatisfy { ($0.indices.contains(c) ? $0[c] : "").isEmpty && ($0.indices.contains(c + 1) ? $0[c + 1] : "").isEmpty }
            // The right column first: it is the one that usually holds numbers, and one number
            // ends the test there instead of after a column of labels.
            guard data.allSatisfy({ !filled($0, c + 1) || isText($0, c + 1) }), data.allSatisfy({ !filled($0, c) || isText($0, c) }) else { c += 1; continue }
            if headerEmpty, data.contains(where: { filled($0, c) }), data.contains(where: { filled($0, c + 1) }),
               !data.contains(where: { filled($0, c) && filled($0, c + 1) }) {
                for k in data.indices where filled(data[k], c) {
                    // A row cut short after column c still moves its label one to the right.
                    if data[k].cells.count == c + 1 { data[k].cells.append("") }
                    data[k].cells[c + 1] = data[k].cells[c]
                    data[k].cells[c] = ""
                }
            }
            c += 1
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
