import Foundation
import TestSupport
import Testing
@testable import YearbookData

/// Layouts of statistics portals and vendors, each rebuilt by hand from what the real
/// downloads do: periods as rows, national tables of indicators, stacked EPS headers, tables
/// that name no indicator, and World Bank downloads.
@Suite struct PortalLayoutTests {
    /// 时间 | indicators with units; months newest first; a note and a source below.
    @Test func periodsAsRows() throws {
        let text = """
        数据库：月度数据,,
        时间：1990-2021,,
        时间,货币和准货币(M2)供应量期末值(亿元),货币和准货币(M2)供应量同比增长(%)
        2021年5月,2275538.07,8.3
        2021年4月,2262107.12,
        2020年12月,2186795.89,10.1
        注：货币供应量已包含住房公积金中心存款。,,
        数据来源：国家统计局,,
        """
        let file = try loadTable(text, name: "m2.csv")
        let table = try yearbookTable(text, name: "m2.csv")
        #expect(table.periodColumn == table.labelColumn)
        #expect(table.fixedZone == "全国")
        let observations = try file.dataset().observations
        #expect(observations.count == 6)
        let level = observations.first { $0.period == .month(2021, 5) && $0.measure == .level }
        #expect(level?.indicator == "货币和准货币(M2)供应量期末值" && level?.unit == "亿元" && level?.value?.text == "2275538.07")
        let growth = observations.first { $0.period == .month(2021, 4) && $0.measure == .growth }
        #expect(growth?.indicator == "货币和准货币(M2)供应量" && growth?.unit == "%" && growth?.value == nil)
        #expect(table.sources == ["数据来源：国家统计局"])
    }

    /// Dotted months written as numbers lose a trailing zero: 2016.1 after 2016.09 is October.
    /// An index (上年同月=100) is its own measure with its base as unit; no region is named.
    @Test func dottedMonthsAndIndexBase() throws {
        let text = """
        时间,出口总值（亿美元）,居民消费价格指数（上年同月=100）
        2016.01,1771.8571,101.8\u{20}
        2016.09,1844.9801,101.9\u{20}
        2016.1,1778.6703,102.1\u{20}
        2016.11,1935.4645,102.3\u{20}
        """
        let observations = try loadTable(text, name: "national.csv").dataset().observations
        #expect(Set(observations.map(\.period)) == [.month(2016, 1), .month(2016, 9), .month(2016, 10), .month(2016, 11)])
        #expect(Set(observations.map(\.zone)) == ["全国"])
        let cpi = observations.filter { $0.indicator == "居民消费价格指数" }
        #expect(cpi.allSatisfy { $0.measure == .index && $0.unit == "上年同月=100" })
        #expect(cpi.first { $0.period == .month(2016, 10) }?.value?.text == "102.1")
    }

    /// 指标 | 2019年 …: national indicators, one series each for the whole country, not the
    /// 数据库 line as a zone; a wage index (上年=100) reads as an index.
    @Test func nationalIndicatorsAsRows() throws {
        let text = """
        数据库：年度数据\t\t
        时间：最近3年\t\t
        指标\t2019年\t2018年
        城镇单位就业人员平均工资(元)\t90501\t82413
        城镇单位在岗职工平均工资(元)\t\t84744
        城镇单位就业人员平均货币工资指数(上年=100)\t109.8\t110.9
        数据来源：国家统计局\t\t
        """
        let observations = try loadTable(text, name: "wages.tsv").dataset().observations
        #expect(Set(observations.map(\.zone)) == ["全国"])
        #expect(observations.count == 6)
        #expect(observations.first { $0.indicator == "城镇单位在岗职工平均工资" && $0.period == .year(2019) }?.value == nil)
        let index = observations.filter { $0.indicator == "城镇单位就业人员平均货币工资指数" }
        #expect(index.map(\.measure) == [.index, .index] && index.first?.unit == "上年=100")
    }

