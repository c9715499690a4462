import Foundation
import TestSupport
import Testing
@testable import Workbooks
import YearbookData

/// Reads the .xls files that Fixtures/make_xls.py writes with xlwt (BIFF8, as Excel 97–2003
/// saves); the tests need only the committed files, never Python. xlwt writes every number in
/// the General format, so a number reads in its shortest exact form here; `XLSBuilder` tests
/// cover the other formats.
@Suite struct XLSWorkbookTests {
    private static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    private static func fixture(_ name: String) -> String {
        here.appendingPathComponent("Fixtures").appendingPathComponent(name).path
    }

    @Test func table64ReadsLikeTheTSVRowForRow() throws {
        let book = try XLSWorkbook(path: Self.fixture("table64.xls"))
        #expect(book.format == "Excel 97–2003 workbook (.xls)")
        #expect(book.sheetNames == ["表64"])
        let grid = try book.grid(sheet: 0)
        let tsvPath = Self.here.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Datasets/table64.tsv").path
        let tsv = try CellGrid.parse(String(contentsOfFile: tsvPath, encoding: .utf8), delimiter: .tab, file: tsvPath)
        #expect(grid.rows.map(\.line) == Array(1...18))
        #expect(grid.rows.map(\.line) == tsv.rows.map(\.line))
        for (row, printed) in zip(grid.rows, tsv.rows) {
            // xlwt gave the cells no number format, so -100.0 and 1.0 read as -100 and 1.
            let expected = printed.cells.map { $0.hasSuffix(".0") ? String($0.dropLast(2)) : $0 }
            #expect(row.cells == expected + Array(repeating: "", count: 8 - expected.count), "line \(row.line)")
        }
        #expect(grid.rows[6].cells == ["合 计", "", "102647", "-25.9", "50991", "19.7", "15354504", "8.9"])
        #expect(grid.rows[15].cells == ["新昌经济开发区", "", "1200", "—", "0", "—", "278758", "0"])
        #expect(Set(grid.spans) == [
            CellSpan(firstLine: 5, lastLine: 6, firstColumn: 0, lastColumn: 0),
            CellSpan(firstLine: 5, lastLine: 6, firstColumn: 1, lastColumn: 1),
            CellSpan(firstLine: 5, lastLine: 5, firstColumn: 2, lastColumn: 3),
            CellSpan(firstLine: 5, lastLine: 5, firstColumn: 4, lastColumn: 5),
            CellSpan(firstLine: 5, lastLine: 5, firstColumn: 6, lastColumn: 7),
        ])
    }

    @Test func table64GoesThroughTheYearbookReader() throws {
        let grid = try XLSWorkbook(path: Self.fixture("table64.xls")).grid(sheet: 0)
        let table = try YearbookTableReader().read(grid, file: "table64.xls")
        #expect(table.title == ["表 64", "开发区主要指标情况表"])
        #expect(table.rows.count == 10)
        #expect(table.sources == ["(市商务局 提供)"])
    }

    @Test func bytesInMemoryReadLikeTheFile() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.fixture("table64.xls")))
        let book = try XLSWorkbook(data: data, file: "<stdin>")
        #expect(book.sheetNames == ["表64"])
        #expect(try book.grid(sheet: 0).rows.map(\.cells) == XLSWorkbook(path: Self.fixture("table64.xls")).grid(sheet: 0).rows.map(\.cells))
    }

    @Test func twoSheetsWithChineseNames() throws {
        let book = try XLSWorkbook(path: Self.fixture("sheets.xls"))
        #expect(book.sheetNames == ["开发区", "注释"])
        let notes = try book.grid(sheet: 1)
        #expect(notes.rows.map(\.line) == [1, 2, 3])
        #expect(notes.rows.map(\.cells) == [["注：数据为快报数"], [""], ["资料来源：市统计局"]])
    }

    @Test func cellTextAsAReaderSeesIt() throws {
        let rows = try XLSWorkbook(path: Self.fixture("sheets.xls")).grid(sheet: 0).rows
        #expect(rows.map(\.line) == Array(1...9))
        #expect(rows.map(\.cells) == [
            ["名称", "值"],
            ["甲", ""],                      // a blank cell
            ["乙", ""],                      // a text cell holding "  " is missing too
            ["丙", "3"],
            ["丁", "2.5"],
            ["戊", "0.30000000000000004"],   // shortest form that reads back as the same double
            ["己", "15354504"],              // a whole double, without ".0"
            ["庚", "-0.5"],
            [" 辛 ", "100000000000000000000"], // text kept as it is; the loader trims labels
        ])
    }

    /// Date formats read as the .xlsx reader reads them: the day, as yyyy-mm-dd. A time of day
    /// alone is day 0 of Excel's calendar.
    @Test func datesAsTheXLSXReaderReadsThem() throws {
        let rows = try XLSWorkbook(path: Self.fixture("dates.xls")).grid(sheet: 0).rows
        #expect(rows.map(\.cells) == [["日期", "2020-12-31"], ["时刻", "2021-03-01"], ["时间", "1900-01-00"]])
    }

    @Test func sheetOutOfRange() throws {
        let book = try XLSWorkbook(path: Self.fixture("sheets.xls"))
        #expect(thrownMessage { _ = try book.grid(sheet: 2) } == "\(Self.fixture("sheets.xls")): error: no sheet 3; the workbook has: 开发区, 注释")
    }

    @Test func randomBytes() {
        var state: UInt64 = 0x5EED
        let bytes = (0..<4096).map { _ -> UInt8 in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
        #expect(thrownMessage { _ = try XLSWorkbook(data: Data(bytes), file: "r.xls") } ==
            "r.xls: error: is not an Excel 97–2003 workbook (.xls) that can be read: it does not start with the signature of an Excel 97–2003 file (an OLE2 compound document); an .xlsx or an HTML page named .xls is read by its own reader")
    }

    @Test func truncatedFile() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.fixture("table64.xls")))
        #expect(thrownMessage { _ = try XLSWorkbook(data: data.prefix(3000), file: "t.xls") } ==
            "t.xls: error: is not an Excel 97–2003 workbook (.xls) that can be read: it refers to sector 8, but the file ends after 5 sectors; it may be truncated")
    }

    @Test func passwordProtected() {
        #expect(thrownMessage { _ = try XLSWorkbook(path: Self.fixture("password.xls")) } ==
            "\(Self.fixture("password.xls")): error: is password-protected; open it in a spreadsheet program, remove the password and save it again")
    }

    /// The statistics bureau's portal writes a missing month as a text cell holding "" (which
    /// FreeXL, the reader before this one, refused as a crafted file): it is missing, like a blank.
    @Test func aTextCellHoldingTheEmptyStringIsMissing() throws {
        #expect(try XLSWorkbook(path: Self.fixture("empty-string.xls")).grid(sheet: 0).rows.map(\.cells) == [["名称"]])
    }

    @Test func missingFile() {
        #expect(thrownMessage { _ = try XLSWorkbook(path: "no/such/book.xls") } == "no/such/book.xls: error: no such file")
    }

    @Test func fileOverTheSizeLimit() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.fixture("table64.xls")))
        #expect(thrownMessage { _ = try XLSWorkbook(data: data, file: "t.xls", limits: InputLimits(maxEntryBytes: 4096)) } ==
            "t.xls: error: the file is 5632 bytes long, more than the 4096 bytes an .xls file may have; expected a yearbook table, which is far smaller")
    }

    @Test func sheetOverTheRowAndColumnLimits() throws {
        let path = Self.fixture("table64.xls")
        let short = try XLSWorkbook(path: path, limits: InputLimits(maxRows: 10))
        #expect(short.sheetNames == ["表64"])
        #expect(thrownMessage { _ = try short.grid(sheet: 0) } ==
            "\(path): error: sheet «表64» has 18 rows, more than the 10 a table may have; expected a yearbook table, which is far smaller")
        let narrow = try XLSWorkbook(path: path, limits: InputLimits(maxColumns: 4))
        #expect(thrownMessage { _ = try narrow.grid(sheet: 0) } ==
            "\(path): error: sheet «表64» has 8 columns, more than the 4 a table may have; expected a yearbook table, which is far narrower")
    }
}
