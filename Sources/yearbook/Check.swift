import ArgumentParser
import ChartBatch
import ChartScene
import Foundation

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check that the charts on disk are what their chart files and data give now.",
        discussion: """
        Draws every chart in memory and compares what matters with the files on disk: the \
        chart's data CSV byte for byte, and its Scene (NAME.scene.json) with every text exactly \
        and every mark's geometry within --tolerance points; the images need only exist, since \
        their bytes change with the machine's HarfBuzz and Cairo versions, and PDF dates with \
        SOURCE_DATE_EPOCH. Prints what differs for each stale chart (exit 1), a chart file that \
        cannot be drawn on stderr (exit 2), or "N charts current" (exit 0). --renders writes the \
        new files of stale charts to a folder CI can upload.

        Example:
          yearbook check Charts --renders .build/check
        """)

    @OptionGroup var options: BatchOptions

    @Option(help: "Where to write the new renders of stale charts (for a CI job to upload).")
    var renders: String?

    @Option(help: "How far, in points, a mark may move and still be the same chart.")
    var tolerance = 0.5

    func run() throws {
        ChartMemory.keepLargeBuffers()
        try reporting {
            let specs = try options.specs()
            // Each chart is compared (and, when stale, kept) by the worker that drew it, as soon
            // as it is drawn; the verdicts are printed afterwards, in the order of the chart files.
            let verdicts = try options.batch().render(specs) { outcome -> Verdict in
                switch outcome.result {
                case .failure(let failure):
                    return .broken(failure.description)
                case .success(let chart):
                    let problems = differences(chart)
                    guard !problems.isEmpty else { return .current }
                    return .stale(problems, kept: Result { if let renders { try keep(chart, in: renders) } })
                }
            }
            var stale = 0, broken = 0
            for (spec, verdict) in zip(specs, verdicts) {
                switch verdict {
                case .current:
                    continue
                case .broken(let message):
                    printError(message)
                    broken += 1
                case .stale(let problems, let kept):
                    stale += 1
                    try StandardOutput.write("stale: \(spec): " + problems.joined(separator: "; ") + "\n")
                    try kept.get()
                }
            }
            if stale + broken == 0 {
                try StandardOutput.write("\(specs.count) charts current\n")
                return
            }
            try StandardOutput.write("\(stale + broken) of \(specs.count) charts stale or broken; run yearbook render and commit the result\n")
            throw broken > 0 ? ExitStatus.usage : ExitStatus.data
        }
    }

    /// What became of one chart: what differs, with whether its new files could be kept, or
    /// why it could not be drawn.
    enum Verdict: Sendable {
        case current
        case stale([String], kept: Result<Void, any Error>)
        case broken(String)
    }

    /// What differs between a chart drawn now and its files on disk, in words.
    func differences(_ chart: RenderedChart) -> [String] {
        var problems: [String] = []
        for file in chart.files {
            let name = (file.path as NSString).lastPathComponent
            guard let disk = FileManager.default.contents(atPath: file.path).map(Array.init) else {
                problems.append("\(name) is missing")
                continue
            }
            if file.path.hasSuffix("." + SceneRecord.fileExtension) {
                guard let old = SceneRecord.decode(disk) else { problems.append("\(name) cannot be read"); continue }
                problems += SceneDifference.between(old, chart.scene, tolerance: tolerance).map { "\(name): \($0)" }
            } else if file.path.hasSuffix(".csv"), disk != file.bytes {
                problems.append("\(name): " + Check.firstDifference(disk, file.bytes))
            }
        }
        return problems
    }

    /// The first line that differs between two CSVs: line 3 «…» → «…».
    static func firstDifference(_ old: [UInt8], _ new: [UInt8]) -> String {
        let a = String(decoding: old, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let b = String(decoding: new, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for k in 0..<max(a.count, b.count) where (k < a.count ? a[k] : "") != (k < b.count ? b[k] : "") {
            return "line \(k + 1) «\(k < a.count ? a[k] : "")» → «\(k < b.count ? b[k] : "")»"
        }
        return "differs"
    }

    /// Writes a stale chart's new files, by name, into `folder`.
    func keep(_ chart: RenderedChart, in folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try OutputFiles.write(chart.files.map { ((folder as NSString).appendingPathComponent(($0.path as NSString).lastPathComponent), $0.bytes) })
    }
}
