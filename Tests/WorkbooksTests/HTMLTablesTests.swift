import Foundation
import TestSupport
import Testing
@testable import Workbooks
import YearbookData
#if canImport(Glibc)
import Glibc
#endif

/// HTML pages built here, as yearbook databases export their tables.
@Suite struct HTMLTablesTests {
    /// Table 64 as a yearbook database saves it under an .xls name: GBK bytes, the charset in a
    /// `<meta>`, the title in paragraphs, merged header cells, `&nbsp;` in the empty 项 目
    /// column, the printed "—" marks, and the source line in a paragraph after the table.
    static let table64 = """
        <html>
        <head><meta charset="gbk"><title>表64</title></head>
        <body>
        <p>表 64</p>
        <p align="center"><b>开发区主要指标情况表</b></p>
        <table border="1" cellspacing="0">
        <tr><td rowspan="2">名 称</td><td rowspan="2">项 目</td><td colspan="2">合同利用外资(万美元)</td>\
        <td colspan="2">实际利用外资(万美元)</td><td colspan="2">自营出口(万元)</td></tr>
        <tr><td>实绩</td><td>增长(%)</td><td>实绩</td><td>增长(%)</td><td>实绩</td><td>增长(%)</td></tr>
        <tr><td>合 计</td><td>&nbsp;</td><td>102647</td><td>-25.9</td><td>50991</td><td>19.7</td><td>15354504</td><td>8.9</td></tr>
        <tr><td>滨海新区(绍兴高新技术产业开发区、袍江经济技术开发区)</td><td>&nbsp;</td><td>61429</td><td>33.1</td><td>14272</td><td>77.3</td><td>5667350</td><td>17.6</td></tr>
        <tr><td>柯桥经济技术开发区(柯桥区滨海工业区)</td><td>&nbsp;</td><td>0</td><td>-100.0</td><td>1590</td><td>-55.9</td><td>2241646</td><td>2.7</td></tr>
        <tr><td>杭州湾上虞经济技术开发区(上虞经济开发区)</td><td>&nbsp;</td><td>12124</td><td>-63.7</td><td>22563</td><td>46.8</td><td>1953173</td><td>9.8</td></tr>
        <tr><td>诸暨经济开发区</td><td>&nbsp;</td><td>19164</td><td>8.1</td><td>4544</td><td>-27.2</td><td>2046179</td><td>1.0</td></tr>
        <tr><td>诸暨珍珠产业园区</td><td>&nbsp;</td><td>2843</td><td>-11.6</td><td>0</td><td>-100.0</td><td>52851</td><td>8.9</td></tr>
        <tr><td>诸暨现代环保装备高新技术产业园区</td><td>&nbsp;</td><td>0</td><td>-100.0</td><td>5211</td><td>-23.5</td><td>1132069</td><td>11.9</td></tr>
        <tr><td>嵊州经济开发区</td><td>&nbsp;</td><td>3799</td><td>-86.2</td><td>2008</td><td>118.3</td><td>779719</td><td>-3.8</td></tr>
        <tr><td>新昌高新技术产业园区</td><td>&nbsp;</td><td>2088</td><td>39.2</td><td>803</td><td>—</td><td>1202759</td><td>5.9</td></tr>
        <tr><td>新昌经济开发区</td><td>&nbsp;</td><td>1200</td><td>—</td><td>0</td><td>—</td><td>278758</td><td>0</td></tr>
        </table>
        <p>(市商务局 提供)</p>
        </body>
        </html>
        """

    private static func tables(_ html: String, limits: InputLimits = .standard) throws -> HTMLTables {
        try HTMLTables(data: Data(html.utf8), file: "p.html", limits: limits)
    }

    private static func cells(_ html: String, sheet: Int = 0) throws -> [[String]] {
        try tables(html).grid(sheet: sheet).rows.map(\.cells)
    }