    /// EPS/中经网: 指标, 地区, 频度 and 单位 rows stacked over each column; indicator parts
    /// joined by `_`; quarterly columns in a table of months take the quarter of their month.
    @Test func stackedEPSHeader() throws {
        let text = """
        指标\tGDP_累计\tGDP_当期\t工业增加值_当期同比实际增速\t工业增加值实际增长指数(上年同期＝100)_当期
        地区\t全国\t全国\t全国\t全国
        频度\t季\t季\t月\t季
        单位\t亿元\t亿元\t%\t-
        2010-05\t\t\t16.5\t
        2010-06\t186848.7\t99347.4\t13.7\t112.8
        2010-07\t\t\t13.4\t
        """
        let table = try yearbookTable(text, name: "eps.xls")
        #expect(table.headerLines == [1])
        #expect(table.columns.map(\.zone) == ["全国", "全国", "全国", "全国"])
        #expect(table.columns.map(\.indicator) == ["GDP / 累计", "GDP / 当期", "工业增加值 / 当期同比实际", "工业增加值实际增长指数 / 当期"])
        #expect(table.columns.map(\.measure) == [.level, .level, .growth, .index])
        #expect(table.columns.map { $0.unit?.symbol } == ["亿元", "亿元", "%", "上年同期=100"])
        let observations = try table.dataset().observations
        let gdp = observations.filter { $0.indicator == "GDP / 累计" }
        #expect(gdp.map(\.period) == [.quarter(2010, 2)] && gdp.first?.value?.text == "186848.7")
        #expect(observations.filter { $0.indicator == "工业增加值 / 当期同比实际" }.map(\.period) == [.month(2010, 5), .month(2010, 6), .month(2010, 7)])
    }

    /// Regions by period with no 指标 line: the indicator comes from the title, else the file
    /// name, and --indicator-name overrides both.
    @Test func indicatorFromTitleOrFileName() throws {
        let bare = """
        省份,2016.01,2016.02
        浙江,104.6419,107.2301
        广东,104.4435,108.4863
        """
        let named = try yearbookTable(bare, name: "data/各省食品类CPI.csv")
        #expect(named.columns.allSatisfy { $0.indicator == "各省食品类CPI" })
        #expect(named.indicatorOrigin == "the file name")
        let titled = try yearbookTable("各省食品类居民消费价格指数(上年同月=100)\n" + bare, name: "x.csv")
        #expect(titled.columns.allSatisfy { $0.indicator == "各省食品类居民消费价格指数" && $0.unit?.symbol == "上年同月=100" })
        #expect(titled.indicatorOrigin == "the title line")
        let file = try TableFile.parse(Data(bare.utf8), file: "x.csv", indicatorName: "食品类CPI")
        guard case .yearbook(let overridden) = file.content else { Issue.record("not a table"); return }
        #expect(overridden.columns.allSatisfy { $0.indicator == "食品类CPI" } && overridden.indicatorOrigin == "--indicator-name")
    }

    /// A dated series whose value column says only 数值 measures what its title or file name
    /// says, and its export reads back (it used to carry an empty indicator and could not).
    @Test func aValueColumnNamedOnlyValueTakesTheFileName() throws {
        let text = "时间,数值\n2020-01-01 00:00,1.5\n2020-01-01 01:00,2\n"
        let table = try yearbookTable(text, name: "vendor/逐时负荷.csv")
        #expect(table.columns.map(\.indicator) == ["逐时负荷"] && table.indicatorOrigin == "the file name")
        let exported = ExportFormat.csv.render(try TableFile.parse(Data(text.utf8), file: "逐时负荷.csv").dataset().observations)
        let again = try TableFile.parse(Data(exported.utf8), file: "again.csv").dataset()
        #expect(again.observations.map(\.indicator) == ["逐时负荷", "逐时负荷"])
        #expect(again.observations.map(\.period) == [.time(2020, 1, 1, 0), .time(2020, 1, 1, 3600)])
    }

    /// Years with stray marks, as numbers, and newest first.
    @Test func yearHeadersOfManyForms() throws {
        let table = try yearbookTable("地区,Y2024年,2023 年,2022年度,2021.0,1960 [YR1960]\n北京市,1,2,3,4,5\n上海市,6,7,8,9,10\n", name: "t.csv")
        #expect(table.columns.map(\.period) == [.year(2024), .year(2023), .year(2022), .year(2021), .year(1960)])
    }

