/// Reads a cell grid laid out as a yearbook prints tables: title and metadata lines, a header
/// block whose group labels span the cells after and under them, units in the headers, a label
/// column, a total row, missing-value marks, and notes and the source line below. The same
/// rules serve every format: TSV, CSV, workbooks and HTML tables all arrive as cell grids.
public struct YearbookTableReader: Sendable {
    public var registry: ZoneRegistry
    /// The indicator of a table whose header names none (`--indicator-name`), instead of the
    /// one taken from its title or file name.
    public var indicatorName: String?

    public init(registry: ZoneRegistry = .empty, indicatorName: String? = nil) {
        self.registry = registry
        self.indicatorName = indicatorName
    }

    static let totalLabels: Set<String> = ["合计", "总计", "全部", "总体", "全市", "全市合计", "全省", "全国", "全国总计", "全国合计",
                                           "所有开发区", "total", "all", "sum", "world", "全球", "世界"]
    static let notePrefixes = ["注", "说明", "备注", "附注", "note", "*", "lastupdated", "最后更新", "更新时间"]
    static let sourcePrefixes = ["资料来源", "数据来源", "来源", "source", "datasource", "datafromdatabase", "摘编自", "摘自", "引自"]
    static let periodHeaders: Set<String> = ["年份", "年度", "年", "时间", "时期", "日期", "截止日期", "统计日期", "月份", "季度",
                                             "year", "period", "date", "time", "month", "quarter"]
    /// Label headers of tables whose rows are indicators (a bureau's region profile).
    static let indicatorHeaders: Set<String> = ["指标", "指标名称", "项目", "indicator", "indicators", "series", "indicatorname", "seriesname"]

