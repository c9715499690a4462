import CairoBackend
import ChartLayout
import ChartScene
import ChartSpec
import Dispatch
import Foundation
import YearbookData

/// Renders many chart files at once: across cores, each data file loaded once, one broken
/// chart never stopping the others. Renders in memory and hands each chart to the caller, who
/// writes (render) or compares (check) its bytes, as soon as it is drawn.
public struct ChartBatch: Sendable {
    public var outputFolder: String?
    public var formats: [OutputFormat]?
    public var jobs: Int
    public var fontFolders: [String]
    public var sourceDateEpoch: Int?
    public var canvasLimit: CanvasLimit
    /// How each chart's data CSV is written (UTF-8, with a BOM for Excel, or GB18030).
    public var csvOutput: TextOutput

    public init(outputFolder: String? = nil, formats: [OutputFormat]? = nil, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                fontFolders: [String] = [], sourceDateEpoch: Int? = nil, canvasLimit: CanvasLimit = .standard, csvOutput: TextOutput = .utf8) {
        self.csvOutput = csvOutput
        self.outputFolder = outputFolder
        self.formats = formats
        self.jobs = max(1, jobs)
        self.fontFolders = fontFolders
        self.sourceDateEpoch = sourceDateEpoch
        self.canvasLimit = canvasLimit
    }

    /// Renders every spec. `finish` is called once per chart, on the worker that drew it, as
    /// soon as it is drawn or has failed — to write or compare its files — and the chart's bytes
    /// are dropped when it returns, so memory holds at most `jobs` charts however many there
    /// are. What `finish` returns comes back in the order of `specs`. Every chart file is read
    /// first, and two that would write the same files stop the batch before anything is drawn.
    /// - Throws: `OutputCollision` naming both chart files.
    public func render<Report: Sendable>(_ specs: [String], finish: @Sendable (ChartOutcome) -> Report) throws -> [Report] {
        let parsed = specs.map { path in Result { try ChartSpec.load(path: path) } }
        try OutputCollision.check(zip(specs, parsed).compactMap { path, spec in (try? spec.get()).map { (path, stem(of: $0)) } })
        let cache = DataCache()
        for case .success(let spec) in parsed { cache.expect(spec) }
        let reports = Reports<Report>(count: specs.count)
        let next = Counter()
        let workers = min(jobs, max(specs.count, 1))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            // One measurer (one font map) per worker, and one renderer drawing through it: Pango's
            // objects are not shared across threads.
            let renderer = Result {
                CairoRenderer(measurer: try PangoTextMeasurer(fontFolders: fontFolders), sourceDateEpoch: sourceDateEpoch, canvasLimit: canvasLimit)
            }
            while let index = next.take(below: specs.count) {
                let spec = specs[index]
                let outcome: ChartOutcome
                do {
                    outcome = ChartOutcome(spec: spec, result: .success(try renderOne(spec, parsed[index].get(), cache: cache, renderer: renderer.get())))
                } catch let error as ChartFailure {
                    outcome = ChartOutcome(spec: spec, result: .failure(error))
                } catch let error as DataError {
                    outcome = ChartOutcome(spec: spec, result: .failure(ChartFailure(description: error.description)))
                } catch {
                    outcome = ChartOutcome(spec: spec, result: .failure(ChartFailure(description: "\(spec): error: \(error)")))
                }
                reports.set(index, finish(outcome))
            }
        }
        return reports.all
    }

    /// Where a chart's files go, without their extension: the output folder, or the chart
    /// file's own, and the spec's name.
    func stem(of spec: ChartSpec) -> String {
        ((outputFolder ?? PathText.folder(of: spec.file)) as NSString).appendingPathComponent(spec.name)
    }

    func renderOne(_ path: String, _ spec: ChartSpec, cache: DataCache, renderer: CairoRenderer) throws -> RenderedChart {
        let started = DispatchTime.now().uptimeNanoseconds
        let formats = formats ?? spec.formats
        let drawn: DrawnChart
        do {
            drawn = try ChartJob(spec: spec, canvasLimit: canvasLimit).draw(cache: cache, measurer: renderer.measurer, formats: formats).chart
        } catch let error as ChartError {
            throw ChartFailure(description: "\(path): error: \(error.description)")
        }
        func output(_ ext: String) -> String { stem(of: spec) + "." + ext }
        var files: [RenderedChart.File] = []
        for format in formats {
            files.append(.init(path: output(format.rawValue), bytes: try renderer.render(drawn.scene, as: format, scale: spec.scale)))
        }
        files.append(.init(path: output("csv"), bytes: ExportFormat.csv.bytes(drawn.data, as: csvOutput)))
        files.append(.init(path: output(SceneRecord.fileExtension), bytes: SceneRecord.encode(drawn.scene)))
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return RenderedChart(spec: path, files: files, scene: drawn.scene, seconds: seconds)
    }
}

/// Hands out indices to workers, each once.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func take(below limit: Int) -> Int? {
        lock.withLock {
            guard value < limit else { return nil }
            defer { value += 1 }
            return value
        }
    }
}

/// What the caller made of each chart, filled in by index from several threads.
final class Reports<Report: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Report?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ report: Report) { lock.withLock { slots[index] = report } }

    var all: [Report] { lock.withLock { slots.compactMap { $0 } } }
}
