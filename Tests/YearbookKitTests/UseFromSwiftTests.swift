import Foundation
import Testing
import YearbookKit

/// The README's "Use it from Swift" example, compiled and run here, so the documentation
/// cannot drift from the API.
@Suite struct UseFromSwiftTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The example, as the README prints it (between the markers below).
    func example(table: String, output: String) throws {
        // README example begins
        var chart = ChartDescription()
        chart.indicators = ["自营出口"]
        chart.year = "2020"
        var theme = Theme.report
        theme.palette = [Color(hex: "#7A1F2B")!]  // the house colour
        let drawn = try Chart.save(chart, table: table, to: output, theme: theme)
        print(drawn.scene.description)  // the alt text, written from the data
        // README example ends
    }

    @Test func theReadmeExampleDrawsAChart() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let png = folder.appendingPathComponent("exports.png").path
        try example(table: Self.root.appendingPathComponent("Datasets/table64.tsv").path, output: png)
        let bytes = try #require(FileManager.default.contents(atPath: png))
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["exports.png"])
    }

    @Test func theReadmeShowsThisExample() throws {
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let lines = source.components(separatedBy: "\n")
        let begin = lines.firstIndex { $0.contains("// README example begins") }!, end = lines.firstIndex { $0.contains("// README example ends") }!
        let body = lines[(begin + 1)..<end].map { $0.trimmingCharacters(in: .whitespaces) }
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        for line in body { #expect(readme.contains(line), "README lacks «\(line)»") }
    }

    @Test func theFormatComesFromTheExtension() throws {
        #expect(throws: ChartError.self) {
            try Chart.save(table: Self.root.appendingPathComponent("Datasets/table64.tsv").path, to: "chart.jpg", year: .year(2020))
        }
    }
}
