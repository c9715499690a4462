import Testing
@testable import YearbookData

@Suite struct ConsistencyCheckTests {
    func findings(_ text: String, name: String = "t.tsv", year: Period? = .year(2020)) throws -> ConsistencyReport {
        let file = try loadTable(text, name: name)
        return ConsistencyCheck.run(file, dataset: try file.dataset(year: year))
    }

    @Test func aTotalThatIsNotTheSumOfItsZones() throws {
        let report = try findings("名称\t出口(万元)\n合 计\t100\n甲\t40\n乙\t50\n")
        #expect(report.findings.map(\.description) == ["t.tsv:2:2: warning: 合计 «出口(万元)» is 100 but its 2 zones sum to 90 (cell B2)"])
    }

    @Test func roundingInPrintedFiguresIsAllowed() throws {
        let report = try findings("名称\t产值(亿元)\n合计\t3.0\n甲\t1.01\n乙\t0.99\n丙\t1.01\n")
        #expect(report.findings.isEmpty)
    }

    @Test func aTotalWithAMissingZoneIsNotChecked() throws {
        let report = try findings("名称\t出口(万元)\n合计\t100\n甲\t40\n乙\t—\n")
        #expect(report.findings.isEmpty)
        #expect(report.passed == ["合计 «出口(万元)»: not checked, 1 of 2 zones missing"])
    }

    @Test func printedGrowthAgainstTheTwoLevels() throws {
        // 诸暨: 463 亿元 in 2020 at +11.7% implies about 414.5 in 2019.
        let agrees = try findings("名称\t产值(亿元)\t\t增长(%)\n\t2019\t2020\t2020\n诸暨\t414.5\t463\t11.7\n", year: nil)
        #expect(agrees.findings.isEmpty)
        #expect(agrees.passed == ["诸暨 «产值» 2020: growth 11.7% agrees with levels 414.5 → 463"])
        let disagrees = try findings("名称\t产值(亿元)\t\t增长(%)\n\t2019\t2020\t2020\n诸暨\t414.5\t463\t17.1\n", year: nil)
        #expect(disagrees.findings.map(\.message) == ["诸暨 «产值» 2020: printed growth 17.1% but 2019 → 2020 levels 414.5 → 463 give 11.7%"])
    }

    @Test func aLevelOfZeroMustReadMinusHundred() throws {
        let report = try findings("名称\t外资(万美元)\t\n\t实绩\t增长(%)\n甲\t0\t-100.0\n乙\t0\t12.0\n丙\t5\t-100\n")
        #expect(report.findings.map(\.message) == [
            "乙 «外资» 2020: the level is 0 but the growth is 12.0%; a fall to 0 is −100%",
            "丙 «外资» 2020: the growth is −100% but the level is 5, not 0",
        ])
    }

    @Test func aColumnMixingUnits() throws {
        let report = try findings("名称\t产值\n甲\t463亿元\n乙\t120万元\n丙\t5亿元\n")
        #expect(report.findings.map(\.message) == ["column «产值» mixes units: 亿元 (lines 2, 4); 万元 (lines 3)"])
    }

    @Test func aLongFormSeriesMixingUnits() throws {
        let text = "zone,indicator,measure,unit,year,value\n甲,产值,level,亿元,2019,4\n甲,产值,level,万元,2020,50000\n"
        let report = try findings(text, name: "l.csv", year: nil)
        #expect(report.findings.map(\.message) == ["甲 «产值» (level) mixes units 万元, 亿元"])
    }
}
