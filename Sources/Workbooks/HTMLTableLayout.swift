import YearbookData

/// Places a table's cells on a grid as a browser does: each cell takes the first column of its
/// row that no cell from a row above still covers, so a rowspan shifts the later cells of the
/// rows it reaches to the right. A spanning cell's text goes in its top-left position, the
/// positions it covers stay empty, and a `CellSpan` records the rectangle. Every row is padded
/// to the table's width.
struct HTMLTableLayout {
    var rows: [[String]]
    var spans: [CellSpan] = []

    /// `firstLine` is the line number the table's first row gets. A rowspan reaching past the
    /// last row ends there, as in a browser.
    init(_ source: [[HTMLTableSource.Cell]], firstLine: Int, maxColumns: Int, table: String, file: String) throws(DataError) {
        rows = Array(repeating: [], count: source.count)
        var coveredThrough: [Int] = []
        for (row, cells) in source.enumerated() {
            var column = 0
            for cell in cells {
                while column < coveredThrough.count, coveredThrough[column] >= row { column += 1 }
                let end = column + cell.columns
                guard end <= maxColumns else { throw DataError.htmlTooManyColumns(table: table, file: file, limit: maxColumns) }
                let lastRow = cell.rows == 0 ? source.count - 1 : min(row + cell.rows - 1, source.count - 1)
                if coveredThrough.count < end {
                    coveredThrough += Array(repeating: -1, count: end - coveredThrough.count)
                }
                for covered in column..<end { coveredThrough[covered] = lastRow }
                if rows[row].count <= column { rows[row] += Array(repeating: "", count: column + 1 - rows[row].count) }
                rows[row][column] = cell.text
                if end - column > 1 || lastRow > row {
                    spans.append(CellSpan(firstLine: firstLine + row, lastLine: firstLine + lastRow,
                                          firstColumn: column, lastColumn: end - 1))
                }
                column = end
            }
        }
        let width = coveredThrough.count
        for index in rows.indices { rows[index] += Array(repeating: "", count: width - rows[index].count) }
    }
}
