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
            let written = FileCount(), broken = FileCount(), failures = FailedCharts()
            let committer = ChartCommitter(pending: 2 * options.jobs)
            // Each chart's files are written by the worker that drew it, as soon as it is drawn,
            // and put in place by the committer while the worker draws the next.
            _ = try options.batch().render(specs) { outcome in
                @Sendable func failed(_ message: String) {
                    failures.add(outcome.spec)
                    progress.failed(outcome.spec, message)
                }
                switch outcome.result {
                case .success(let chart):
                    do {
                        let staged = try OutputFiles.stage(chart.files.map { (path: $0.path, content: .bytes($0.bytes)) })
                        let kinds = chart.files.map { $0.path.hasSuffix("." + SceneRecord.fileExtension) ? SceneRecord.fileExtension : ($0.path as NSString).pathExtension }
                            .joined(separator: ", ")
                        let line = "rendered \(outcome.spec) → \(kinds) (\(String(format: "%.2f", chart.seconds)) s)", count = chart.files.count
                        committer.commit(staged) { error in
                            if let error {
                                failed("yearbook: error: \(error)")
                            } else {
                                written.add(count)
                                progress.succeeded(line)
                            }
                        }
                    } catch {
                        failed("yearbook: error: \(error)")
                    }
                case .failure(let failure):
                    broken.add(1)
                    failed(failure.description)
                }
            }
            committer.finish()
            let failed = specs.filter(failures.contains)
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

/// The chart files that failed, noted from the batch's workers and the committer.
final class FailedCharts: @unchecked Sendable {
    private let lock = NSLock()
    private var specs: Set<String> = []

    func add(_ spec: String) { _ = lock.withLock { specs.insert(spec) } }
    func contains(_ spec: String) -> Bool { lock.withLock { specs.contains(spec) } }
}
