import Foundation
import TestSupport
import Testing
@testable import Workbooks
@testable import YearbookData

let sourceTestsRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Every format of 表 64 exports the same long form, byte for byte, as the shipped TSV.
@Suite struct TableSourceTests {
    func registry() throws -> ZoneRegistry { try ZoneRegistry.load(path: sourceTestsRoot.appendingPathComponent("Datasets/zones.tsv").path) }

    func export(_ file: TableFile) throws -> String {
        ExportFormat.csv.render(try file.dataset(year: .year(2020)).observations)
    }

    func write(_ data: Data, _ name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tablesource-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    var reference: String {
        get throws { try export(try TableSource.load(path: sourceTestsRoot.appendingPathComponent("Datasets/table64.tsv").path, registry: try registry())) }
    }

    @Test func xlsxWithMergedHeaderCells() throws {
        let path = try write(try table64Workbook(), "表64.xlsx")
        let file = try TableSource.load(path: path, registry: try registry())
        #expect(file.format.hasPrefix("Excel workbook (.xlsx) · sheet "))
        #expect(try export(file) == (try reference))
    }

    /// xlwt wrote the fixture's numbers in the General format, so the .xls gives -100 where the
    /// yearbook prints -100.0: the same numbers, every zone, indicator and missing cell, not the same digits.
    @Test func xlsBIFF8() throws {
        let file = try TableSource.load(path: sourceTestsRoot.appendingPathComponent("Tests/WorkbooksTests/Fixtures/table64.xls").path, registry: try registry())
        #expect(file.format.hasPrefix("Excel 97–2003 workbook (.xls)"))
        let xls = try file.dataset(year: .year(2020)).observations
        let tsv = try TableSource.load(path: sourceTestsRoot.appendingPathComponent("Datasets/table64.tsv").path, registry: try registry())
            .dataset(year: .year(2020)).observations
        #expect(xls.count == 60)
        #expect(xls.map(\.zone) == tsv.map(\.zone))
        #expect(xls.map(\.indicator) == tsv.map(\.indicator))
        #expect(xls.map(\.unit) == tsv.map(\.unit))
        #expect(xls.map { $0.value?.number } == tsv.map { $0.value?.number })
    }

    @Test func htmlSavedWithAnXlsName() throws {
        let path = try write(table64HTMLExport(), "表64.xls")
        let file = try TableSource.load(path: path, registry: try registry())
        #expect(file.format.hasPrefix("HTML table"))
        #expect(try export(file) == (try reference))
    }

    @Test func sheetsByNameOrNumber() throws {
        let path = sourceTestsRoot.appendingPathComponent("Tests/WorkbooksTests/Fixtures/sheets.xls").path
        let book = try #require(try TableSource.workbook(Data(contentsOf: URL(fileURLWithPath: path)), file: path, limits: .standard))
        #expect(try TableSource.sheetIndex(nil, in: book, file: path) == 0)
        #expect(try TableSource.sheetIndex("2", in: book, file: path) == 1)
        #expect(try TableSource.sheetIndex(book.sheetNames[1], in: book, file: path) == 1)
        #expect(throws: DataError.self) { try TableSource.sheetIndex("nope", in: book, file: path) }
    }

    /// With no --sheet, the first table that holds data is read, with the unit and title the
    /// page sets above it, the year from the title, and the province as its cities' subtotal.
    @Test func cnkiPageSavedAsXls() throws {
        let path = try write(Data(HTMLTablesTests.cnkiPage.utf8), "cnki.xls")
        let file = try TableSource.load(path: path, registry: .empty)
        #expect(file.file.hasSuffix("cnki.xls[table 2]"))
        guard case .yearbook(let table) = file.content else { Issue.record("not a table"); return }
        #expect(table.sources == ["摘编自《中国城市统计年鉴2015》"])
        let observations = try file.dataset().observations
        #expect(observations.map(\.zone) == ["吉林省", "长春市"])
        #expect(observations.map(\.isSubtotal) == [true, false])
        #expect(observations.allSatisfy { $0.period == .year(2014) && $0.unit == "%" && $0.measure == .share })
    }

    @Test func aTextTableHasNoSheets() throws {
        let message = (try? TableSource.load(path: sourceTestsRoot.appendingPathComponent("Datasets/table64.tsv").path, sheet: "2")).map { _ in "" }
        #expect(message == nil)
    }
}

/// 表 64 as a yearbook database exports it: an HTML page (GBK) named .xls, the title in a <p>,
/// 名 称 spanning two header rows, the groups spanning two columns, the source line after.
func table64HTMLExport() throws -> Data {
    let text = try String(contentsOf: sourceTestsRoot.appendingPathComponent("Datasets/table64.tsv"), encoding: .utf8)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    func cell(_ s: String) -> String { s.isEmpty ? "<td>&nbsp;</td>" : "<td>\(s)</td>" }
    var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\"></head><body>\n<p>表 64</p>\n<p>开发区主要指标情况表</p>\n<table border=\"1\">\n"
    html += "<tr><td rowspan=\"2\">名 称</td><td rowspan=\"2\">项 目</td><td colspan=\"2\">合同利用外资(万美元)</td><td colspan=\"2\">实际利用外资(万美元)</td><td colspan=\"2\">自营出口(万元)</td></tr>\n"
    html += "<tr><td>实绩</td><td>增长(%)</td><td>实绩</td><td>增长(%)</td><td>实绩</td><td>增长(%)</td></tr>\n"
    for row in lines where row.count == 8 && !row[0].isEmpty && row[0] != "名 称" {
        html += "<tr>" + row.map(cell).joined() + "</tr>\n"
    }
    html += "</table>\n<p>(市商务局 提供)</p>\n</body></html>\n"
    return reencode(html, as: "GB18030")
}
