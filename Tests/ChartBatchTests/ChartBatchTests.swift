@testable import ChartBatch
import ChartScene
import ChartSpec
import Foundation
import Testing
import YearbookData

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

@Suite struct ChartBatchTests {
    /// `finish` gets each chart once, on the worker that drew it, as soon as it is drawn (so a
    /// batch holds at most `jobs` charts): with one job, in the order of the chart files. What it
    /// returns comes back in that order whichever chart finished first, failures included.
    @Test(arguments: [1, 2]) func eachChartIsFinishedOnceAsItIsDrawnAndReportedInOrder(jobs: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("yearbook-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let missing = folder.appendingPathComponent("missing.yaml").path
        try "data: nope.tsv\n".write(toFile: missing, atomically: true, encoding: .utf8)
        let charts = ["a_output_bar", "d_rank_slope", "b_export_growth", "g_growth_dots"].map { repositoryRoot.appendingPathComponent("Charts/\($0).yaml").path }
        let specs = [charts[0], charts[1], missing, charts[2], charts[3]]
        let finished = Finished()
        let batch = ChartBatch(outputFolder: folder.appendingPathComponent("out").path, formats: [.svg], jobs: jobs)
        let reports = try batch.render(specs) { outcome -> String in
            finished.add(outcome.spec)
            switch outcome.result {
            case .success(let chart): return chart.files.map { ($0.path as NSString).lastPathComponent }.joined(separator: " ")
            case .failure: return "failed"
            }
        }
        #expect(reports == [
            "a_output_bar.svg a_output_bar.csv a_output_bar.scene.json",
            "d_rank_slope.svg d_rank_slope.csv d_rank_slope.scene.json",
            "failed",
            "b_export_growth.svg b_export_growth.csv b_export_growth.scene.json",
            "g_growth_dots.svg g_growth_dots.csv g_growth_dots.scene.json",
        ])
        #expect(finished.specs.sorted() == specs.sorted())
        if jobs == 1 { #expect(finished.specs == specs) }
    }
}

/// A table stays loaded until the last chart counted for it is done with it, and is let go
/// then: read again after that, it is the file as it is now.
@Suite struct DataCacheTests {
    @Test func aTableIsKeptForItsLastChartAndLetGoAfter() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("yearbook-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let table = folder.appendingPathComponent("t.csv").path
        func write(_ value: String) throws {
            try "zone,indicator,measure,unit,year,value\nA,GDP,level,亿元,2020,\(value)\n".write(toFile: table, atomically: true, encoding: .utf8)
        }
        func value(_ file: TableFile) throws -> String? { try file.dataset().observations.first?.value?.text }
        let spec = ChartSpec(file: folder.appendingPathComponent("c.yaml").path, data: "t.csv", description: .init(), name: "c")
        let cache = DataCache()
        cache.expect(spec)
        cache.expect(spec)
        try write("1")
        #expect(try value(cache.table(for: spec)) == "1")
        cache.finished(with: spec)
        try write("2")
        #expect(try value(cache.table(for: spec)) == "1", "one chart is still to draw it: kept")
        cache.finished(with: spec)
        #expect(try value(cache.table(for: spec)) == "2", "its last chart is done: let go, and read again")
    }
}

/// The chart files `finish` was called for, in the order it was called, from any thread.
final class Finished: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    func add(_ spec: String) { lock.withLock { list.append(spec) } }
    var specs: [String] { lock.withLock { list } }
}

/// `SceneRecord` writes the JSON by hand; it must stay what `JSONEncoder` writes, so that the
/// committed `NAME.scene.json` files do not change.
@Suite struct SceneRecordTests {
    func encoderJSON(_ scene: Scene) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return Array(try encoder.encode(scene)) + [0x0A]
    }

    @Test func everyCommittedSceneIsWrittenAsItsFileAndAsTheEncoderWouldWriteIt() throws {
        let folder = repositoryRoot.appendingPathComponent("Charts")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".scene.json") }
        #expect(files.count >= 10)
        for name in files {
            let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
            let scene = try #require(SceneRecord.decode(bytes))
            #expect(SceneRecord.encode(scene) == bytes, "\(name)")
            #expect(try SceneRecord.encode(scene) == encoderJSON(scene), "\(name)")
        }
    }

    @Test func everyKindOfValueIsWrittenAsTheEncoderWouldWriteIt() throws {
        let odd = "引号\"、反斜杠\\、斜杠/、换行\n、制表\t、\u{1}\u{8}\u{C}\r\u{1F}、😀、\u{2028}"
        let text = TextMark(role: odd, text: odd, box: Rect(x: -0.0, y: 0.01, width: 12_345_678.9, height: 0.1),
                            baseline: -3.25, font: Font(family: "A, sans-serif", size: 9.5), color: Color(red: 1, green: 0.5, blue: 0, alpha: 0.25), datum: "")
        let path = PathMark(role: "p", elements: [.move(Point(0, 0)), .curve(Point(1, 2), Point(3, 4), Point(5, 6)), .line(Point(7, 8)), .close],
                            fill: nil, stroke: Stroke(color: Color(red: 0, green: 0, blue: 0), width: 0.75, dash: [2, 1.5]), datum: "d")
        let empty = PathMark(role: "e", elements: [])
        let scene = Scene(width: 800, height: 500, marks: [.group(GroupMark(role: "g", marks: [.path(path), .path(empty)], clip: Rect(x: 0, y: 0, width: 1, height: 1))),
                                                           .group(GroupMark(role: "none", marks: [])), .text(text)],
                          title: odd, description: "", language: "en")
        let ours = String(decoding: SceneRecord.encode(scene), as: UTF8.self), theirs = String(decoding: try encoderJSON(scene), as: UTF8.self)
        #expect(ours == theirs)
    }
}
