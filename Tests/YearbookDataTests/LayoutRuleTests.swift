import TestSupport
import Testing
@testable import YearbookData

/// One test per yearbook-layout rule, each on a small table written the way yearbooks print.
@Suite struct LayoutRuleTests {
    @Test func unitLineAppliesToColumnsWithoutTheirOwn() throws {
        let table = try yearbookTable("""
        各区工业产值
        单位：亿元

        地区\t产值\t增长(%)\t企业数(家)
        甲区\t12.5\t3.1\t40
        """)
        #expect(table.title == ["各区工业产值"])
        #expect(table.tableUnit?.symbol == "亿元")
        #expect(table.columns.map { $0.unit?.symbol } == ["亿元", "%", "家"])
        #expect(table.columns.map(\.unitOrigin) == [.tableLine, .header, .header])
    }

    @Test func flatHeaderMeasureColumnBelongsToTheIndicatorOnItsLeft() throws {
        let table = try yearbookTable("名称,规上工业总产值(亿元),增长(%),占比(%)\n甲区,463,11.7,40.3\n", name: "t.csv")
        #expect(table.columns.map(\.indicator) == ["规上工业总产值", "规上工业总产值", "规上工业总产值"])
        #expect(table.columns.map(\.measure) == [.level, .growth, .share])
    }

    @Test func measureWordAtTheEndOfALabel() throws {
        let table = try yearbookTable("名称\t产值(亿元)\t产值增长(%)\t出口占比(%)\t综合考评排名(位)\n甲区\t1\t2\t3\t4\n")
        #expect(table.columns.map(\.indicator) == ["产值", "产值", "出口", "综合考评排名"])
        #expect(table.columns.map(\.measure) == [.level, .growth, .share, .rank])
    }

    @Test func yearHeadersUnderAGroupGiveEachColumnItsPeriod() throws {
        let table = try yearbookTable("""
        名 称\t综合考评排名(位)\t
        \t2018年度\t2019年度
        柯桥经济技术开发区\t11\t7
        """)
        #expect(table.columns.map { $0.period?.description } == ["2018", "2019"])
        #expect(table.columns.map(\.indicator) == ["综合考评排名", "综合考评排名"])
        #expect(table.columns.allSatisfy { $0.measure == .rank && $0.unit?.symbol == "位" && $0.unitOrigin == .group })
        let observations = try table.dataset().observations
        #expect(observations.map(\.value?.text) == ["11", "7"])
        #expect(try table.dataset(year: .year(2019)).observations.map(\.value?.text) == ["7"])
        #expect(thrownMessage { _ = try table.dataset(year: .year(2017)) } == "t.tsv: error: the table has no values for 2017; it has 2018, 2019")
    }

    @Test func yearColumnsTakeTheIndicatorFromTheTitle() throws {
        let table = try yearbookTable("各区工业产值(亿元)\n地区,2019,2020\n甲区,1,2\n乙区,3,—\n", name: "t.csv")
        #expect(table.columns.map { $0.period?.description } == ["2019", "2020"])
        let observations = try table.dataset().observations
        #expect(observations.allSatisfy { $0.indicator == "各区工业产值" && $0.unit == "亿元" && $0.measure == .level })
        #expect(observations.map(\.value?.text) == ["1", "2", "3", nil])
    }

    @Test func aYearColumnGivesEachRowItsPeriod() throws {
        let table = try yearbookTable("年份\t开发区\t工业总产值(亿元)\n1999\t诸暨经济开发区\t22.11\n2009\t诸暨经济开发区\t287.12\n")
        #expect(table.periodColumn == 0)
        #expect(table.labelColumn == 1)
        #expect(table.rows.map { $0.period?.description } == ["1999", "2009"])
        #expect(try table.dataset().observations.map(\.period.description) == ["1999", "2009"])
    }

    @Test func totalRowsWhateverTheirSpacing() throws {
        let table = try yearbookTable("名称\t值\n合\u{3000}计\t3\n甲\t1\n乙\t2\n总 计\t3\n")
        #expect(table.rows.map(\.isTotal) == [true, false, false, true])
        #expect(try table.dataset(year: .year(2020)).observations.first?.zone == "合计")
    }

    @Test func notesAndSourceLinesBelowTheTable() throws {
        let table = try yearbookTable("""
        名称\t值(万元)
        甲\t1
        乙\t—

        注：乙区数据暂缺。
        资料来源：绍兴年鉴2021
        (市商务局 提供)
        """)
        #expect(table.rows.map(\.label) == ["甲", "乙"])
        #expect(table.notes == ["注：乙区数据暂缺。"])
        #expect(table.sources == ["资料来源：绍兴年鉴2021", "(市商务局 提供)"])
    }

    @Test func aRowWithOnlyALabelIsAZoneWithEveryValueMissing() throws {
        let table = try yearbookTable("名称\t值(万元)\t增长(%)\n甲\t1\t2\n乙\t\t\n")
        #expect(table.rows.count == 2)
        #expect(table.cells(of: 1).allSatisfy { $0.isMissing })
    }

    @Test func fullWidthHeadersAndParentheses() throws {
        let table = try yearbookTable("名　称\t自营出口（万元）\t\n\t实绩\t增长（％）\n柯桥经济技术开发区（柯桥区滨海工业区）\t2241646\t2.7\n",
                                      registry: try shippedRegistry())
        #expect(table.columns.map { $0.unit?.symbol } == ["万元", "%"])
        #expect(table.rows[0].zone?.name == "柯桥经济技术开发区")
    }

    @Test func cellsPrintingTheColumnsUnitAreAccepted() throws {
        let table = try yearbookTable("名称\t产值(亿元)\t增长(%)\n甲\t463亿元\t11.7%\n")
        #expect(table.cells(of: 0).map { $0.value?.text } == ["463", "11.7"])
    }

    @Test func unitsFromCellsWhenTheHeaderHasNone() throws {
        let table = try yearbookTable("名称\t产值\n甲\t463亿元\n乙\t12万元\n")
        #expect(table.columns[0].unitOrigin == .cells)
        #expect(try table.dataset(year: .year(2020)).observations.map(\.unit) == ["亿元", "万元"])
    }

    @Test func threeHeaderRowsWithNestedGroups() throws {
        let table = try yearbookTable("""
        地区\t工业\t\t\t
        \t总产值(亿元)\t\t增加值(亿元)\t
        \t实绩\t增长(%)\t实绩\t增长(%)
        甲\t1\t2\t3\t4
        """)
        #expect(table.columns.map(\.indicator) == ["工业 / 总产值", "工业 / 总产值", "工业 / 增加值", "工业 / 增加值"])
        #expect(table.columns.map(\.measure) == [.level, .growth, .level, .growth])
        #expect(table.columns.map { $0.unit?.symbol } == ["亿元", "%", "亿元", "%"])
    }
}
