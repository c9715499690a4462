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
        try reporting {
            let specs = try options.specs()
            let progress = Progress(total: specs.count)
            let outcomes = try options.batch().render(specs) { outcome in
                switch outcome.result {
                case .success(let chart):
                    do {
                        for file in chart.files { try AtomicFile.write(Data(file.bytes), to: file.path) }
                        let kinds = chart.files.map { ($0.path as NSString).pathExtension }.joined(separator: ", ")
                        progress.finished("rendered \(outcome.spec) → \(kinds) (\(String(format: "%.2f", chart.seconds)) s)", failed: false)
                    } catch {
                        progress.finished("yearbook: error: \(error)", failed: true)
                    }
                case .failure(let failure):
                    progress.finished("yearbook: \(failure.description)", failed: true)
                }
            }
            let failed = outcomes.filter { if case .failure = $0.result { return true } else { return false } }
            let files = outcomes.reduce(0) { n, o in n + ((try? o.result.get())?.files.count ?? 0) }
            try progress.summary("\(outcomes.count - failed.count) of \(specs.count) charts rendered, \(files) files, in \(progress.elapsed)" +
                             (failed.isEmpty ? "" : "; \(failed.count) failed: " + failed.map(\.spec).joined(separator: ", ")))
            if !failed.isEmpty { throw ExitCode(1) }
        }
    }
}
