import Foundation
import ChartScene
import TestSupport
import Testing
@testable import ChartLayout
@testable import YearbookData

@Suite struct LineChartTests {
    @Test func aBreakSplitsTheLineAndIsMarked() throws {
        let scene = try chart("zhuji-timeline.csv") { $0.indicators = ["工业总产值"] }
        let lines = scene.paths("line")
        #expect(lines.count == 2)
        #expect(lines.map { $0.elements.count } == [3, 1])
        let rule = try #require(scene.paths("break-rule").first)
        let markers = scene.paths("marker").map(\.bounds.center.x)
        #expect(markers.count == 4)
        #expect(rule.bounds.minX > markers[2] && rule.bounds.minX < markers[3])
        #expect(scene.texts("break-label").map(\.text) == ["2021年起口径变化"])
        #expect(scene.texts("title").first?.text == "诸暨经济开发区工业总产值（1999—2021年）")
        #expect(scene.texts("source").first?.text.hasPrefix("资料来源：《诸暨开发区") == true)
        #expect(scene.description.contains("2021年起统计口径变化，前后不可直接比较"))
        expectLegible(scene)
    }

    @Test func theYearAxisIsTrueToTime() throws {
        let scene = try chart("zhuji-timeline.csv") { $0.indicators = ["工业总产值"] }
        let x = scene.paths("marker").map(\.bounds.center.x)
        // 1999, 2009, 2020, 2021: gaps of 10, 11 and 1 years.
        let perYear = (x[1] - x[0]) / 10
        #expect(abs((x[2] - x[1]) - 11 * perYear) < 1e-6)
        #expect(abs((x[3] - x[2]) - perYear) < 1e-6)
    }

    @Test func targetsAreHollowOnADashedLine() throws {
        let scene = try chart("zhuji-smart-vision.csv") { _ in }
        let targets = scene.paths("target-marker")
        #expect(targets.count == 3)
        #expect(targets.allSatisfy { $0.fill == Theme.report.background && $0.stroke != nil })
        #expect(scene.paths("marker").count == 1)
        let dashed = try #require(scene.paths("target-line").first)
        #expect(dashed.stroke?.dash.isEmpty == false)
        #expect(Set(scene.texts("value-label").map(\.text)) == ["124.8", "预计 100", "目标 500", "目标 1,000"])
        #expect(scene.texts("legend-label").map(\.text) == ["实际", "目标或预计"])
        #expect(scene.description.contains("目标为2025年500亿元、2030年1,000亿元"))
        expectLegible(scene)
    }

    @Test func logScaleSpacesDecadesEqually() throws {
        let scene = try chart("zhuji-timeline.csv") { $0.indicators = ["工业总产值"]; $0.logScale = true }
        let ys = Dictionary(uniqueKeysWithValues: scene.texts("tick-label").compactMap { t in t.datum.flatMap(Double.init).map { ($0, t.box.center.y) } })
        let y20 = try #require(ys[20]), y200 = try #require(ys[200]), y100 = try #require(ys[100]), y1000 = try #require(ys[1000])
        #expect(abs((y20 - y200) - (y100 - y1000)) < 1e-6)
        expectLegible(scene)
    }

    @Test func logScaleRefusesZero() throws {
        let dataset = try TableFile.parse(Data("zone,indicator,measure,unit,year,value\n甲,产值,level,亿元,2019,0\n甲,产值,level,亿元,2020,5\n".utf8), file: "l.csv").dataset()
        var d = ChartDescription()
        d.logScale = true
        #expect(throws: ChartError("a log scale needs values above zero, but 甲 «产值» is 0.0; drop --log or the zone")) {
            try Chart.layout(d, dataset: dataset, registry: .empty, measurer: FixedTextMeasurer())
        }
    }

    /// An English chart of one place's indicators names the place apart from what it shows,
    /// in the title and in the alt text (a World Bank download of one country).
    @Test func anEnglishPlaceIsSetApartFromItsIndicators() throws {
        let csv = "zone,indicator,measure,unit,year,value\n" + ["Population", "Exports", "Imports"].flatMap { i in
            (2018...2020).map { "United States,\(i),level,,\($0),\($0 - 2000)" }
        }.joined(separator: "\n") + "\n"
        let dataset = try TableFile.parse(Data(csv.utf8), file: "wdi.csv").dataset()
        var d = ChartDescription()
        d.kind = .line
        d.language = .en
        let scene = try Chart.layout(d, dataset: dataset, registry: .empty, measurer: FixedTextMeasurer())
        #expect(scene.texts("title").first?.text == "United States indicators, 2018–2020")
        d.indicators = ["Exports"]
        let one = try Chart.layout(d, dataset: dataset, registry: .empty, measurer: FixedTextMeasurer())
        #expect(one.texts("title").first?.text == "United States Exports, 2018–2020")
        #expect(one.description.contains("United States Exports went from 18"))
    }

    /// With no indicator named, one region's lines are its indicators in the first one's unit.
    @Test func seriesInDifferentUnitsDrawTheFirstUnit() throws {
        let scene = try chart("zhuji-timeline.csv") { $0.kind = .line }
        #expect(Set(scene.paths("line").compactMap(\.datum)) == ["诸暨经济开发区|规划面积"])
        #expect(scene.texts("subtitle").map(\.text) == ["单位：平方公里"])
    }

    /// Named indicators in different units cannot share an axis.
    @Test func namedSeriesInDifferentUnitsAreRefused() throws {
        #expect(throws: ChartError.self) { try chart("zhuji-timeline.csv") { $0.kind = .line; $0.indicators = ["规划面积", "工业总产值"] } }
    }

    /// A line chart's data is its series' observations in time order, however they came: in
    /// order, shuffled, with a period of another granularity among them (not drawn, still the
    /// series'), and one of two zones.
    @Test func aLinesDataIsItsObservationsInTimeOrder() throws {
        func observation(_ zone: String, _ period: Period, _ n: Int) -> Observation {
            Observation(zone: zone, indicator: "产值", measure: .level, unit: "亿元", period: period, value: Value(number: Double(n), text: "\(n)"))
        }
        let months = (1...12).map { observation("甲区", .month(2020, $0), $0) }
        var shuffled = months
        shuffled.swapAt(2, 9)
        shuffled.swapAt(0, 5)
        let mixed = months + [observation("甲区", .year(2019), 99)]
        let twoZones = months + months.map { observation("乙区", $0.period, $0.value!.text.count * 100) }
        for (name, observations, zone) in [("in order", months, "甲区"), ("shuffled", shuffled, "甲区"), ("mixed", mixed, "甲区"), ("two zones", twoZones, "乙区")] {
            var description = ChartDescription()
            description.kind = .line
            if name == "two zones" { description.zones = [zone] }
            let drawn = try Chart.draw(description, dataset: Dataset(file: "t.tsv", observations: Observations(observations)), registry: .empty,
                                       measurer: FixedTextMeasurer())
            let expected = observations.filter { $0.zone == zone }.sorted { $0.period < $1.period }
            #expect(Array(drawn.data) == expected, "\(name)")
        }
    }
}
