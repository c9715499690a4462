import Foundation

extension Chart {
    /// Loads the table at `table` (TSV, CSV, .xlsx, .xls or an HTML page, any encoding), draws
    /// it as `description` asks — an empty description lets the data choose, as `yearbook plot`
    /// does — and writes the chart to `path`, in the format its extension names (.png, .pdf or
    /// .svg), whole or not at all. Returns what was drawn, so the caller has the Scene and the
    /// numbers it shows.
    @discardableResult
    public static func save(_ description: ChartDescription = ChartDescription(), table: String, to path: String,
                            theme: Theme? = nil, year: Period? = nil, scale: Double = 2, fontFolders: [String] = []) throws -> DrawnChart {
        let ext = (path as NSString).pathExtension.lowercased()
        guard let format = OutputFormat(rawValue: ext) else {
            throw ChartError("\(path): cannot tell the format from «.\(ext)»; expected .png, .pdf or .svg")
        }
        let file = try TableSource.load(path: table)
        // The description's year gives a table that prints none its year, as `year:` does in a chart file.
        let dataset = try file.dataset(year: year ?? description.year.flatMap { Period(label: $0) })
        let measurer = try PangoTextMeasurer(fontFolders: fontFolders)
        let drawn = try draw(description, dataset: dataset, registry: file.registry, measurer: measurer, theme: theme)
        let bytes = try CairoRenderer(measurer: measurer).render(drawn.scene, as: format, scale: scale)
        // Written beside the target and renamed over it: a failure leaves the old file.
        let folder = PathText.folder(of: path)
        let temporary = (folder.isEmpty ? "" : folder + "/") + ".\((path as NSString).lastPathComponent).\(UUID().uuidString).tmp"
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: temporary))
            guard rename(temporary, path) == 0 else { throw ChartError("\(path): cannot be written (\(String(cString: strerror(errno))))") }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
        return drawn
    }
}
