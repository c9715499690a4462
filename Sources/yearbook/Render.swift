import ArgumentParser
import ChartBatch
import Foundation

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render chart files to PNG, PDF and SVG, with the data each chart shows as CSV.",
        discussion: """
        Every chart file found is drawn, in parallel across cores, each data file loaded once. \
        One broken chart file does not stop the others: the good charts are written, the broken \
        ones reported, and the exit status is non-zero.

        Examples:
          yearbook render                       # every chart file under Charts/
          yearbook render Charts/a_output_bar.yaml --format png
          yearbook render Charts --shard 1/4    # the first of four stable slices (CI matrix jobs)
        """)

    @OptionGroup var options: BatchOptions

    func run() throws {
        ChartMemory.keepLargeBuffers()
        try reporting {
            let specs = try options.specs()
            let progress = Progress(total: specs.count, verbosity: options.verbosity)
            let written = FileCount(), broken = FileCount()
            // Each chart is written by the worker that drew it, as soon as it is drawn; what
            // comes back is the chart file when it failed.
            let failed = try options.batch().render(specs) { outcome -> String? in
                switch outcome.result {
                case .success(let chart):
                    do {
                        try OutputFiles.write(chart.files.map { ($0.path, $0.bytes) })
                        written.add(chart.files.count)
                        let kinds = chart.files.map { $0.path.hasSuffix("." + SceneRecord.fileExtension) ? SceneRecord.fileExtension : ($0.path as NSString).pathExtension }
                            .joined(separator: ", ")
                        progress.succeeded("rendered \(outcome.spec) → \(kinds) (\(String(format: "%.2f", chart.seconds)) s)")
                        return nil
                    } catch {
                        progress.failed(outcome.spec, "yearbook: error: \(error)")
                    }
                case .failure(let failure):
                    broken.add(1)
                    progress.failed(outcome.spec, failure.description)
                }
                return outcome.spec
            }.compactMap { $0 }
            try progress.summary("\(specs.count - failed.count) of \(specs.count) charts rendered, \(written.count) files, in \(progress.elapsed)" +
                                 (failed.isEmpty ? "" : "; \(failed.count) failed: " + failed.joined(separator: ", ")))
            // A chart file that cannot be drawn is broken input (2); one whose files could not
            // be written, a failure of the run (1).
            if broken.count > 0 { throw ExitStatus.usage }
            if !failed.isEmpty { throw ExitStatus.data }
        }
    }
}

/// Files written so far, counted from the batch's worker threads.
final class FileCount: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func add(_ n: Int) { lock.withLock { value += n } }
    var count: Int { lock.withLock { value } }
}
