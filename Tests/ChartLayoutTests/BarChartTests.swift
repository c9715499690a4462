import ChartScene
import Testing
@testable import ChartLayout
@testable import YearbookData

@Suite struct BarChartTests {
    @Test func outputBarsAreSortedProportionalAndLabelled() throws {
        let scene = try chart("zone-profiles-2020.tsv", year: 2020) {
            $0.kind = .bar
            $0.indicators = ["规上工业总产值"]
            $0.measure = .level
        }
        let bars = scene.paths("bar")
        #expect(bars.count == 6)
        #expect(bars.map { $0.datum!.split(separator: "|")[0] } == ["柯桥经济技术开发区", "杭州湾上虞经济技术开发区", "诸暨经济开发区", "嵊州经济开发区", "新昌高新技术产业园区", "新昌经济开发区"])
        let values = [1590.05, 1127, 463, 308.9, 308.04, 116.77]
        let ratios = zip(bars, values).map { $0.bounds.width / $1 }
        #expect(ratios.allSatisfy { abs($0 - ratios[0]) < 1e-9 })
        #expect(bars.map(\.bounds.minY) == bars.map(\.bounds.minY).sorted())
        #expect(scene.texts("value-label").map(\.text) == ["1,590.05", "1,127", "463", "308.9", "308.04", "116.77"])
        #expect(scene.texts("missing-label").map(\.datum) == ["滨海新区|规上工业总产值"])
        #expect(scene.texts("title").map(\.text) == ["2020年各开发区规上工业总产值"])
        #expect(scene.texts("subtitle").map(\.text) == ["单位：亿元"])
        #expect(scene.texts("source").map(\.text) == ["资料来源：绍兴年鉴2021 · 开发区"])
        expectLegible(scene)
    }

    @Test func ticksAreNiceMultiplesAndCoverTheData() throws {
        let scene = try chart("zone-profiles-2020.tsv", year: 2020) { $0.indicators = ["规上工业总产值"]; $0.measure = .level }
        let ticks = scene.texts("tick-label").compactMap { $0.datum.flatMap(Double.init) }
        #expect(ticks.first == 0)
        #expect(ticks.last! >= 1590.05)
        let step = ticks[1] - ticks[0]
        #expect([100, 200, 250, 400, 500].contains(step))
        #expect(zip(ticks, ticks.dropFirst()).allSatisfy { abs(($1 - $0) - step) < 1e-9 })
    }

    @Test func largeAmountsAreScaledToYi() throws {
        let scene = try chart("table64.tsv", year: 2020) { $0.indicators = ["自营出口"]; $0.measure = .level }
        #expect(scene.texts("subtitle").map(\.text) == ["单位：亿元"])
        #expect(scene.texts("value-label").first?.text == "566.7")
        #expect(scene.texts("zone-label").contains { $0.text == "柯桥经济技术开发区" })
        #expect(!scene.paths("bar").contains { $0.datum!.hasPrefix("合计") })
        #expect(scene.description == "2020年自营出口最高的是滨海新区，566.7亿元；最低的是诸暨珍珠产业园区，5.3亿元。")
        expectLegible(scene)
    }

    @Test func totalRowOnlyWhenAskedFor() throws {
        let scene = try chart("table64.tsv", year: 2020) { $0.indicators = ["自营出口"]; $0.measure = .level; $0.includeTotal = true }
        #expect(scene.paths("bar").count == 10)
        #expect(scene.paths("bar").first?.datum?.hasPrefix("合计") == true)
    }

    @Test func divergingGrowthMissingIsADashAndZeroIsAZero() throws {
        let scene = try chart("table64.tsv", year: 2020) { $0.kind = .diverging; $0.indicators = ["实际利用外资"] }
        let bars = scene.paths("bar")
        #expect(bars.count == 7)
        #expect(scene.texts("missing-label").map(\.text) == ["—", "—"])
        #expect(Set(scene.texts("missing-label").compactMap(\.datum)) == ["新昌高新技术产业园区|实际利用外资", "新昌经济开发区|实际利用外资"])
        let theme = Theme.report
        for bar in bars {
            let value = Double(bar.datum!.split(separator: "|")[2])!
            #expect(bar.fill == (value < 0 ? theme.negative : theme.positive))
        }
        let zero = try #require(scene.paths("zero-line").first)
        let missing = scene.texts("missing-label")
        #expect(missing.allSatisfy { abs($0.box.minX - zero.bounds.minX - theme.gap) < 1e-9 })
        #expect(scene.texts("total-label").map(\.text) == ["合计 +19.7%"])
        #expect(scene.texts("value-label").contains { $0.text == "+118.3%" })
        #expect(scene.texts("value-label").contains { $0.text == "−100.0%" })
        expectLegible(scene)
    }

    @Test func aPrintedZeroGrowthIsARealZeroBar() throws {
        let scene = try chart("table64.tsv", year: 2020) { $0.kind = .diverging; $0.indicators = ["自营出口"] }
        let zero = try #require(scene.paths("bar").first { $0.datum == "新昌经济开发区|自营出口|0" })
        #expect(zero.bounds.width == 0)
        #expect(scene.texts("value-label").contains { $0.text == "0%" })
        #expect(scene.texts("missing-label").isEmpty)
    }

    @Test func groupedContractedAgainstActualInvestment() throws {
        let scene = try chart("table64.tsv", year: 2020) {
            $0.kind = .grouped
            $0.indicators = ["合同利用外资", "实际利用外资"]
            $0.measure = .level
        }
        #expect(scene.paths("bar").count == 18)
        #expect(scene.texts("legend-label").map(\.text) == ["合同利用外资", "实际利用外资"])
        // 61,429 万美元 stays in 万美元: as 亿美元 the smaller zones would shrink to 0.08.
        #expect(scene.texts("subtitle").map(\.text) == ["单位：万美元"])
        #expect(scene.texts("value-label").first?.text == "61,429")
        #expect(scene.texts("value-label").filter { $0.text == "0" }.count == 4)
        expectLegible(scene)
    }