    @Test func table64FromAGBKExportReadsLikeTheTSV() throws {
        let data = reencode(Self.table64, as: "GBK")
        #expect(String(data: data, encoding: .utf8) == nil, "the page really is GBK")
        let book = try HTMLTables(data: data, file: "表64.xls")
        #expect(book.format == "HTML table")
        #expect(book.sheetNames == ["table 1"])
        let grid = try book.grid(sheet: 0)
        let tsvPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Datasets/table64.tsv").path
        let tsv = try CellGrid.parse(String(contentsOfFile: tsvPath, encoding: .utf8), delimiter: .tab, file: tsvPath)
        #expect(grid.rows.map(\.cells) == tsv.rows.filter { !$0.isBlank }.map(\.cells))
        #expect(grid.rows.map(\.line) == Array(1...15))
        #expect(grid.rows[2].cells == ["名 称", "项 目", "合同利用外资(万美元)", "", "实际利用外资(万美元)", "", "自营出口(万元)", ""])
        #expect(grid.rows[13].cells == ["新昌经济开发区", "", "1200", "—", "0", "—", "278758", "0"])
        #expect(grid.spans == [
            CellSpan(firstLine: 3, lastLine: 4, firstColumn: 0, lastColumn: 0),
            CellSpan(firstLine: 3, lastLine: 4, firstColumn: 1, lastColumn: 1),
            CellSpan(firstLine: 3, lastLine: 3, firstColumn: 2, lastColumn: 3),
            CellSpan(firstLine: 3, lastLine: 3, firstColumn: 4, lastColumn: 5),
            CellSpan(firstLine: 3, lastLine: 3, firstColumn: 6, lastColumn: 7),
        ])
        let table = try YearbookTableReader().read(grid, file: "表64.xls")
        #expect(table.title == ["表 64", "开发区主要指标情况表"])
        #expect(table.rows.count == 10)
        #expect(table.sources == ["(市商务局 提供)"])
    }

    @Test func aGBKPageWithoutACharsetIsDecodedAsGB18030() throws {
        let data = reencode("<table><tr><td>名 称</td><td>诸暨经济开发区</td></tr></table>", as: "GBK")
        #expect(try HTMLTables(data: data, file: "p.xls").grid(sheet: 0).rows.map(\.cells) == [["名 称", "诸暨经济开发区"]])
    }

    @Test func anotherDeclaredCharsetIsHonoured() throws {
        let page = Data("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><table><tr><td>caf".utf8)
            + Data([0xE9]) + Data("</td></tr></table></html>".utf8)
        #expect(try HTMLTables(data: page, file: "p.htm").grid(sheet: 0).rows.map(\.cells) == [["café"]])
    }

    @Test func aRowspanShiftsTheCellsBelowItRight() throws {
        let html = """
            <table>
            <tr><td>a</td><td rowspan="3">b</td><td>c</td></tr>
            <tr><td>d</td><td>e</td></tr>
            <tr><td>f</td><td>g</td></tr>
            </table>
            """
        let grid = try Self.tables(html).grid(sheet: 0)
        #expect(grid.rows.map(\.cells) == [["a", "b", "c"], ["d", "", "e"], ["f", "", "g"]])
        #expect(grid.spans == [CellSpan(firstLine: 1, lastLine: 3, firstColumn: 1, lastColumn: 1)])
    }

    @Test func aBlockSpanningRowsAndColumns() throws {
        let html = """
            <table>
            <tr><th colspan="2" rowspan="2">X</th><th>1</th></tr>
            <tr><td>2</td></tr>
            <tr><td>3</td><td>4</td><td>5</td></tr>
            </table>
            """
        let grid = try Self.tables(html).grid(sheet: 0)
        #expect(grid.rows.map(\.cells) == [["X", "", "1"], ["", "", "2"], ["3", "4", "5"]])
        #expect(grid.spans == [CellSpan(firstLine: 1, lastLine: 2, firstColumn: 0, lastColumn: 1)])
    }

    @Test func spansAsBrowsersReadThem() throws {
        let html = """
            <table>
            <tr><td colspan="2px">a</td><td colspan="0">b</td><td rowspan="9">c</td></tr>
            <tr><td>d</td></tr>
            </table>
            """
        let grid = try Self.tables(html).grid(sheet: 0)
        #expect(grid.rows.map(\.cells) == [["a", "", "b", "c"], ["d", "", "", ""]])
        #expect(grid.spans == [
            CellSpan(firstLine: 1, lastLine: 1, firstColumn: 0, lastColumn: 1),
            CellSpan(firstLine: 1, lastLine: 2, firstColumn: 3, lastColumn: 3),
        ])
    }

    @Test func headerBodyAndFooterRows() throws {
        let html = """
            <table>
            <tfoot><tr><td>注：快报数</td></tr></tfoot>
            <thead><tr><th>名称</th><th>值</th></tr></thead>
            <tbody><tr><td>甲</td><td>1</td></tr></tbody>
            <tr><td>乙</td><td>2</td></tr>
            </table>
            """
        #expect(try Self.cells(html) == [["名称", "值"], ["甲", "1"], ["乙", "2"], ["注：快报数", ""]])
    }

    @Test func cellsOutsideARowMakeARowOfTheirOwn() throws {
        #expect(try Self.cells("<table><tr><td>名称</td><td>值</td></tr><td>甲</td><td>1</td></table>") ==
            [["名称", "值"], ["甲", "1"]])
    }

    @Test func aNestedTableIsPartOfItsCellsText() throws {
        let html = """
            <table>
            <tr><td>外<table><tr><td>内1</td><td>内2</td></tr></table></td><td>x</td></tr>
            </table>
            """
        let book = try Self.tables(html)
        #expect(book.sheetNames == ["table 1"])
        #expect(try book.grid(sheet: 0).rows.map(\.cells) == [["外 内1 内2", "x"]])
    }

    @Test func twoTablesNamedByTheirCaptionsEachWithTheTextAroundIt() throws {
        let html = """
            <h3>表 1</h3>
            <table><caption>表 1　开发区</caption><tr><td>名称</td><td>值</td></tr></table>
            <p>注：甲</p>
            <div>单位：万元</div>
            <table><tr><td>名称</td><td>值</td></tr></table>
            <p>资料来源：乙</p>
            """
        let book = try Self.tables(html)
        #expect(book.sheetNames == ["表 1　开发区", "table 2"])
        #expect(try book.grid(sheet: 0).rows.map(\.cells) == [["表 1"], ["名称", "值"], ["注：甲"], ["单位：万元"]])
        #expect(try book.grid(sheet: 1).rows.map(\.cells) == [["注：甲"], ["单位：万元"], ["名称", "值"], ["资料来源：乙"]])
        #expect(try book.grid(sheet: 1).rows.map(\.line) == [1, 2, 3, 4])
    }

    /// A CNKI page: the title in a div, 单位:% in a one-cell table of its own, then the data
    /// table whose cities are indented with &nbsp; under their province, and the excerpt line.
    static let cnkiPage = """
        <html><body><div id="tti">中国2014年地级以上城市从业人员构成统计</div>
        <table><tr><td>单位:%</td></tr></table>
        <table><tr><td>城市</td><td>比重</td></tr>
        <tr><td>吉林省</td><td>3.46</td></tr>
        <tr><td>&nbsp;&nbsp;长春市</td><td>0.94</td></tr></table>
        <p>摘编自《中国城市统计年鉴2015》</p></body></html>
        """

    @Test func unitTableAboveAndIndentedRows() throws {
        let book = try Self.tables(Self.cnkiPage)
        #expect(try book.grid(sheet: 1).rows.map(\.cells) == [
            ["中国2014年地级以上城市从业人员构成统计"], ["单位:%"], ["城市", "比重"], ["吉林省", "3.46"],
            ["\u{00A0}\u{00A0}长春市", "0.94"], ["摘编自《中国城市统计年鉴2015》"],
        ])
        #expect(TableSource.firstWithData(book) == 1)
    }

    @Test func nbspBreaksAndWhiteSpace() throws {
        let html = """
            <p>表 64<br>开发区主要指标情况表</p>
            <table><tr>
            <td>&nbsp;</td><td> &nbsp;&nbsp; </td><td>合同利用外资<br>(万美元)</td><td>
              名 称
            </td><td>\u{3000}名\u{3000}称\u{3000}</td><td>诸暨&nbsp;&nbsp;开发区</td>
            </tr></table>
            """
        #expect(try Self.cells(html) == [
            ["表 64"], ["开发区主要指标情况表"],
            ["", "", "合同利用外资 (万美元)", "名 称", "\u{3000}名\u{3000}称", "诸暨 开发区"],
        ])
    }

    @Test func unclosedTagsStillRecover() throws {
        let html = "<html><body><p>表 1<table><tr><td>名称<td>值<tr><td>甲<td>1</table><p>注：说明"
        #expect(try Self.cells(html) == [["表 1"], ["名称", "值"], ["甲", "1"], ["注：说明"]])
    }

    @Test func aPageWithoutATable() {
        #expect(thrownMessage { _ = try Self.tables("<html><body><p>表 64</p></body></html>") } ==
            "p.html: error: no <table> found; expected an HTML table (a yearbook database's .xls export)")
    }

    @Test func tableOutOfRange() throws {
        let book = try Self.tables("<table><tr><td>a</td></tr></table><table><caption>乙</caption><tr><td>b</td></tr></table>")
        #expect(thrownMessage { _ = try book.grid(sheet: 2) } == "p.html: error: no table 3; the page has: table 1, 乙")
    }

    @Test func overTheLimits() throws {
        let html = "<p>表</p><table><tr><td>a</td><td colspan=\"3\">b</td></tr><tr><td>c</td></tr></table>"
        let short = try Self.tables(html, limits: InputLimits(maxRows: 2))
        #expect(thrownMessage { _ = try short.grid(sheet: 0) } ==
            "p.html: error: table «table 1» has 3 rows with the text around it, more than the 2 a table may have; expected a yearbook table, which is far smaller")
        let narrow = try Self.tables(html, limits: InputLimits(maxColumns: 3))
        #expect(thrownMessage { _ = try narrow.grid(sheet: 0) } ==
            "p.html: error: table «table 1» is more than 3 columns wide; expected a yearbook table, which is far narrower")
        #expect(thrownMessage { _ = try Self.tables(html, limits: InputLimits(maxEntryBytes: 10)) } ==
            "p.html: error: the page is \(html.utf8.count) bytes long, more than the 10 bytes an HTML table may have; expected a yearbook table, which is far smaller")
    }

    @Test func aPageWithNothingToRecover() {
        #expect(thrownMessage { _ = try Self.tables("") } ==
            "p.html: error: cannot be parsed as HTML (libxml2: Document is empty); expected a web page holding a table")
        #expect(thrownMessage { _ = try Self.tables("\u{0}\u{1}") } ==
            "p.html: error: cannot be parsed as HTML (libxml2: Document is empty); expected a web page holding a table")
    }

    @Test(arguments: [
        "<!DOCTYPE html>\n<html>", "  \r\n<HTML lang=\"zh\">", "\u{FEFF}<table border=1>", "<meta charset=\"gbk\">",
        "<head><title>表</title>", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">",
        "<!-- saved from url=(0014)about:internet -->\n<html>", "<!doctype HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">",
    ])
    func looksLikeHTML(_ start: String) {
        #expect(HTMLTables.looksLikeHTML(Data(start.utf8)))
    }

    @Test func looksLikeHTMLInUTF16() {
        #expect(HTMLTables.looksLikeHTML(Data([0xFF, 0xFE]) + "<html>".data(using: .utf16LittleEndian)!))
        #expect(HTMLTables.looksLikeHTML(Data([0xFE, 0xFF]) + "<table>".data(using: .utf16BigEndian)!))
    }

    @Test(arguments: [
        "名称\t值\n甲\t1\n", "<?xml version=\"1.0\"?><worksheet>", "<header>", "<htmlx>", "PK\u{3}\u{4}", "", "<!-- only a comment",
    ])
    func doesNotLookLikeHTML(_ start: String) {
        #expect(!HTMLTables.looksLikeHTML(Data(start.utf8)))
    }
}
