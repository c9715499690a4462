import ChartScene
import Foundation
import TestSupport
import Testing
@testable import ChartLayout
@testable import YearbookData

@Suite struct RankChartTests {
    @Test func slopeRisersAndFallersRankOneOnTop() throws {
        let scene = try chart("rankings-provincial.tsv") { _ in }
        let slopes = scene.paths("slope")
        #expect(slopes.count == 6)
        let theme = Theme.report
        let keqiao = try #require(slopes.first { $0.datum == "柯桥经济技术开发区|11→7" })
        let zhuji = try #require(slopes.first { $0.datum == "诸暨经济开发区|15→23" })
        #expect(keqiao.stroke?.color == theme.positive)
        #expect(zhuji.stroke?.color == theme.negative)
        guard case .line(let end) = keqiao.elements[1], case .move(let start) = keqiao.elements[0] else {
            Issue.record("a slope is a two-point line")
            return
        }
        #expect(end.y < start.y)
        #expect(scene.texts("period-label").map(\.text) == ["2018年", "2019年"])
        expectLegible(scene)
    }

    @Test func tiedPlacesShareOneLabel() throws {
        let scene = try chart("rankings-provincial.tsv") { _ in }
        let left = scene.texts("rank-label").map(\.text)
        #expect(left.contains("杭州湾上虞经济技术开发区、嵊州经济开发区  12"))
        #expect(left.contains("袍江经济技术开发区、诸暨经济开发区  15"))
        #expect(left.contains("23  诸暨经济开发区"))
        #expect(scene.description.hasPrefix("2018至2019，6个开发区中4个位次上升、2个下降："))
        #expect(scene.description.contains("诸暨经济开发区由第15位退至第23位"))
    }

    @Test func bumpFollowsRanksOverSeveralPeriods() throws {
        let text = """
        zone,indicator,measure,unit,year,value
        甲,排名,rank,位,2018,1
        乙,排名,rank,位,2018,2
        丙,排名,rank,位,2018,3
        甲,排名,rank,位,2019,2
        乙,排名,rank,位,2019,1
        丙,排名,rank,位,2019,3
        甲,排名,rank,位,2020,3
        乙,排名,rank,位,2020,1
        丙,排名,rank,位,2020,2
        """
        let dataset = try TableFile.parse(Data(text.utf8), file: "b.csv").dataset()
        var d = ChartDescription()
        let scene = try Chart.layout(d, dataset: dataset, registry: .empty, measurer: FixedTextMeasurer())
        #expect(scene.paths("slope").count == 3)
        #expect(scene.paths("slope").allSatisfy { $0.elements.count == 3 })
        #expect(scene.texts("period-label").count == 3)
        d.kind = .slope
        #expect(throws: ChartError.self) { try Chart.layout(d, dataset: dataset, registry: .empty, measurer: FixedTextMeasurer()) }
        expectLegible(scene)
    }
}

@Suite struct DotAndStackedChartTests {
    @Test func dotPanelsShareOneScale() throws {
        let scene = try chart("table64.tsv", year: 2020) { $0.kind = .dots }
        #expect(scene.texts("panel-title").map(\.text) == ["合同利用外资", "实际利用外资", "自营出口"])
        #expect(scene.paths("dot").count == 24)
        #expect(scene.texts("missing-label").count == 3)
        #expect(scene.paths("total-line").count == 3)
        // The same value sits at the same offset from each panel's zero line.
        let zeros = scene.paths("zero-line").map(\.bounds.minX)
        let hundredDown = scene.paths("dot").filter { $0.datum!.hasSuffix("|-100.0") }
        let offsets = hundredDown.map { dot in zeros.filter { $0 >= dot.bounds.center.x }.min()! - dot.bounds.center.x }
        #expect(hundredDown.count == 3)
        #expect(Set(hundredDown.map { $0.datum!.split(separator: "|")[1] }) == ["合同利用外资", "实际利用外资"])
        #expect(Set(offsets.map { ($0 * 1000).rounded() }).count == 1)
        expectLegible(scene)
    }

    @Test func stackedSharesFillTheWholeBar() throws {
        let scene = try chart("table64.tsv", year: 2020) { $0.kind = .stacked; $0.measure = .level }
        let segments = scene.paths("segment")
        for indicator in ["合同利用外资", "实际利用外资", "自营出口"] {
            let widths = segments.filter { $0.datum!.split(separator: "|")[1] == indicator }.map(\.bounds.width)
            let total = segments.filter { $0.datum!.split(separator: "|")[1] == indicator }.map(\.bounds.maxX).max()! -
                segments.filter { $0.datum!.split(separator: "|")[1] == indicator }.map(\.bounds.minX).min()!
            #expect(abs(widths.reduce(0, +) - total) < 1e-6)
        }
        let binhai = try #require(scene.texts("value-label").first { $0.datum == "滨海新区" && $0.text == "36.9%" })
        #expect(binhai.color == Color(red: 1, green: 1, blue: 1))
        #expect(scene.texts("legend-label").count == 9)
        expectLegible(scene)
    }
}
