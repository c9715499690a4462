import Foundation
import TestSupport
import Testing
@testable import YearbookData

/// What surrounds the numbers on a yearbook page: totals and groups among the rows, a year in
/// the title, footers, a second table, stray cells, a header cut short.
@Suite struct PageLayoutTests {
    /// Cities indented under their province (U+00A0, spaces or U+3000) make the province a
    /// subtotal; indented rows at the top belong to a group whose row is on an earlier page.
    @Test func indentationMakesSubtotals() throws {
        let text = """
        中国2014年地级以上城市年末单位从业人员
        城市\t从业人员(万人)
        \u{00A0}\u{00A0}阜新市\t10
        吉林省\t30
        \u{3000}长春市\t20
        \u{3000}吉林市\t10
        全国\t100
        """
        let file = try loadTable(text)
        guard case .yearbook(let table) = file.content else { Issue.record("not a table"); return }
        #expect(table.rows.map(\.isSubtotal) == [false, true, false, false, false])
        #expect(table.rows.map(\.parent) == [nil, nil, "吉林省", "吉林省", nil])
        #expect(table.rows.last?.isTotal == true)
        #expect(table.titlePeriod == .year(2014))
        #expect(table.warnings.map(\.message) == ["rows on lines 3–3 are indented under a group whose own row is not in this table (the page lists only part of that group); they are read as ordinary rows"])
        let observations = try file.dataset().observations
        #expect(observations.allSatisfy { $0.period == .year(2014) })
        #expect(observations.first { $0.zone == "吉林省" }?.isSubtotal == true)
        #expect(try file.dataset().ranks(of: "从业人员", in: .year(2014)).map(\.zone) == ["阜新市", "长春市", "吉林市"])
        let report = ConsistencyCheck.run(file, dataset: try file.dataset())
        #expect(report.passed.contains("吉林省 «从业人员(万人)» = sum of its 2 rows under it (30)"))
        #expect(report.findings.contains { $0.message.hasPrefix("全国 «从业人员(万人)» is 100 but its 2 zones sum to 40") })
    }

    /// Without indentation, a province among cities sums a group: a subtotal, not a city.
    @Test func provinceAmongCitiesIsSubtotal() throws {
        let text = "城市,比重_全市,比重_市辖区\n安徽省,0.87,0.42\n安康市,0.38,0.11\n安庆市,4.51,5.53\n遵义市,0.32,NA\n"
        let table = try yearbookTable(text, name: "cities.csv")
        #expect(table.rows.map(\.isSubtotal) == [true, false, false, false])
        #expect(table.columns.map(\.headerPath) == [["比重", "全市"], ["比重", "市辖区"]])
        #expect(table.cells.last?.isMissing == true)
    }

    /// A year in the title is the table's; a --year that contradicts it is an error; a table
    /// with no year anywhere loads with none and says so.
    @Test func yearFromTitleAndContradiction() throws {
        let titled = try yearbookTable("中国2014年主要城市指标\n城市,人口(万人)\n长春市,20\n吉林市,10\n", name: "t.csv")
        #expect(try titled.dataset().observations.map(\.period) == [.year(2014), .year(2014)])
        #expect(thrownMessage { try titled.dataset(year: .year(2015)) } == "t.csv:1: error: --year 2015 contradicts the table's title, which says 2014")
        let bareFile = try loadTable("城市,人口(万人)\n长春市,20\n吉林市,10\n", name: "t.csv")
        guard case .yearbook(let bare) = bareFile.content else { Issue.record("not a table"); return }
        #expect(try bare.dataset().observations.map(\.period) == [.unspecified, .unspecified])
        let report = ConsistencyCheck.run(bareFile, dataset: try bare.dataset())
        #expect(report.findings.first?.message.hasPrefix("the table prints no year") == true)
        #expect(ConsistencyCheck.run(bareFile, dataset: try bare.dataset(year: .year(2020))).findings.isEmpty)
        #expect(try bare.dataset(year: .year(2020)).observations.map(\.period) == [.year(2020), .year(2020)])
    }

    /// A footer merged across the sheet (摘编自…), a second table below the source line, and
    /// stray working cells under the table are not data; the reader says what it left out.
    @Test func footersSecondTablesAndStrayCells() throws {
        let text = """
        指标\t2020年4月\t2020年3月
        汽车制造业出口交货值当期值(亿元)\t272.1\t306.0
        汽车制造业出口交货值同比增长(%)\t-6.2\t7.9
        数据来源：国家统计局\t\t
        \t\t
        指标\t汽车制造业出口交货值当期值(亿元)\t汽车制造业出口交货值同比增长(%)
        2018年10月\t310.8\t8.2
        """
        let table = try yearbookTable(text)
        #expect(table.rows.count == 2 && table.sources == ["数据来源：国家统计局"])
        #expect(table.warnings.map(\.message) == ["another table starts here; only the first table of the sheet is read"])
        #expect(table.warnings.first?.location.line == 6)

        let stray = try yearbookTable("地区,2020年\n北京市,1\n上海市,2\n,386165.3\n,73638\n", name: "t.csv")
        #expect(stray.rows.count == 2)
        #expect(stray.warnings.first?.message == "2 rows with values but no label below the table (lines 4–5) are not read")

        let cut = try yearbookTable("指标\t2020年4月\t2020年3月\n工业增加值同比增长(%)\t3.9\t-1.1\t6.9\t6.2\n工业增加值累计增长(%)\t-4.9\t-8.4\n煤炭开采和洗选业增加值同比增长(%)\t3.7\t9.1\n")
        #expect(cut.columns.count == 2)
        #expect(cut.warnings.first?.message == "columns D–E hold values but the header stops at column C; those values are not read")

        let abridged = try yearbookTable("城市,比重(%)\n长春市,1.5\n吉林市,2.5\n\n摘编自《中国城市统计年鉴2015》\n", name: "t.csv")
        #expect(abridged.sources == ["摘编自《中国城市统计年鉴2015》"])
    }

    /// A key/value block above a BLS table is preamble: the series title names the
    /// indicator, the area the region, the base period the index's unit.
    @Test func keyValueMetadataBlock() throws {
        let text = """
        Series Id:,CUUR0000SA0
        Series Title:,All items in U.S. city average
        Area:,U.S. city average
        Base Period:,1982-84=100

        Item,2014,2015
        All items,236.736,237.017
        """
        let table = try yearbookTable(text, name: "cpi.csv")
        #expect(table.metadata.map(\.key) == ["Series Id", "Series Title", "Area", "Base Period"])
        #expect(table.tableUnit?.symbol == "1982-84=100")
    }

    /// A table whose every value is missing loads, with a warning rather than a quiet nothing.
    @Test func allMissingIsWarned() throws {
        let table = try yearbookTable("地区,2020年,2019年\n北京市,,\n上海市,—,…\n", name: "t.csv")
        #expect(table.warnings.contains { $0.message == "the table has 2 rows and 2 value columns but every value is missing" })
    }
}
