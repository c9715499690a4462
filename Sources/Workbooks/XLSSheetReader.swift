import YearbookData

/// Reads one worksheet substream, from its BOF to its EOF, into a cell grid: A1 to the last
/// row that holds something, `line` the sheet's row number, every row padded to the widest,
/// and MERGEDCELLS as spans.
///
/// Blank cells (BLANK, MULBLANK) are missing and need no record here. DIMENSION is not trusted:
/// writers get it wrong, so the grid's size comes from the cells that hold something. A chart
/// embedded in the sheet is a nested BOF…EOF, skipped whole.
struct XLSSheetReader {
    private struct Cell {
        var row: Int
        var column: Int
        var text: String
    }

    private let stream: XLSBytes
    private let globals: XLSGlobals
    private var cells: [Cell] = []
    private var spans: [CellSpan] = []
    /// The formula cell whose string result the next STRING record holds.
    private var awaitingString: (row: Int, column: Int)?

    static func grid(_ stream: XLSBytes, sheet: XLSGlobals.Sheet, globals: XLSGlobals,
                     limits: InputLimits) throws(XLSDamage) -> CellGrid {
        guard stream.u16(sheet.offset) == BIFFRecordType.bof else {
            throw .sheetNotFound(offset: sheet.offset, streamBytes: stream.count)
        }
        var reader = XLSSheetReader(stream: stream, globals: globals)
        try reader.readRecords(from: sheet.offset)
        return try reader.grid(limits: limits)
    }

    private init(stream: XLSBytes, globals: XLSGlobals) {
        self.stream = stream
        self.globals = globals
    }

    private mutating func readRecords(from offset: Int) throws(XLSDamage) {
        var cursor = BIFFRecordCursor(stream, at: offset)
        var depth = 0
        while let record = try cursor.next() {
            switch record.type {
            case BIFFRecordType.bof:
                depth += 1
            case BIFFRecordType.eof:
                depth -= 1
                if depth == 0 { return }
            case BIFFRecordType.string where depth == 1:
                var reader = BIFFPayloadReader(stream, record, continuations: try cursor.continuations())
                if let cell = awaitingString {
                    add(.text(try globals.string(&reader, lengthBytes: 2)), row: cell.row, column: cell.column)
                    awaitingString = nil
                }
            case _ where depth == 1:
                var reader = BIFFPayloadReader(stream, record)
                try read(record.type, &reader)
            default:
                break
            }
        }
    }

    /// One record inside the sheet; records this reader has no use for are passed over.
    private mutating func read(_ type: UInt16, _ reader: inout BIFFPayloadReader) throws(XLSDamage) {
        switch type {
        case BIFFRecordType.number:
            let (row, column, style) = try position(&reader)
            add(.number(try reader.f64(), style: style), row: row, column: column)
        case BIFFRecordType.rk:
            let (row, column, style) = try position(&reader)
            add(.number(XLSCellValue.rk(try reader.u32()), style: style), row: row, column: column)
        case BIFFRecordType.mulRK:
            let row = Int(try reader.u16())
            var column = Int(try reader.u16())
            // Six bytes per cell, then the last column's index (2 bytes).
            while reader.remaining >= 8 {
                let style = Int(try reader.u16())
                add(.number(XLSCellValue.rk(try reader.u32()), style: style), row: row, column: column)
                column += 1
            }
        case BIFFRecordType.labelSST:
            let (row, column, _) = try position(&reader)
            let index = Int(try reader.u32())
            guard globals.sharedStrings.indices.contains(index) else {
                throw .sharedStringOutOfRange(row: row, column: column, index: index, count: globals.sharedStrings.count)
            }
            add(.text(globals.sharedStrings[index]), row: row, column: column)
        case BIFFRecordType.label, BIFFRecordType.richString:
            let (row, column, _) = try position(&reader)
            add(.text(try globals.string(&reader, lengthBytes: 2)), row: row, column: column)
        case BIFFRecordType.formula:
            let (row, column, style) = try position(&reader)
            let result = UInt64(try reader.u32()) | UInt64(try reader.u32()) << 32
            if let value = XLSCellValue.formulaResult(result, style: style) {
                add(value, row: row, column: column)
            } else {
                awaitingString = (row, column)
            }
        case BIFFRecordType.boolErr:
            let (row, column, _) = try position(&reader)
            let value = try reader.u8()
            add(try reader.u8() == 0 ? .boolean(value != 0) : .error(value), row: row, column: column)
        case BIFFRecordType.mergedCells:
            let count = Int(try reader.u16())
            for _ in 0..<count where reader.remaining >= 8 {
                let (firstRow, lastRow) = (Int(try reader.u16()), Int(try reader.u16()))
                let (firstColumn, lastColumn) = (Int(try reader.u16()), Int(try reader.u16()))
                guard firstRow <= lastRow, firstColumn <= lastColumn else { continue }
                spans.append(CellSpan(firstLine: firstRow + 1, lastLine: lastRow + 1, firstColumn: firstColumn, lastColumn: lastColumn))
            }
        default:
            break
        }
    }

    /// The row, column and cell style (XF index) every cell record starts with.
    private func position(_ reader: inout BIFFPayloadReader) throws(XLSDamage) -> (row: Int, column: Int, style: Int) {
        (Int(try reader.u16()), Int(try reader.u16()), Int(try reader.u16()))
    }

    private mutating func add(_ value: XLSCellValue, row: Int, column: Int) {
        let text = value.text(styles: globals.styles, date1904: globals.date1904)
        if !text.isEmpty { cells.append(Cell(row: row, column: column, text: text)) }
    }

    /// The cells laid out in rows, after the limits are checked: rows and columns as the table
    /// limits allow, and the padded grid within the memory one entry of an archive may take,
    /// since two cells far apart could otherwise ask for gigabytes of empty strings.
    private func grid(limits: InputLimits) throws(XLSDamage) -> CellGrid {
        let rowCount = (cells.map(\.row).max() ?? -1) + 1
        let width = (cells.map(\.column).max() ?? -1) + 1
        if rowCount > limits.maxRows { throw .tooManyRows(rowCount, limit: limits.maxRows) }
        if width > limits.maxColumns { throw .tooManyColumns(width, limit: limits.maxColumns) }
        if rowCount * width * MemoryLayout<String>.stride > limits.maxEntryBytes {
            throw .gridTooLarge(rows: rowCount, columns: width, limit: limits.maxEntryBytes)
        }
        var rows = Array(repeating: Array(repeating: "", count: width), count: rowCount)
        for cell in cells { rows[cell.row][cell.column] = cell.text }
        // A title merged across a whole row is common and harmless, so spans are cut to the
        // limits rather than refused.
        let kept = spans.compactMap { span -> CellSpan? in
            guard span.firstLine <= limits.maxRows, span.firstColumn < limits.maxColumns else { return nil }
            return CellSpan(firstLine: span.firstLine, lastLine: min(span.lastLine, limits.maxRows),
                            firstColumn: span.firstColumn, lastColumn: min(span.lastColumn, limits.maxColumns - 1))
        }
        return CellGrid(rows: rows.enumerated().map { CellGrid.Row(line: $0.offset + 1, cells: $0.element) },
                        delimiter: .tab, spans: kept)
    }
}
