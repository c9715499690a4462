import Foundation
import Testing
@testable import Workbooks
import YearbookData

/// 表 64 of the 2021 Shaoxing Yearbook (Datasets/table64.tsv) as Excel 97–2003 would hold it:
/// the title lines and header labels merged as printed, text as shared strings, and numbers as
/// numbers — those printed with one decimal in a `0.0` cell style (so -100.0 and 1.0 keep it), the
/// rest General, and small integers as RK numbers, as Excel stores them. Row n is the TSV's line n.
func table64XLS() throws -> Data {
    let tsv = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Datasets/table64.tsv")
    let lines = try String(contentsOf: tsv, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
    var strings: [String] = []
    var records: [XLSBuilder.Record] = []
    for (row, line) in lines.enumerated() where !line.isEmpty {
        for (column, text) in line.split(separator: "\t", omittingEmptySubsequences: false).enumerated() where !text.isEmpty {
            if column >= 2, let number = Double(text) {
                let style = text.contains(".") ? 1 : 0
                records.append(number == number.rounded() && abs(number) < 0x1p29
                    ? XLSBuilder.rk(row, column, UInt32(bitPattern: Int32(Int(number)) << 2) | 0x02, style: style)
                    : XLSBuilder.number(row, column, number, style: style))
            } else {
                if !strings.contains(String(text)) { strings.append(String(text)) }
                records.append(XLSBuilder.labelSST(row, column, strings.firstIndex(of: String(text))!))
            }
        }
    }
    records.append(XLSBuilder.mergedCells([(0, 0, 0, 7), (2, 2, 0, 7), (4, 5, 0, 0), (4, 5, 1, 1), (4, 4, 2, 3), (4, 4, 4, 5), (4, 4, 6, 7)]))
    let book = XLSBuilder(sheets: [("表64", records)], sharedStrings: strings, formats: [164: "0.0"], styles: [0, 164])
    return book.data()
}

@Suite struct XLSTable64Tests {
    @Test func everyCellAsTheTSVPrintsIt() throws {
        let grid = try XLSWorkbook(data: table64XLS(), file: "表64.xls").grid(sheet: 0)
        let tsv = try CellGrid.parse(String(contentsOf: sourceTestsRoot.appendingPathComponent("Datasets/table64.tsv"), encoding: .utf8),
                                     delimiter: .tab, file: "table64.tsv").rows
        #expect(grid.rows.map(\.line) == tsv.map(\.line))
        for (row, line) in zip(grid.rows, tsv) {
            let printed = Array(line.cells.prefix(line.filledWidth))
            #expect(row.cells == printed + Array(repeating: "", count: 8 - printed.count), "line \(line.line)")
        }
        #expect(grid.spans.count == 7)
        #expect(grid.spans.first == CellSpan(firstLine: 1, lastLine: 1, firstColumn: 0, lastColumn: 7))
    }

    /// The long form exported from the .xls is the shipped TSV's, byte for byte (-100.0, not -100).
    @Test func exportsLikeTheTSV() throws {
        let sources = TableSourceTests()
        let path = try sources.write(try table64XLS(), "表64.xls")
        let file = try TableSource.load(path: path, registry: try sources.registry())
        #expect(file.format.hasPrefix("Excel 97–2003 workbook (.xls) · sheet 表64"))
        #expect(try sources.export(file) == (try sources.reference))
    }
}