    /// Takes the grid: its rows are let go as the table is built from them, so a table of a
    /// million rows is not held twice, as cells and as table rows, at once.
    public func read(_ grid: consuming CellGrid, file: String) throws -> YearbookTable {
        var rows = grid.rows
        grid.rows = []
        let preamble = Preamble(rows)
        guard preamble.end < rows.count else {
            throw rows.contains(where: { !$0.isBlank }) ? DataError.noTable(file) : DataError.empty(file)
        }
        // Bureau exports may leave empty columns at the left: the label column is the first used one.
        let firstUsed = rows[preamble.end...].lazy.compactMap { $0.cells.firstIndex { !Label.isBlank($0) } }.min() ?? 0
        var header = HeaderBlock(rows, from: preamble.end, labelColumn: firstUsed, spans: grid.spans)
        let keyed = header.takeKeyedRows(labelColumn: firstUsed)
        var body = try TableBody(rows[header.end...], header: header.rows, headerWidth: header.width, labelColumn: firstUsed, delimiter: grid.delimiter, file: file)
        rows = []
        var warnings: [ConsistencyReport.Finding] = []
        if let line = body.secondTableLine {
            warnings.append(.init(location: SourceLocation(file: file, line: line),
                                  message: "another table starts here; only the first table of the sheet is read"))
        }
        if let (line, width) = body.unheaded {
            warnings.append(.init(location: SourceLocation(file: file, line: line, column: header.width + 1),
                                  message: "columns \(SourceLocation.columnLetters(header.width + 1))–\(SourceLocation.columnLetters(width)) hold values but the header stops at column \(SourceLocation.columnLetters(header.width)); those values are not read"))
        }
        guard !body.data.isEmpty else {
            throw DataError.headerWithoutData(SourceLocation(file: file, line: header.rows.last!.line))
        }
        ColumnLayout.coalesce(&body.data, header: header.cells, from: firstUsed)
        let layout = try ColumnLayout(header: header.cells, data: body.data, width: header.width, file: file,
                                      headerLines: header.lines, explicitSpans: header.explicitSpans)
        warnings += strayRows(&body.data, labelColumn: layout.labelColumn, file: file)
        let unread = layout.ignoredColumns.filter { c in body.data.contains { c < $0.cells.count && !Label.isBlank($0.cells[c]) } }
        if !unread.isEmpty {
            let names = unread.map { c in
                SourceLocation.columnLetters(c + 1) + (header.cells[0][c].isEmpty ? "" : " «\(header.cells[0][c])»")
            }
            warnings.append(.init(location: SourceLocation(file: file, line: header.lines[0], column: unread[0] + 1),
                                  message: "column\(unread.count == 1 ? "" : "s") \(names.joined(separator: ", ")) hold\(unread.count == 1 ? "s" : "") text that is neither label, indicator nor period; not read"))
        }
        let labelHeader = header.cells.first?[layout.labelColumn] ?? ""
        guard !layout.valueColumns.isEmpty else {
            throw DataError(SourceLocation(file: file, line: header.lines[0]),
                            "no column holds values: every column under the header holds text; expected a table of numbers (a zone registry or a list is not one)")
        }
        var columns: [YearbookTable.Column] = []
        var fixedZone: String?
        var indicatorOrigin: String?
        var rowsAreIndicators = false
        var tableRows: [YearbookTable.Row] = []
        var cells: [YearbookTable.Cell] = []
        var indents: [Int]?
        do {
            columns = try layout.valueColumns.map {
                try describe(column: $0, tableUnit: preamble.unit, file: file, line: header.lines[0])
            }
            apply(keyed, to: &columns)
            rowsAreIndicators = !layout.rowsArePeriods && columns.allSatisfy { $0.indicator.isEmpty && $0.period != nil }
                && (YearbookTableReader.indicatorHeaders.contains(Label.caseFoldedKey(labelHeader)) || preamble.zone != nil
                    || ColumnLayout.carriesUnits(body.data, column: layout.labelColumn))
            if rowsAreIndicators || layout.rowsArePeriods {
                // One region's series: the 地区 line names it; otherwise a Chinese table of a whole
                // region's indicators is national (全国), as the bureau's national databases are,
                // and a foreign one that names no country is left unnamed rather than guessed.
                if !columns.contains(where: { $0.zone != nil }) {
                    let chinese = header.cells.joined().contains { $0.contains(where: { $0.unicodeScalars.contains(where: Label.isHan) }) }
                    fixedZone = (preamble.zone ?? preamble.scope ?? (chinese ? "全国" : nil)).map { registry.resolve($0)?.name ?? $0 } ?? ""
                }
                if layout.rowsArePeriods, columns.contains(where: { $0.monthOfYear != nil }) {
                    indicatorOrigin = monthColumns(&columns, named: borrowedIndicator(preamble, file: file))
                } else if layout.rowsArePeriods, columns.contains(where: { $0.indicator.isEmpty }) {
                    // A value column headed only 数值 or 值 (时间 | 数值) measures what the title or
                    // the file name says, as a period column of a layout table would.
                    indicatorOrigin = try inheritIndicators(&columns, named: borrowedIndicator(preamble, file: file), file: file, line: header.lines[0])
                }
            } else if layout.indicatorColumn == nil {
                indicatorOrigin = try inheritIndicators(&columns, named: borrowedIndicator(preamble, file: file), file: file, line: header.lines[0])
            }
            let periods = layout.periodColumn.map { pc in
                Period.storedSequence(count: body.data.count) { Label.normalise(pc < body.data[$0].cells.count ? body.data[$0].cells[pc] : "") }
            }
            // A row's indentation is taken from its cells before they go.
            if !rowsAreIndicators && !layout.rowsArePeriods && layout.indicatorColumn == nil {
                indents = body.data.map { RowHierarchy.indent(layout.labelColumn < $0.cells.count ? $0.cells[layout.labelColumn] : "") }
            }
            (tableRows, cells) = try readRows(&body.data, periods: periods, layout: layout, columns: &columns,
                                              indicatorRows: rowsAreIndicators || layout.indicatorColumn != nil, file: file)
        } catch var error as DataError {
            if error.note == nil { error.note = YearbookTableReader.understanding(header: header, layout: layout, columns: columns) }
            throw error
        }
        if let indents {
            warnings += RowHierarchy.apply(&tableRows, indents: indents, file: file)
        }
        var table = YearbookTable(file: file, title: preamble.title, tableUnit: preamble.unit,
                                  metadata: preamble.metadata, fixedZone: fixedZone,
                                  headerRows: header.cells, headerLines: header.lines,
                                  labelColumn: layout.labelColumn, labelHeader: labelHeader,
                                  periodColumn: layout.periodColumn, ignoredColumns: layout.ignoredColumns,
                                  columns: columns, rows: tableRows, cells: cells, notes: body.notes, sources: body.sources)
        table.indicatorOrigin = indicatorOrigin
        table.indicatorColumn = layout.indicatorColumn
        if !table.carriesPeriods { table.titlePeriod = preamble.titlePeriod }
        if !table.cells.contains(where: { !$0.isMissing }) {
            warnings.append(.init(location: SourceLocation(file: file, line: header.lines[0]),
                                  message: "the table has \(tableRows.count) rows and \(columns.count) value columns but every value is missing"))
        }
        table.warnings = warnings
        return table
    }
}
