import ChartBatch
import ChartScene
import Foundation
import Testing

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

/// The chart files `finish` was called for, in the order it was called, from any thread.
final class Finished: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    func add(_ spec: String) { lock.withLock { list.append(spec) } }
    var specs: [String] { lock.withLock { list } }
}
