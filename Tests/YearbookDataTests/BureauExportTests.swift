import Foundation
import TestSupport
import Testing
@testable import YearbookData

/// Statistics-bureau and international CSV exports, written the way the portals write them.
@Suite struct BureauExportTests {
    /// A national-bureau portal export of one indicator across regions, in GBK with CRLF.
    let regions = """
    数据库：分省年度数据\r
    指标：地区生产总值(亿元)\r
    时间：最近3年\r
    地区,2024年,2023年,2022年\r
    北京市,49843.1,43760.7,41610.9\r
    上海市,53926.71,47218.66,44652.8\r
    西藏自治区,,2392.67,2132.64\r
    注：1.地区生产总值按当年价格计算。\r
    　　2.2024年为初步核算数。\r
    数据来源：国家统计局\r
    """

    @Test func regionsByYearNewestFirst() throws {
        let file = try TableFile.parse(reencode(regions, as: "GB18030"), file: "gdp.csv")
        #expect(file.format == "CSV · GB18030")
        guard case .yearbook(let table) = file.content else { Issue.record("not a table"); return }
        #expect(table.metadata.map(\.key) == ["数据库", "指标", "时间"])
        #expect(table.columns.map { $0.period?.description } == ["2024", "2023", "2022"])
        #expect(table.columns.allSatisfy { $0.indicator == "地区生产总值" && $0.unit?.symbol == "亿元" })
        #expect(table.notes == ["注：1.地区生产总值按当年价格计算。2.2024年为初步核算数。"])
        #expect(table.sources == ["数据来源：国家统计局"])
        let observations = try file.dataset().observations
        #expect(observations.count == 9)
        #expect(observations.first { $0.zone == "西藏自治区" && $0.period == .year(2024) }?.value == nil)
        #expect(observations.first { $0.zone == "上海市" && $0.period == .year(2024) }?.value?.text == "53926.71")
    }

    /// The same portal's profile of one region: indicators as rows, each with its own unit.
    @Test func oneRegionWithIndicatorsAsRows() throws {
        let text = """
        数据库：分省年度数据
        地区：上海市
        时间：最近3年
        指标,2024年,2023年,2022年
        地区生产总值(亿元),53926.71,47218.66,44652.8
        常住人口(万人),2480.26,2487.45,2475.89
        "地区生产总值指数
        (上年=100)",105,105,99.4
        """
        let file = try TableFile.parse(Data(text.utf8), file: "sh.csv")
        guard case .yearbook(let table) = file.content else { Issue.record("not a table"); return }
        #expect(table.fixedZone == "上海市")
        let observations = try file.dataset().observations
        #expect(Set(observations.map(\.zone)) == ["上海市"])
        #expect(observations.filter { $0.indicator == "地区生产总值" }.map(\.unit) == ["亿元", "亿元", "亿元"])
        #expect(observations.filter { $0.indicator == "常住人口" }.map(\.unit) == ["万人", "万人", "万人"])
        #expect(observations.first { $0.indicator.hasPrefix("地区生产总值指数") }?.value?.text == "105")
        #expect(observations.count == 9)
    }

    @Test func emptyColumnsAtEitherEnd() throws {
        let text = ",数据库：年度数据,,\n,指标：地区生产总值(亿元),,\n,地区,2024年,2023年,\n,北京市,49843.1,43760.7,\n,上海市,53926.71,47218.66,\n"
        let file = try TableFile.parse(Data(text.utf8), file: "e.csv")
        let observations = try file.dataset().observations
        #expect(observations.map(\.zone) == ["北京市", "北京市", "上海市", "上海市"])
        #expect(observations.map(\.value?.text) == ["49843.1", "43760.7", "53926.71", "47218.66"])
        #expect(observations.first?.location?.column == 3)
        #expect(observations.allSatisfy { $0.indicator == "地区生产总值" && $0.unit == "亿元" })
    }

    /// An international bureau's export: BOM, preamble lines, trailing commas, "" for missing,
    /// aggregate rows among the countries.
    @Test func internationalExport() throws {
        let text = "\u{FEFF}\"Data Source\",\"World Development Indicators\",\n\n\"Last Updated Date\",\"2025-07-01\",\n\n"
            + "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2021\",\"2022\",\"2023\",\n"
            + "\"World\",\"WLD\",\"GDP growth (annual %)\",\"NY.GDP.MKTP.KD.ZG\",\"3.1\",\"3.0\",\"2.7\",\n"
            + "\"China\",\"CHN\",\"GDP growth (annual %)\",\"NY.GDP.MKTP.KD.ZG\",\"8.4\",\"3.0\",\"\",\n"
            + "\"Euro area\",\"EMU\",\"GDP growth (annual %)\",\"NY.GDP.MKTP.KD.ZG\",\"5.9\",\"3.5\",\"0.4\",\n"
        let file = try TableFile.parse(Data(text.utf8), file: "wdi.csv")
        #expect(file.format == "CSV · UTF-8 with BOM")
        guard case .yearbook(let table) = file.content else { Issue.record("not a table"); return }
        #expect(table.rows.map(\.label) == ["World", "China", "Euro area"])
        let observations = try file.dataset().observations
        #expect(observations.count == 9)
        #expect(observations.first { $0.zone == "China" && $0.period == .year(2023) }?.value == nil)
        #expect(Set(observations.map(\.indicator)) == ["GDP growth"])
        #expect(observations.allSatisfy { $0.measure == .growth && $0.unit == "annual %" })
        #expect(table.rows.map(\.isTotal) == [true, false, false])
        #expect(table.metadata.map(\.key) == ["Data Source", "Last Updated Date"])
    }

    @Test func aNoteSpreadOverCommasStaysOneNote() throws {
        let text = "指标：地区生产总值(亿元)\n地区,2024年\n北京市,1\n注：本表数据,按现价计算,不含港澳台\n"
        guard case .yearbook(let table) = try TableFile.parse(Data(text.utf8), file: "n.csv").content else { return }
        #expect(table.notes == ["注：本表数据,按现价计算,不含港澳台"])
    }

    @Test func mergedHeaderCellsSpanExactlyTheirColumns() throws {
        // As a workbook gives it: the group label only in its first cell, the span explicit.
        let grid = CellGrid(rows: [
            .init(line: 1, cells: ["表 64", "", "", ""]),
            .init(line: 2, cells: ["名 称", "合同利用外资(万美元)", "", "备注"]),
            .init(line: 3, cells: ["", "实绩", "增长(%)", ""]),
            .init(line: 4, cells: ["合 计", "102647", "-25.9", ""]),
        ], delimiter: .tab, spans: [
            CellSpan(firstLine: 1, lastLine: 1, firstColumn: 0, lastColumn: 3),
            CellSpan(firstLine: 2, lastLine: 2, firstColumn: 1, lastColumn: 2),
            CellSpan(firstLine: 2, lastLine: 3, firstColumn: 0, lastColumn: 0),
        ])
        let table = try YearbookTableReader().read(grid, file: "book.xlsx[表64]")
        #expect(table.title == ["表 64"])
        #expect(table.columns.map(\.name) == ["合同利用外资(万美元) / 实绩", "合同利用外资(万美元) / 增长(%)", "备注"])
    }
}
