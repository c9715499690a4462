import ArgumentParser
import CairoBackend
import ChartBatch
import ChartScene
import Foundation

/// The options `render` and `check` share: which chart files, where their outputs go.
struct BatchOptions: ParsableArguments {
    @Argument(help: "Chart files, or folders to search for .yaml, .yml and .json chart files.")
    var paths: [String] = ["Charts"]

    @Option(help: "Write (or look for) the outputs in this folder instead of next to each chart file.")
    var out: String?

    @Option(help: "Only these formats, comma-separated (png,pdf,svg); the data CSV is always written.")
    var format: String?

    @Option(help: "Charts drawn at once (default: every core).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Only the K-th of N stable slices of the charts (K/N), to split a large set across CI jobs.")
    var shard: String?

    @Option(name: .customLong("font-dir"), help: "A folder of font files to use besides the installed ones.")
    var fontDirs: [String] = []

    @Flag(name: .shortAndLong, help: "Say only what failed (and the summary when something did).")
    var quiet = false

    @Flag(name: .shortAndLong, help: "A line per chart even on a terminal, instead of the progress bar.")
    var verbose = false

    @OptionGroup var encoding: EncodingOptions

    var verbosity: Progress.Verbosity { quiet ? .quiet : verbose ? .verbose : .normal }

    func specs() throws -> [String] {
        let all = try SpecFinder.find(paths)
        guard let shard else { return all }
        let parts = shard.split(separator: "/").compactMap { Int($0) }
        guard parts.count == 2, parts[1] >= 1, (1...parts[1]).contains(parts[0]) else {
            throw Failure("--shard \(shard): expected K/N with 1 ≤ K ≤ N, e.g. 2/4")
        }
        return SpecFinder.shard(all, k: parts[0], of: parts[1])
    }

    func batch() throws -> ChartBatch {
        let formats = try format.map { list in
            try list.split(separator: ",").map { name -> OutputFormat in
                guard let f = OutputFormat(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                    throw Failure("--format \(list): \(name) is not one of png, pdf, svg")
                }
                return f
            }
        }
        if let out { try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true) }
        // SOURCE_DATE_EPOCH is read by the renderer, in one place.
        return ChartBatch(outputFolder: out, formats: formats, jobs: jobs, fontFolders: fontDirs,
                          canvasLimit: try CanvasLimit.fromEnvironment(), csvOutput: encoding.output)
    }
}