    @Test func groupedNeedsOneUnit() {
        #expect(throws: ChartError("grouped bars need indicators in one unit; 合同利用外资 is in 万美元, 自营出口 is in 万元")) {
            try chart("table64.tsv", year: 2020) { $0.kind = .grouped; $0.indicators = ["合同利用外资", "自营出口"]; $0.measure = .level }
        }
    }

    @Test func verticalBarsWrapLongNamesUnderTheirBars() throws {
        let scene = try chart("table64.tsv", year: 2020) { $0.indicators = ["自营出口"]; $0.measure = .level; $0.orientation = .vertical }
        #expect(scene.paths("bar").count == 9)
        let labels = scene.texts("zone-label")
        #expect(labels.count > 9)
        expectLegible(scene)
    }

    @Test func englishNamesFromTheRegistry() throws {
        let scene = try chart("table64.tsv", year: 2020) { $0.indicators = ["自营出口"]; $0.measure = .level; $0.language = .en }
        #expect(scene.language == "en")
        #expect(scene.texts("zone-label").contains { $0.text.contains("Binhai") })
        #expect(scene.texts("title").first?.text == "自营出口 by zone, 2020")
        expectLegible(scene)
    }
}

@Suite struct SelectionErrorTests {
    @Test func anUnknownIndicatorListsTheClosestFirst() throws {
        let (dataset, registry) = try shipped("table64.tsv", year: 2020)
        var d = ChartDescription()
        d.indicators = ["自营出品"]
        let error = #expect(throws: ChartError.self) { try Selection(dataset: dataset, registry: registry, description: d, timeSeries: false) }
        #expect(error?.description.hasSuffix("table64.tsv: no indicator \"自营出品\"; it has: 自营出口, 合同利用外资, 实际利用外资") == true)
    }

    @Test func anUnknownZoneListsTheZones() throws {
        let (dataset, registry) = try shipped("table64.tsv", year: 2020)
        var d = ChartDescription()
        d.zones = ["诸暨开发区", "柯桥开发区"]
        let error = #expect(throws: ChartError.self) { try Selection(dataset: dataset, registry: registry, description: d, timeSeries: false) }
        #expect(error?.description.contains("no zone \"柯桥开发区\"; it has: 柯桥经济技术开发区") == true, "\(error!)")
    }

    @Test func aliasesSelectZones() throws {
        let (dataset, registry) = try shipped("table64.tsv", year: 2020)
        var d = ChartDescription()
        d.zones = ["诸暨开发区", "柯桥经开区"]
        let s = try Selection(dataset: dataset, registry: registry, description: d, timeSeries: false)
        #expect(s.zones == ["柯桥经济技术开发区", "诸暨经济开发区"])
    }

    @Test func theDataChooseTheKind() throws {
        func kind(_ file: String, _ configure: (inout ChartDescription) -> Void = { _ in }) throws -> ChartKind {
            let (dataset, _) = try shipped(file, year: file.hasPrefix("table64") ? 2020 : nil)
            var d = ChartDescription()
            configure(&d)
            return try Chart.chooseKind(d, dataset: dataset)
        }
        #expect(try kind("table64.tsv") == .bar)
        #expect(try kind("table64.tsv") { $0.measure = .growth } == .diverging)
        #expect(try kind("rankings-provincial.tsv") == .slope)
        #expect(try kind("zhuji-smart-vision.csv") == .line)
        #expect(try kind("table64.tsv") { $0.indicators = ["合同利用外资", "实际利用外资"] } == .grouped)
    }
}

/// Which rows a chart draws as zones and which it keeps aside as totals, over generated tables
/// of zones, totals and subtotals: the answer filtering every row for each gives.
@Suite struct SelectionTotalsTests {
    @Test func totalsAndSubtotalsAreSetAsideAsByFilteringEveryRow() throws {
        var state: UInt64 = 9
        func next() -> Int { state = state &* 6364136223846793005 &+ 1442695040888963407; return Int(state >> 33) }
        for _ in 0..<300 {
            let observations = (0..<(next() % 12 + 1)).map { i -> Observation in
                let kind = next() % 4  // 0, 1: a zone; 2: a total; 3: a subtotal
                return Observation(zone: kind == 2 ? "合计" : "Z\(i)", indicator: "产值", measure: .level, unit: "亿元", period: .year(2020),
                                   value: Value(number: Double(i), text: "\(i)"), isTotal: kind == 2, isSubtotal: kind == 3)
            }
            var d = ChartDescription()
            d.includeTotal = next() % 3 == 0
            let named = observations.filter { !$0.isTotal }.map(\.zone)
            if next() % 3 == 0, let some = named.first { d.zones = [some] }
            let s = try Selection(dataset: Dataset(file: "t.tsv", observations: observations), registry: .empty, description: d, timeSeries: false)
            let rows = d.zones.isEmpty ? observations : observations.filter { d.zones.contains($0.zone) || ($0.isTotal && d.includeTotal) }
            let zoneRows = rows.filter { !$0.isTotal && (!d.zones.isEmpty || !$0.isSubtotal) }
            let expected = d.includeTotal || zoneRows.isEmpty ? rows : zoneRows
            #expect(s.totals.map(\.zone) == rows.filter(\.isTotal).map(\.zone))
            #expect(s.observations.indices.map { s.observations.zone(at: $0) } == expected.map(\.zone), "\(observations.map { ($0.zone, $0.isSubtotal) }) \(d.zones) \(d.includeTotal)")
        }
    }
}
