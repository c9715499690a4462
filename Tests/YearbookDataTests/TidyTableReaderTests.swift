import TestSupport
import Testing
@testable import YearbookData

@Suite struct TidyTableReaderTests {
    @Test func commentLinesAboveTheHeaderAreProvenance() throws {
        let file = try loadTable("""
        # 资料来源：绍兴年鉴2021 · 开发区 · 综述
        # 合计为省级以上开发区
        zone,indicator,measure,unit,year,value,flag,note
        合计,规上工业总产值,level,亿元,2020,5751.8,,
        诸暨经济开发区,工业总产值,level,亿元,2021,1042.8,break,两区合一
        """, name: "l.csv")
        let dataset = try file.dataset()
        #expect(dataset.sources == ["资料来源：绍兴年鉴2021 · 开发区 · 综述"])
        #expect(dataset.notes == ["合计为省级以上开发区"])
        #expect(dataset.observations.map(\.value?.text) == ["5751.8", "1042.8"])
        #expect(dataset.observations[0].isTotal)
        #expect(dataset.observations[1].flag == .break)
        #expect(dataset.observations[1].note == "两区合一")
        #expect(dataset.observations[1].location == SourceLocation(file: "l.csv", line: 5, column: 6))
    }

    @Test func anUnknownFlagIsAnError() {
        let message = thrownMessage { _ = try loadTable("zone,indicator,measure,unit,year,value,flag\n甲,产值,level,亿元,2020,1,plan\n", name: "l.csv") }
        #expect(message == "l.csv:2:7: error: flag \"plan\" is not valid; expected empty or one of break, target, estimate (cell G2)")
    }
}