    /// A World Bank download: Country Name, Country Code, Series Name, Series Code, years;
    /// `..` is missing; units and measures from the words; the footer is provenance.
    @Test func worldBankDownload() throws {
        let text = """
        \u{FEFF}Country Name,Country Code,Series Name,Series Code,2014 [YR2014],2015 [YR2015]
        United States,USA,"Population, total",SP.POP.TOTL,318386421,320742673
        United States,USA,Population growth (annual %),SP.POP.GROW,0.73,..
        United States,USA,"GNI, Atlas method (current US$)",NY.GNP.ATLS.CD,1.77E+13,..
        United States,USA,"Revenue, excluding grants (% of GDP)",GC.REV.XGRT.GD.ZS,17.3,..
        ,,,,,
        Data from database: World Development Indicators,,,,,
        Last Updated: 05/02/2016,,,,,
        """
        let file = try loadTable(text, name: "wb.csv")
        guard case .yearbook(let table) = file.content else { Issue.record("not a table"); return }
        #expect(table.sources == ["Data from database: World Development Indicators"])
        #expect(table.notes == ["Last Updated: 05/02/2016"])
        let observations = try file.dataset().observations
        #expect(observations.count == 8 && Set(observations.map(\.zone)) == ["United States"])
        let growth = observations.first { $0.indicator == "Population growth" && $0.period == .year(2015) }
        #expect(growth?.measure == .growth && growth?.unit == "annual %" && growth?.value == nil)
        #expect(observations.first { $0.indicator == "GNI, Atlas method" }?.unit == "current US$")
        #expect(observations.first { $0.indicator == "Revenue, excluding grants" }?.measure == .share)
    }

    /// Units printed in any parentheses, with a footnote mark after them; a numbering column
    /// and an indicator set one column to the left on each group's first row (an outline).
    @Test func outlineWithSerialNumbers() throws {
        let text = """
        \t\t\t\t2005\t2006
        1\t一般公共预算支出（亿元）i\t\t北京\t\t1649.5
        2\t\t一般公共预算支出（亿元）i\t天津\t\t674.33
        3\t财政支出（亿元）i\t\t北京\t1058.31\t1296.84
        4\t\t财政支出（亿元）i\t天津\t442.12\t543.12
        """
        let table = try yearbookTable(text, name: "budget.xls")
        #expect(table.labelColumn == 3)
        let observations = try table.dataset().observations
        #expect(Set(observations.map(\.indicator)) == ["一般公共预算支出", "财政支出"])
        #expect(Set(observations.map(\.unit)) == ["亿元"])
        #expect(observations.first { $0.zone == "天津" && $0.indicator == "财政支出" && $0.period == .year(2006) }?.value?.text == "543.12")
    }

    /// A BLS download: a Series Id block, then Year | Jan … | Annual: each cell the month of its
    /// row's year, one series named by the Series Title; the annual column a series of years.
    @Test func blsYearsByMonths() throws {
        let text = """
        Series Id:,CUUR0000SA0
        Series Title:,All items in U.S. city average
        Area:,U.S. city average
        Base Period:,1982-84=100

        Year,Jan,Feb,Mar,Annual
        2014,233.916,234.781,236.293,236.736
        2015,233.707,234.722,,237.017
        """
        let file = try loadTable(text, name: "cpi.csv")
        let observations = try file.dataset().observations
        let months = observations.filter { $0.indicator == "All items in U.S. city average" }
        #expect(months.map(\.period) == [.month(2014, 1), .month(2014, 2), .month(2014, 3), .month(2015, 1), .month(2015, 2), .month(2015, 3)])
        #expect(months.allSatisfy { $0.zone == "U.S. city average" && $0.unit == "1982-84=100" && $0.measure == .index })
        #expect(months.last?.value == nil)
        let annual = observations.filter { $0.indicator == "All items in U.S. city average / Annual" }
        #expect(annual.map(\.period) == [.year(2014), .year(2015)] && annual.first?.value?.text == "236.736")
    }
}
