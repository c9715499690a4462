import ChartScene
import Foundation
import PropertyBased
import TestSupport
import Testing
@testable import ChartLayout
@testable import YearbookData

/// The invariants a reader needs, over generated tables: 1 to 300 categories, 1 to 10 series,
/// up to 10⁴ periods, values from 10⁻³ to 10¹⁴ with negatives and gaps, short and long names,
/// canvases from 300 × 200 to 2000 × 1400. Every chart kind, every case: no two texts overlap,
/// every text is on the canvas, every value label sits nearest its own mark, and no number
/// shows more significant digits than the table printed (or 4).
@Suite struct LayoutPropertyTests {
    struct Case: CustomStringConvertible {
        var kind: ChartKind
        var categories: Int
        var series: Int
        var periods: Int
        var exponent: Int
        var negatives: Bool
        var gaps: Int
        var longNames: Bool
        var width: Double
        var height: Double
        var seed: UInt64

        var description: String {
            "\(kind) \(categories)×\(series)×\(periods) 1e\(exponent) neg:\(negatives) gaps:\(gaps)% long:\(longNames) \(Int(width))×\(Int(height)) seed \(seed)"
        }
    }

    static let cases = zip(Gen.int(in: 0...5), Gen.int(in: 1...300), Gen.int(in: 1...10), Gen.int(in: 1...4), Gen.int(in: -3...14),
                           Gen.bool, Gen.int(in: 0...30), Gen.bool, Gen.int(in: 300...2000), Gen.int(in: 200...1400))
        .map { k, c, s, p, e, n, g, l, w, h -> Case in
            let kinds: [ChartKind] = [.bar, .diverging, .grouped, .line, .dots, .stacked]
            let kind = kinds[k]
            // Lines take periods (up to 10⁴ in 1 case in 4) and few series; bars take categories.
            let periods = kind == .line ? [2, 8, 60, 10_000][p - 1] : 1
            return Case(kind: kind, categories: kind == .line ? min(c, 1 + c % 6) : c, series: kind == .grouped ? max(2, min(s, 4)) : kind == .dots ? min(s, 4) : s,
                        periods: periods, exponent: e, negatives: n, gaps: g, longNames: l, width: Double(w), height: Double(h),
                        seed: UInt64(c * 7919 + s * 104_729 + e * 31 + w * 13 + h))
        }

    static func dataset(_ c: Case) -> Dataset {
        var rng = SplitMix(seed: c.seed)
        var observations: [Observation] = []
        let provinces = RegionKind.provinces
        for zone in 0..<c.categories {
            let name = c.longNames ? "第\(zone)个" + String(repeating: "很长的地区名称", count: 1 + zone % 4) : (zone < provinces.count ? provinces[zone] : "地区\(zone)")
            for series in 0..<max(c.series, 1) {
                var level = pow(10, Double(c.exponent)) * (1 + Double(rng.next() % 1000) / 100)
                for p in 0..<c.periods {
                    let period: Period = c.periods > 1000 ? .day(1990 + p / 365, 1 + (p % 365) / 31, 1 + (p % 31) % 28)
                        : c.periods > 8 ? .month(2000 + p / 12, 1 + p % 12) : .year(2000 + p)
                    level *= 1 + (Double(rng.next() % 200) - 100) / 1000
                    var v = level
                    if c.negatives && c.kind != .stacked && rng.next() % 3 == 0 { v = -v }
                    let missing = Int(rng.next() % 100) < c.gaps
                    let measure: Measure = c.kind == .diverging || c.kind == .dots ? .growth : .level
                    observations.append(Observation(zone: name, indicator: "指标\(series)", measure: measure, unit: measure == .growth ? "%" : "亿元",
                                                    period: period, value: missing ? nil : Value(computed: v, decimals: 2)))
                }
            }
        }
        return Dataset(file: "generated.csv", observations: observations)
    }

    @Test func everyChartReadsWell() async throws {
        await propertyCheck(count: 1000, input: Self.cases) { c in
            var d = ChartDescription()
            d.kind = c.kind
            d.width = c.width
            d.height = c.height
            let dataset = Self.dataset(c)
            if c.kind == .grouped || c.kind == .dots || c.kind == .stacked { d.indicators = dataset.indicators }
            let scene: Scene
            do {
                scene = try Chart.layout(d, dataset: dataset, registry: .empty, measurer: FixedTextMeasurer())
            } catch let error as ChartError {
                // Refusals are allowed only for data a kind cannot show.
                #expect(error.description.contains("nothing to draw") || error.description.contains("needs"), "\(c): \(error)")
                return
            } catch {
                Issue.record("\(c): \(error)")
                return
            }
            Self.expectLegible(scene, c)
            Self.expectLabelsByTheirMarks(scene, c)
            Self.expectReadableNumbers(scene, dataset, c)
        }
    }

