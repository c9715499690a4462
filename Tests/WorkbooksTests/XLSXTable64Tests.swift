import Foundation
import Testing
import Workbooks
import YearbookData

/// 表 64 as a workbook reads back as the yearbook prints it, cell for cell.
@Suite struct XLSXTable64Tests {
    let grid: CellGrid

    init() throws {
        grid = try XLSXWorkbook(data: table64Workbook(), file: "表64.xlsx").grid(sheet: 0)
    }

    @Test func titleHeaderAndRows() {
        let rows = Dictionary(uniqueKeysWithValues: grid.rows.map { ($0.line, $0.cells) })
        #expect(grid.rows.map(\.line) == Array(1...18))
        #expect(rows[1] == ["表 64"])
        #expect(rows[2] == [])
        #expect(rows[5] == ["名 称", "项 目", "合同利用外资(万美元)", "", "实际利用外资(万美元)", "", "自营出口(万元)"])
        #expect(rows[6] == ["", "", "实绩", "增长(%)", "实绩", "增长(%)", "实绩", "增长(%)"])
        #expect(rows[7] == ["合 计", "", "102647", "-25.9", "50991", "19.7", "15354504", "8.9"])
        #expect(rows[9] == ["柯桥经济技术开发区(柯桥区滨海工业区)", "", "0", "-100.0", "1590", "-55.9", "2241646", "2.7"])
        #expect(rows[11] == ["诸暨经济开发区", "", "19164", "8.1", "4544", "-27.2", "2046179", "1.0"])
        #expect(rows[16] == ["新昌经济开发区", "", "1200", "—", "0", "—", "278758", "0"])
        #expect(rows[18] == ["(市商务局 提供)"])
    }

    @Test func mergedTitleAndHeaderCells() {
        #expect(grid.spans == [
            CellSpan(firstLine: 1, lastLine: 1, firstColumn: 0, lastColumn: 7),
            CellSpan(firstLine: 3, lastLine: 3, firstColumn: 0, lastColumn: 7),
            CellSpan(firstLine: 5, lastLine: 6, firstColumn: 0, lastColumn: 0),
            CellSpan(firstLine: 5, lastLine: 6, firstColumn: 1, lastColumn: 1),
            CellSpan(firstLine: 5, lastLine: 5, firstColumn: 2, lastColumn: 3),
            CellSpan(firstLine: 5, lastLine: 5, firstColumn: 4, lastColumn: 5),
            CellSpan(firstLine: 5, lastLine: 5, firstColumn: 6, lastColumn: 7),
        ])
    }

    /// Every line of the TSV, empty trailing cells aside, is the grid's row of the same number.
    @Test func everyCellAsTheTSVPrintsIt() throws {
        let tsv = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Datasets/table64.tsv")
        let text = try String(contentsOf: tsv, encoding: .utf8)
        let expected = try CellGrid.parse(text, delimiter: .tab, file: "table64.tsv").rows
        #expect(grid.rows.map(\.line) == expected.map(\.line))
        for (row, line) in zip(grid.rows, expected) {
            #expect(row.cells == Array(line.cells.prefix(line.filledWidth)), "line \(line.line)")
        }
    }
}
