import CairoBackend
import ChartLayout
import ChartScene
import ChartSpec
import YearbookData

/// One chart from its spec to what it draws, the same way for `plot`, `render`, `check` and
/// `Chart.save`: the canvas checked against the limit, the table loaded (through a cache a
/// batch shares), the year a yearless table needs, the consistency checks, the spec's names
/// checked against the table ("did you mean"), and the layout. So a misspelt indicator reads
/// the same whichever way the chart was asked for.
public struct ChartJob: Sendable {
    public var spec: ChartSpec
    public var canvasLimit: CanvasLimit

    public init(spec: ChartSpec, canvasLimit: CanvasLimit = .standard) {
        self.spec = spec
        self.canvasLimit = canvasLimit
    }

    /// What a job drew, and what the consistency checks found in its table.
    public struct Result: Sendable {
        public var chart: DrawnChart
        public var findings: ConsistencyReport
    }

    public func draw(cache: DataCache = DataCache(), measurer: TextMeasurer, theme: Theme? = nil, formats: [OutputFormat]? = nil) throws -> Result {
        let formats = formats ?? spec.formats
        do {
            try canvasLimit.check(width: spec.description.width, height: spec.description.height, scale: formats.contains(.png) ? spec.scale : nil)
        } catch {
            let key = error.canvasKey ?? "width"
            throw DataError(spec.location(of: key), "«\(key)»: \(error)")
        }
        let data = try observations(from: cache)
        let drawn = try Chart.draw(data.description, dataset: data.dataset, registry: data.registry, measurer: measurer, theme: theme)
        return Result(chart: drawn, findings: data.findings)
    }

    /// The table's observations, checked, with the spec's names checked against them. After
    /// that the chart needs only the dataset (a yearbook table's is its cells, read in place):
    /// this chart lets its hold on the table go here, and the cache after the last chart of it.
    private func observations(from cache: DataCache) throws
        -> (dataset: Dataset, findings: ConsistencyReport, description: ChartDescription, registry: ZoneRegistry) {
        defer { cache.finished(with: spec) }
        let table: TableFile
        do {
            table = try cache.table(for: spec)
        } catch let error as DataError where error.message == "no such file" && error.location.file == spec.dataPath && !spec.fromCommandLine {
            throw DataError(spec.location(of: "data"), "«data»: no such file \(spec.dataPath)")
        }
        let dataset = try table.dataset(year: try spec.suppliedYear(for: table))
        return (dataset, ConsistencyCheck.run(table, dataset: dataset), try spec.checked(against: table, dataset: dataset), table.registry)
    }
}