    static func expectLegible(_ scene: Scene, _ c: Case) {
        let texts = scene.texts
        for t in texts where !scene.bounds.contains(t.box, tolerance: 0.5) {
            Issue.record("\(c): \(t.role) «\(t.text.prefix(30))» runs off the canvas: \(t.box)")
            return
        }
        // A sweep over boxes sorted by their left edge: pairs that overlap horizontally only.
        let sorted = texts.sorted { $0.box.minX < $1.box.minX }
        var active: [TextMark] = []
        for t in sorted {
            active.removeAll { $0.box.maxX <= t.box.minX + 0.01 }
            if let hit = active.first(where: { $0.box.insetBy(0.01).intersects(t.box.insetBy(0.01)) }) {
                Issue.record("\(c): \(hit.role) «\(hit.text.prefix(20))» overlaps \(t.role) «\(t.text.prefix(20))»")
                return
            }
            active.append(t)
        }
    }

    /// A value label names its mark in its datum; no other mark of the chart may be nearer.
    static func expectLabelsByTheirMarks(_ scene: Scene, _ c: Case) {
        let marks = scene.paths.filter { ["bar", "marker", "dot", "target-marker"].contains($0.role) }
        let labels = scene.texts("value-label")
        guard !labels.isEmpty, marks.count < 5000 else { return }
        func distance(_ a: Rect, _ b: Rect) -> Double {
            let dx = max(0, max(a.minX - b.maxX, b.minX - a.maxX)), dy = max(0, max(a.minY - b.maxY, b.minY - a.maxY))
            return (dx * dx + dy * dy).squareRoot()
        }
        for label in labels.prefix(300) {
            guard let datum = label.datum else { continue }
            let own = marks.filter { ($0.datum ?? "").hasPrefix(datum + "|") }
            guard !own.isEmpty else { continue }
            let mine = own.map { distance(label.box, $0.bounds) }.min()!
            let nearest = marks.map { distance(label.box, $0.bounds) }.min()!
            #expect(mine <= nearest + 0.5, "\(c): «\(label.text)» is \(mine) pt from its own mark but \(nearest) pt from another")
        }
    }

    static func significant(_ text: String) -> Int {
        var digits = text.filter(\.isNumber)
        guard let dot = text.firstIndex(of: ".") else {
            while digits.hasSuffix("0") { digits.removeLast() }
            return digits.drop { $0 == "0" }.count
        }
        _ = dot
        return digits.drop { $0 == "0" }.count
    }

    /// Ticks read in 4 significant digits at most; a value label too, unless it shows a number
    /// as the table printed it (国内生产总值 1,015,986 亿元 is written so in every yearbook).
    static func expectReadableNumbers(_ scene: Scene, _ dataset: Dataset, _ c: Case) {
        for tick in scene.texts("tick-label") where !(tick.datum ?? "").hasPrefix("time:") && !tick.text.contains("e") {
            #expect(significant(tick.text) <= 4, "\(c): tick «\(tick.text)» has more than 4 significant digits")
        }
        let printed = dataset.observations.compactMap { $0.value?.number }.map(abs).sorted()
        for label in scene.texts("value-label") where !label.text.contains("e") && significant(label.text) > 4 {
            let number = Double(label.text.filter { $0.isNumber || $0 == "." }) ?? -1
            let decimals = label.text.split(separator: ".").dropFirst().first.map { $0.filter(\.isNumber).count } ?? 0
            let tolerance = 0.5 * pow(10, -Double(decimals)) + 1e-9
            let i = printed.partitioningIndex { $0 >= number - tolerance }
            #expect(i < printed.count && printed[i] <= number + tolerance,
                    "\(c): value «\(label.text)» has more than 4 significant digits and is not a number the table printed")
        }
    }
}

extension Array where Element == Double {
    /// The first index whose element satisfies `belongs`, for an array sorted so that it does
    /// from some index on.
    func partitioningIndex(where belongs: (Double) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if belongs(self[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
