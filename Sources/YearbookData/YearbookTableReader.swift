/// Reads a cell grid laid out as a yearbook prints tables: title and metadata lines, a header
/// block whose group labels span the cells after and under them, units in the headers, a label
/// column, a total row, missing-value marks, and notes and the source line below. The same
/// rules serve every format: TSV, CSV, workbooks and HTML tables all arrive as cell grids.
public struct YearbookTableReader {
    public var registry: ZoneRegistry

    public init(registry: ZoneRegistry = .empty) {
        self.registry = registry
    }

    static let totalLabels: Set<String> = ["合计", "总计", "全部", "总体", "全市", "全市合计", "全省", "全国", "所有开发区", "total", "all", "sum"]
    static let notePrefixes = ["注", "说明", "备注", "附注", "note", "*"]
    static let sourcePrefixes = ["资料来源", "数据来源", "来源", "source"]
    static let periodHeaders: Set<String> = ["年份", "年度", "年", "时间", "时期", "year", "period"]
    /// Label headers of tables whose rows are indicators (a bureau's region profile).
    static let indicatorHeaders: Set<String> = ["指标", "指标名称", "项目", "indicator", "indicators", "series", "indicatorname", "seriesname"]

    public func read(_ grid: CellGrid, file: String) throws -> YearbookTable {
        let rows = grid.rows
        let preamble = Preamble(rows)
        guard preamble.end < rows.count else {
            throw rows.contains(where: { !$0.isBlank }) ? DataError.noTable(file) : DataError.empty(file)
        }
        // Bureau exports may leave empty columns at the left: the label column is the first used one.
        let firstUsed = rows[preamble.end...].compactMap { $0.cells.firstIndex { !Label.isBlank($0) } }.min() ?? 0
        let header = HeaderBlock(rows, from: preamble.end, labelColumn: firstUsed, spans: grid.spans)
        let body = try TableBody(rows[header.end...], headerWidth: header.width, labelColumn: firstUsed, delimiter: grid.delimiter, file: file)
        guard !body.data.isEmpty else {
            throw DataError.headerWithoutData(SourceLocation(file: file, line: header.rows.last!.line))
        }
        let layout = try ColumnLayout(header: header.cells, data: body.data, width: header.width, file: file,
                                      headerLines: header.lines, explicitSpans: header.explicitSpans)
        let labelHeader = header.cells.first?[layout.labelColumn] ?? ""
        var columns = try layout.valueColumns.map {
            try describe(column: $0, tableUnit: preamble.unit, file: file, line: header.lines[0])
        }
        let transposed = columns.allSatisfy { $0.indicator.isEmpty && $0.period != nil }
            && (YearbookTableReader.indicatorHeaders.contains(Label.key(labelHeader).lowercased()) || preamble.zone != nil)
        var fixedZone: String?
        if transposed {
            guard let zone = preamble.zone ?? preamble.title.first.map(Label.normalise) else {
                throw DataError(SourceLocation(file: file, line: header.lines[0]),
                                "the rows are indicators but nothing names the region they describe; expected a 地区：… line above the table")
            }
            fixedZone = registry.resolve(zone)?.name ?? zone
        } else if layout.indicatorColumn == nil {
            let titles = preamble.title.filter { line in !preamble.metadata.contains { line.hasPrefix($0.key) } }
            try inheritIndicators(&columns, title: preamble.indicator ?? titles.last, file: file, line: header.lines[0])
        }
        let tableRows = try body.data.map {
            try readRow($0, layout: layout, columns: &columns, indicatorRows: transposed || layout.indicatorColumn != nil, file: file)
        }
        return YearbookTable(file: file, title: preamble.title, tableUnit: preamble.unit,
                             metadata: preamble.metadata, fixedZone: fixedZone,
                             headerRows: header.cells, headerLines: header.lines,
                             labelColumn: layout.labelColumn, labelHeader: labelHeader,
                             periodColumn: layout.periodColumn, ignoredColumns: layout.ignoredColumns,
                             columns: columns, rows: tableRows, notes: body.notes, sources: body.sources)
    }
}
