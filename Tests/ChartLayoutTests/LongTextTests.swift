import ChartScene
import TestSupport
import Testing
@testable import ChartLayout
@testable import YearbookData

/// Texts of any length stay inside the canvas: a 1,000-character title wraps to a few lines
/// and ends in an ellipsis, a 100,000-character zone name is cut to its label's room, and a
/// text beyond `Typesetter.maxCharacters` is refused before anything is measured.
@Suite struct LongTextTests {
    static let longTitle = String(repeating: "标题", count: 500)
    static let longZone = String(repeating: "区", count: Typesetter.maxCharacters)

    /// One level per zone, with the zone named `long` among ordinary ones.
    static func dataset(with long: String) -> Dataset {
        let zones = ["柯桥", long, "诸暨"]
        let observations = zones.enumerated().map { index, zone in
            Observation(zone: zone, indicator: "产值", measure: .level, unit: "亿元", period: .year(2020),
                        value: Value(number: Double(index + 1) * 100, text: String((index + 1) * 100)))
        }
        return Dataset(file: "long.tsv", observations: observations)
    }

    static func layout(kind: ChartKind, orientation: Orientation = .horizontal, width: Double = 800, height: Double = 500,
                       title: String = longTitle, zone: String = longZone) throws -> Scene {
        var description = ChartDescription()
        description.kind = kind
        description.orientation = orientation
        description.title = title
        description.width = width
        description.height = height
        return try Chart.layout(description, dataset: dataset(with: zone), registry: .empty, measurer: FixedTextMeasurer())
    }

    @Test(arguments: [(ChartKind.bar, Orientation.horizontal), (.bar, .vertical), (.stacked, .horizontal)])
    func longTitleAndZoneNameStayOnTheCanvas(_ kind: ChartKind, _ orientation: Orientation) throws {
        let scene = try Self.layout(kind: kind, orientation: orientation)
        for t in scene.texts {
            #expect(scene.bounds.contains(t.box), "\(t.role) \"\(t.text.prefix(40))\" runs off the canvas: \(t.box)")
        }
        let title = scene.texts("title")
        #expect(title.count == Typesetter.maxLines)
        #expect(title.last?.text.hasSuffix("…") == true)
        #expect(scene.texts.allSatisfy { $0.text.count < 1_000 })
    }

    @Test func theSmallestCanvasStillLaysOut() throws {
        let scene = try Self.layout(kind: .bar, width: 200, height: 150)
        #expect(scene.texts.allSatisfy { scene.bounds.contains($0.box) })
    }

    @Test func aTextBeyondTheLimitIsRefused() {
        let overlong = String(repeating: "标", count: Typesetter.maxCharacters + 1)
        let title = thrownMessage { try Self.layout(kind: .bar, title: overlong, zone: "上虞") }
        #expect(title == "the title «标标标标标标标标标标标标标标标标标标标标…» is longer than 100000 characters; a chart shows a few lines at most, so shorten it")
        let zone = thrownMessage { try Self.layout(kind: .bar, title: "t", zone: overlong) }
        #expect(zone?.hasPrefix("the zone name «标") == true)
    }

    @Test func ellipsisKeepsTheLongestPrefixThatFits() throws {
        let ts = Typesetter(measurer: FixedTextMeasurer(), language: "zh-CN")
        let font = Font(family: "Noto Sans CJK SC", size: 10)
        #expect(try ts.ellipsised("开发区", font: font, maxWidth: 30) == "开发区")
        #expect(try ts.ellipsised("经济开发区", font: font, maxWidth: 30) == "经济…")
        #expect(try ts.ellipsised("经济开发区", font: font, maxWidth: 5) == "")
        #expect(try ts.wrap("一二三四五六七八九十", font: font, maxWidth: 30, maxLines: 2) == ["一二三", "四五…"])
    }
}
