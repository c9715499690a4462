import ChartLayout
import ChartScene
import Foundation
import TestSupport
import Testing
@testable import ChartSpec
@testable import YearbookData

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

@Suite struct ChartSpecTests {
    @Test func everyKeyReadsIntoTheDescription() throws {
        let spec = try ChartSpec.parse("""
        data: ../Datasets/table64.tsv
        kind: grouped
        indicator: [合同利用外资, 实际利用外资]
        measure: level
        zones: 诸暨开发区, 柯桥经开区
        include-total: yes
        sort: asc
        orientation: vertical
        title: 标题
        lang: en
        theme: grey
        log: false
        width: 640
        height: 400
        scale: 1
        year: 2020
        formats: [png, svg]
        name: fdi
        """, file: "Charts/c.yaml")
        let d = spec.description
        #expect(spec.dataPath == "Datasets/table64.tsv")
        #expect(d.kind == .grouped && d.measure == .level && d.sort == .asc && d.orientation == .vertical)
        #expect(d.indicators == ["合同利用外资", "实际利用外资"])
        #expect(d.zones == ["诸暨开发区", "柯桥经开区"])
        #expect(d.includeTotal && d.language == .en && d.theme == "grey" && !d.logScale)
        #expect(d.width == 640 && d.height == 400 && spec.scale == 1 && d.year == "2020")
        #expect(spec.formats == [.png, .svg] && spec.name == "fdi")
        #expect(spec.location(of: "zones") == SourceLocation(file: "Charts/c.yaml", line: 5, column: 8, isCell: false))
    }

    @Test func jsonIsAcceptedToo() throws {
        let spec = try ChartSpec.parse(#"{"data": "t.tsv", "kind": "bar", "indicator": "自营出口", "year": 2020}"#, file: "c.json")
        #expect(spec.description.kind == .bar && spec.description.indicators == ["自营出口"] && spec.name == "c")
    }

    @Test(arguments: [
        ("data: t.tsv\nindicatr: 自营出口\n", "c.yaml:2:1: error: unknown key «indicatr»; did you mean «indicator»?"),
        ("data: t.tsv\nwidth: wide\n", "c.yaml:2:8: error: «width»: expected a length such as 800, 160mm, 12cm, 6in or 800px, found \"wide\""),
        ("data: t.tsv\nwidth: 20\n", "c.yaml:2:8: error: «width»: expected at least 200 points, found 20"),
        ("data: t.tsv\nkind: bars\n", "c.yaml:2:7: error: «kind»: expected one of bar, diverging, grouped, stacked, line, slope, bump, dots; found \"bars\" (did you mean bar?)"),
        ("data: t.tsv\ninclude-total: maybe\n", "c.yaml:2:16: error: «include-total»: expected true or false, found \"maybe\""),
        ("data: t.tsv\ntitle: [a, b]\n", "c.yaml:2:8: error: «title»: expected a single value, found a list"),
        ("data: t.tsv\ntheme: neon\n", "c.yaml:2:8: error: «theme»: no theme \"neon\"; themes: report, grey"),
        ("data: t.tsv\ndata: u.tsv\n", "c.yaml:2:1: error: «data» is given twice"),
        ("kind: bar\n", "c.yaml:1: error: «data» is missing"),
        ("- a\n- b\n", "c.yaml:1: error: a chart file is a mapping of keys"),
        ("data: t.tsv\nformats: [png, jpg]\n", "c.yaml:2:10: error: «formats»: expected one of png, pdf, svg; found \"jpg\""),
    ])
    func errorsNameTheLineAndTheKey(text: String, expected: String) {
        let got = thrownMessage { _ = try ChartSpec.parse(text, file: "c.yaml") } ?? "no error"
        #expect(got.hasPrefix(expected), "\(got)")
    }

    @Test func namesAreCheckedAgainstTheTable() throws {
        let spec = try ChartSpec.parse("data: ../Datasets/table64.tsv\nyear: 2020\nindicator: 自营出品\n", file: "Charts/x.yaml")
        let registry = try ZoneRegistry.load(path: repositoryRoot.appendingPathComponent("Datasets/zones.tsv").path)
        let table = try TableFile.load(path: repositoryRoot.appendingPathComponent("Datasets/table64.tsv").path, registry: registry)
        let dataset = try table.dataset(year: try spec.suppliedYear(for: table))
        let got = thrownMessage { _ = try spec.checked(against: table, dataset: dataset) } ?? "no error"
        #expect(got.hasPrefix("Charts/x.yaml:3:12: error: «indicator»:"))
        #expect(got.contains("has no indicator \"自营出品\"; did you mean 自营出口?"))
        let zone = try ChartSpec.parse("data: t.tsv\nyear: 2020\nzones: [柯桥开发区]\n", file: "Charts/x.yaml")
        #expect(thrownMessage { _ = try zone.checked(against: table, dataset: dataset) }?.contains("«zones»:") == true)
        let noYear = try ChartSpec.parse("data: t.tsv\n", file: "Charts/x.yaml")
        #expect(thrownMessage { _ = try noYear.suppliedYear(for: table) }?.contains("«year» is missing") == true)
    }

    @Test func printedSpecsReadBackTheSame() throws {
        var d = ChartDescription()
        d.kind = .diverging
        d.indicators = ["自营出口"]
        d.title = "含\"引号\"的标题"
        d.zones = ["诸暨经济开发区"]
        d.year = "2020"
        d.width = 640
        let spec = ChartSpec(file: "chart.yaml", data: "Datasets/table64.tsv", description: d, formats: [.svg], name: "exports")
        let again = try ChartSpec.parse(spec.yaml, file: "chart.yaml")
        #expect(again.description == d)
        #expect(again.formats == [.svg] && again.name == "exports" && again.data == "Datasets/table64.tsv")
    }
}

@Suite struct LengthTests {
    @Test func unitsGiveLengthsInPoints() {
        #expect(Length.points("800") == 800)
        #expect(Length.points("800pt") == 800)
        #expect(abs(Length.points("160mm")! - 453.543) < 0.001)
        #expect(abs(Length.points("12 cm")! - 340.157) < 0.001)
        #expect(Length.points("6in") == 432)
        #expect(Length.points("800px") == 600)
        #expect(Length.points("wide") == nil)
        #expect(Length.points("1e999") == nil)
        #expect(Length.scale(dpi: 300) == 300.0 / 72)
    }
}


@Suite struct KeyTableTests {
    /// The schema is JSON, names every key with its allowed values, and forbids others.
    @Test func theSchemaComesFromTheKeyTable() throws {
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(ChartSpec.jsonSchema.utf8)) as? [String: Any])
        let properties = try #require(schema["properties"] as? [String: [String: Any]])
        #expect(Set(properties.keys) == Set(ChartSpec.keys))
        #expect((properties["kind"]?["enum"] as? [String]) == ChartKind.allCases.map(\.rawValue))
        #expect(schema["additionalProperties"] as? Bool == false)
    }

    /// The README's key reference lists every key.
    @Test func theReadmeListsEveryKey() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        for key in ChartSpec.keys { #expect(readme.contains("| `\(key)` |"), "README lacks the key \(key)") }
    }

    @Test func aPaletteKeyColoursTheSeries() throws {
        let spec = try ChartSpec.parse("data: t.tsv\npalette: [\"#7A1F2B\", \"#C9A227\"]\n", file: "c.yaml")
        #expect(spec.description.palette == ["#7A1F2B", "#C9A227"])
        #expect(thrownMessage { _ = try ChartSpec.parse("data: t.tsv\npalette: [red]\n", file: "c.yaml") }?.contains("expected colours as #RRGGBB, found \"red\"") == true)
    }
}

