import CairoBackend
import ChartScene
import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct SVGOutputTests {
    func svg(_ scene: Scene) throws -> String {
        String(decoding: try Fixtures.renderer().render(scene, as: .svg, scale: 2), as: UTF8.self)
    }

    /// An attribute's value, looked up by name among all attributes: FoundationXML's
    /// `attribute(forName:)` misses some attributes on Linux.
    func value(_ element: XMLElement, _ name: String) -> String? {
        element.attributes?.first { $0.name == name }?.stringValue
    }

    /// Every element of the document, depth first.
    func elements(_ element: XMLElement) -> [XMLElement] {
        [element] + (element.children ?? []).compactMap { $0 as? XMLElement }.flatMap(elements)
    }

    @Test func theDocumentParsesAndKeepsItsText() throws {
        let scene = try Fixtures.barChart()
        let document = try XMLDocument(data: Data(try svg(scene).utf8))
        let root = try #require(document.rootElement())
        let all = elements(root)
        let named = { (name: String) in all.filter { $0.localName == name } }

        #expect(root.localName == "svg")
        #expect(value(root, "viewBox") == "0 0 400 200")
        #expect(value(root, "role") == "img")
        #expect(value(root, "lang") == "zh-CN")
        #expect(named("title").first?.stringValue == scene.title)
        #expect(named("desc").first?.stringValue == scene.description)
        let children = (root.children ?? []).compactMap { $0 as? XMLElement }.prefix(2).map(\.localName)
        #expect(children == ["title", "desc"])
        let titleID = try #require(named("title").first.flatMap { value($0, "id") })
        #expect(value(root, "aria-labelledby") == titleID)

        let zoneLabel = try #require(named("text").first { $0.stringValue == Fixtures.zone })
        #expect(value(zoneLabel, "class") == "tick-label")
        #expect(value(zoneLabel, "font-family")?.hasPrefix("'Noto Sans CJK SC', 'Source Han Sans SC'") == true)
        #expect(named("text").contains { $0.stringValue == Fixtures.value })
        #expect(named("path").contains { value($0, "stroke-dasharray") == "4 3" })
        #expect(named("path").contains { value($0, "class") == "bar" && value($0, "data-datum") == "1590.05" })
        #expect(named("clipPath").count == 1)
    }

    /// The text's baseline is where Pango measured it: the box's top plus the measured baseline.
    @Test func textSitsOnTheMeasuredBaseline() throws {
        let scene = try Fixtures.barChart()
        let label = try #require(scene.texts.first { $0.role == "tick-label" })
        let document = try XMLDocument(data: Data(try svg(scene).utf8))
        let root = try #require(document.rootElement())
        let text = try #require(elements(root).first { $0.localName == "text" && $0.stringValue == label.text })
        let y = try #require(Double(value(text, "y") ?? ""))
        #expect(abs(y - (label.box.y + label.baseline)) <= 0.005)
    }

    @Test func idsDifferBetweenChartsAndRepeatWithinOne() throws {
        let first = try svg(try Fixtures.barChart(title: "2020年各开发区规上工业总产值"))
        let second = try svg(try Fixtures.barChart(title: "2019年各开发区规上工业总产值"))
        func ids(_ svg: String) -> [String] {
            svg.components(separatedBy: " id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        }
        #expect(ids(first).count == 3)
        #expect(Set(ids(first)).isDisjoint(with: ids(second)))
        #expect(try svg(try Fixtures.barChart()) == first)
    }

    /// The id prefix depends on the Scene alone, so it is the same on every machine and every
    /// run: pinned here, so that a change to the hash, which changes every committed SVG, is
    /// made on purpose. Any change to a mark changes it.
    @Test func theIDPrefixIsPinnedAndFollowsTheMarks() throws {
        let title = TextMark(role: "title", text: "开发区", box: Rect(x: 10, y: 5, width: 60, height: 20), baseline: 16,
                             font: Font(family: "Noto Sans CJK SC", size: 14, weight: .bold), color: Color(red: 0, green: 0, blue: 0))
        let bar = PathMark(role: "bar", elements: [.move(Point(10, 40)), .line(Point(90, 40)), .close], fill: Color(red: 0.2, green: 0.4, blue: 0.6))
        let scene = Scene(width: 100, height: 50, marks: [.group(GroupMark(role: "plot", marks: [.path(bar)], clip: Rect(x: 0, y: 30, width: 100, height: 20))), .text(title)],
                          title: "开发区")
        func titleID(_ scene: Scene) throws -> String? {
            try svg(scene).components(separatedBy: " id=\"").dropFirst().first.map { String($0.prefix { $0 != "\"" }) }
        }
        let id = try titleID(scene)
        #expect(id == "ybb7c16065-title")
        var moved = bar
        moved.elements[1] = .line(Point(90.01, 40))
        var other = scene
        other.marks[0] = .group(GroupMark(role: "plot", marks: [.path(moved)], clip: Rect(x: 0, y: 30, width: 100, height: 20)))
        #expect(try titleID(other) != id)
    }

    @Test func markupInTextIsEscaped() throws {
        var scene = try Fixtures.barChart(title: "A < B & \"C\" > 'D'")
        scene.description = "x\u{1}y"
        let output = try svg(scene)
        #expect(output.contains("A &lt; B &amp; &quot;C&quot; &gt; 'D'"))
        #expect(output.contains("x\u{FFFD}y"))
        _ = try XMLDocument(data: Data(output.utf8))
    }

    @Test(arguments: [
        (0.0, "0"), (-0.001, "0"), (-0.0, "0"), (1.5, "1.5"), (1590.05, "1590.05"), (0.1 + 0.2, "0.3"),
        (-2.346, "-2.35"), (1e-7, "0"), (1e9, "1000000000"), (12.0, "12"), (0.07, "0.07"),
    ])
    func numbersAreShortAndPlain(value: Double, text: String) {
        #expect(svgNumber(value) == text)
    }
}
