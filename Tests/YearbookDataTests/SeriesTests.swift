import Testing
@testable import YearbookData

@Suite struct SeriesTests {
    func timeline() throws -> Dataset {
        try loadTable("""
        zone,indicator,measure,unit,year,value,flag,note
        诸暨经济开发区,工业总产值,level,亿元,1999,22.11,,
        诸暨经济开发区,工业总产值,level,亿元,2009,287.12,,
        诸暨经济开发区,工业总产值,level,亿元,2020,463,,
        诸暨经济开发区,工业总产值,level,亿元,2021,1042.8,break,两区合一
        诸暨经济开发区,工业总产值,level,亿元,2025,,target,
        """, name: "l.csv").dataset()
    }

    @Test func seriesKeepBreaksAndTargets() throws {
        let series = try #require(try timeline().series().first)
        #expect(series.points.map(\.period.description) == ["1999", "2009", "2020", "2021", "2025"])
        #expect(series.breaks == [.year(2021)])
        #expect(series.points.last?.flag == .target)
        #expect(series.points.last?.value == nil)
    }

    @Test func noGrowthAcrossABreak() throws {
        let series = try #require(try timeline().series().first)
        #expect(series.growth(at: .year(2021)) == nil)
        #expect(series.cagr(from: .year(2009), to: .year(2021)) == nil)
    }

    @Test func compoundAnnualGrowth() throws {
        let series = try #require(try timeline().series().first)
        let cagr = try #require(series.cagr(from: .year(1999), to: .year(2009)))
        // (287.12 / 22.11)^(1/10) − 1 = 29.23% a year.
        #expect(abs(cagr - 29.2253) < 0.0001)
    }

    @Test func yearOnYearGrowthMatchesThePrintedRate() throws {
        // 诸暨: 463 亿元, +11.7% (the yearbook); the 2019 level it implies gives the same rate back.
        let dataset = try loadTable("zone,indicator,measure,unit,year,value\n诸暨,产值,level,亿元,2019,414.5\n诸暨,产值,level,亿元,2020,463\n", name: "l.csv").dataset()
        let growth = try #require(dataset.series().first?.growth(at: .year(2020)))
        #expect((growth * 10).rounded() / 10 == 11.7)
    }

    @Test func sharesOfTheTotalRow() throws {
        let file = try TableFile.load(path: datasetPath("table64.tsv"), registry: try shippedRegistry())
        let shares = try file.dataset(year: .year(2020)).shares(of: "自营出口", in: .year(2020))
        #expect(shares.count == 9)
        let binhai = try #require(shares.first { $0.zone == "滨海新区" }?.share)
        #expect(abs(binhai - 5667350.0 / 15354504 * 100) < 1e-9)
        #expect(abs(shares.compactMap(\.share).reduce(0, +) - 100) < 1e-9)
    }

    @Test func ranksShareAPlaceWhenTied() throws {
        let file = try TableFile.load(path: datasetPath("table64.tsv"), registry: try shippedRegistry())
        let ranks = try file.dataset(year: .year(2020)).ranks(of: "实际利用外资", in: .year(2020))
        let byZone = Dictionary(uniqueKeysWithValues: ranks.map { ($0.zone, $0.rank) })
        #expect(byZone["杭州湾上虞经济技术开发区"] == 1)
        #expect(byZone["滨海新区"] == 2)
        #expect(byZone["诸暨珍珠产业园区"] == 8)
        #expect(byZone["新昌经济开发区"] == 8)
        #expect(ranks.count == 9)
    }

    @Test func rankChangeAsTheYearbookPrintsIt() throws {
        // 杭州湾上虞: "由上年度的第92位上升至第60位，晋级32位".
        let table = try yearbookTable("名称\t排名(位)\t\n\t2019年度\t2020年度\n杭州湾上虞经济技术开发区\t92\t60\n")
        let series = try #require(try table.dataset().series().first)
        let before = try #require(series.actual(at: .year(2019))?.number)
        let after = try #require(series.actual(at: .year(2020))?.number)
        #expect(Int(before - after) == 32)
    }

    @Test func unitConversionOnlyWithinADimension() throws {
        let file = try TableFile.load(path: datasetPath("table64.tsv"), registry: try shippedRegistry())
        let series = try file.dataset(year: .year(2020)).series()
        let exports = try #require(series.first { $0.zone == "诸暨经济开发区" && $0.indicator == "自营出口" && $0.measure == .level })
        let inYi = try exports.converted(to: Unit("亿元"))
        #expect(inYi.points.first?.value?.text == "204.6179")
        let fdi = try #require(series.first { $0.zone == "诸暨经济开发区" && $0.indicator == "合同利用外资" && $0.measure == .level })
        #expect(throws: DataError.self) { try fdi.converted(to: Unit("万元")) }
    }
}