@Suite struct ChartFileFolderTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("specs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every bad key of a chart file is reported at once, each with its line.
    @Test func everyErrorIsReported() {
        let message = thrownMessage { _ = try ChartSpec.parse("data: t.tsv\nkind: bars\nwidth: wide\nindicatr: x\n", file: "c.yaml") }
        let lines = message?.components(separatedBy: "\n") ?? []
        #expect(lines.count == 3, "\(message ?? "")")
        #expect(lines.first?.hasPrefix("c.yaml:2:7: error: «kind»") == true)
        #expect(lines.contains { $0.hasPrefix("c.yaml:3:8: error: «width»") })
        #expect(lines.contains { $0.hasPrefix("c.yaml:4:1: error: unknown key «indicatr»") })
    }

    /// A folder's .yearbook.yaml gives its charts a house style; a chart's own key wins.
    @Test func chartFilesInheritTheFolderDefaults() throws {
        let dir = try folder()
        try "theme: grey\nwidth: 160mm\npalette: [\"#7A1F2B\"]\nsource: 资料来源：本报告\n".write(to: dir.appendingPathComponent(".yearbook.yaml"), atomically: true, encoding: .utf8)
        try "data: t.tsv\nwidth: 600\n".write(to: dir.appendingPathComponent("c.yaml"), atomically: true, encoding: .utf8)
        let spec = try ChartSpec.load(path: dir.appendingPathComponent("c.yaml").path)
        #expect(spec.description.theme == "grey" && spec.description.palette == ["#7A1F2B"] && spec.description.source == "资料来源：本报告")
        #expect(spec.description.width == 600)
        try "data: x.tsv\n".write(to: dir.appendingPathComponent(".yearbook.yaml"), atomically: true, encoding: .utf8)
        #expect(thrownMessage { _ = try ChartSpec.load(path: dir.appendingPathComponent("c.yaml").path) }?.contains("a defaults file sets only theme") == true)
    }
}
