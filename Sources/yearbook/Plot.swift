import ArgumentParser
import CairoBackend
import ChartBatch
import ChartLayout
import ChartScene
import ChartSpec
import Foundation
import YearbookData

struct Plot: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw one chart from a table, straight to PNG, PDF or SVG.",
        discussion: """
        With no --kind the data choose: growth gives diverging bars, several years a line, ranks a \
        slope chart, anything else bars sorted largest first. The output format follows the file's \
        extension (--format when writing to -). The same input always gives the same bytes; set \
        SOURCE_DATE_EPOCH to stamp PDFs with a date of your choosing.

        Examples, one per kind, on the shipped Datasets:
          bar        yearbook plot Datasets/zone-profiles-2020.tsv --year 2020 --indicator 规上工业总产值 -o output.png
          diverging  yearbook plot Datasets/table64.tsv --year 2020 --indicator 自营出口 --measure growth -o exports.png
          grouped    yearbook plot Datasets/table64.tsv --year 2020 --indicator 合同利用外资 --indicator 实际利用外资 --measure level -o fdi.svg
          stacked    yearbook plot Datasets/table64.tsv --year 2020 --kind stacked --measure level -o shares.pdf
          line       yearbook plot Datasets/zhuji-timeline.csv --indicator 工业总产值 -o zhuji.png
          line, log  yearbook plot Datasets/zhuji-smart-vision.csv --log -o vision.png
          slope      yearbook plot Datasets/rankings-provincial.tsv -o ranks.png
          bump       yearbook plot Datasets/rankings-national.csv --kind bump --indicator 全国排名 -o national.png
          dots       yearbook plot Datasets/table64.tsv --year 2020 --kind dots -o growth.png
          alt text   yearbook plot Datasets/table64.tsv --year 2020 --indicator 自营出口 --alt-text
        """)

    @OptionGroup var table: TableOptions

    @OptionGroup var encoding: EncodingOptions

    @Option(help: "bar, diverging, grouped, stacked, line, slope, bump or dots.")
    var kind: ChartKind?

    @Option(name: .customLong("indicator"), help: "An indicator to draw; repeat for grouped bars, lines or panels. Default: every indicator with the measure.")
    var indicators: [String] = []

    @Option(help: "level, growth, share or rank.")
    var measure: Measure?

    @Option(help: "Only these zones, comma-separated (any name the registry knows).")
    var zones: String?

    @Flag(help: "Draw the total row (合计) as a bar too.")
    var includeTotal = false

    @Option(help: "desc (default), asc or table.")
    var sort: ZoneOrder?

    @Flag(help: "Vertical bars (default: horizontal, which fits long zone names).")
    var vertical = false

    @Option(help: "The title (default: made from the data).")
    var title: String?

    @Option(help: "The subtitle (default: the unit).")
    var subtitle: String?

    @Option(help: "The source line (default: from the table's 资料来源 or 提供 line).")
    var source: String?

    @Option(help: "zh or en: the chart's own words and the zone names.")
    var lang: ChartLanguage?

    @Option(help: "report (colour, colour-blind safe) or grey (for black-and-white print).")
    var theme = "report"

    @Option(help: "Series colours as #RRGGBB, comma-separated, instead of the theme's (a house palette).")
    var palette: String?

    @Option(help: "Font family (default: Noto Sans CJK SC).")
    var font: String?

    @Option(name: .customLong("font-dir"), help: "A folder of font files to use besides the installed ones.")
    var fontDirs: [String] = []

    @Flag(help: "Logarithmic value axis (line charts).")
    var log = false

    @Option(name: .customLong("width"), help: "Width: points (800), or 160mm, 12cm, 6in, 800px.")
    var widthLength = Points(800)

    @Option(name: .customLong("height"), help: "Height: points (500), or 100mm, 8cm, 4in, 600px.")
    var heightLength = Points(500)

    @Option(help: "PNG pixels per point (2 gives crisp report figures).")
    var scale = 2.0

    @Option(help: "PNG resolution in dots per inch instead of --scale (300 for print); written into the PNG so documents place it at its size.")
    var dpi: Double?

    var width: Double { widthLength.value }
    var height: Double { heightLength.value }
    /// Pixels per point, from --dpi when given.
    var pixelsPerPoint: Double { dpi.map(Length.scale(dpi:)) ?? scale }

    @Option(help: "The year of a table that prints none, or the one year to draw from a table that prints several.")
    var year: String?

    @Flag(name: .customLong("alt-text"), help: "Print the chart's alt text (written from the data) on standard output.")
    var altText = false

    @Option(name: [.short, .long], help: "Where to write: a .png, .pdf or .svg file, or - for standard output.")
    var output: String?

    @Option(help: "png, pdf or svg, when writing to - or to a file with another extension.")
    var format: OutputFormat?

    @Option(name: .customLong("print-spec"), help: "Write this chart as a chart file (YAML) to commit, instead of drawing it: to FILE, its paths relative to FILE's folder, or - for standard output.")
    var printSpec: String?

    func validate() throws {
        if output == nil && !altText && printSpec == nil { throw ValidationError("say where to write the chart with -o FILE.png|FILE.pdf|FILE.svg, or ask for --alt-text") }
    }

    func run() throws {
        ChartMemory.keepLargeBuffers()
        try reporting {
            if let printSpec {
                if printSpec == "-" {
                    try StandardOutput.write(spec().yaml)
                } else {
                    try OutputFiles.write([(printSpec, Array(spec(writtenTo: printSpec).yaml.utf8))])
                }
                return
            }
            let canvasLimit = try checkedCanvas()
            if let year, Period(label: year) == nil { throw Failure("--year \(year) is not a year; expected e.g. 2020") }
            if let bad = description(year: year).palette.first(where: { Color(hex: $0) == nil }) {
                throw Failure("--palette: expected colours as #RRGGBB, found \"\(bad)\"")
            }
            let outputFormat = try chosenFormat()
            let measurer = try PangoTextMeasurer(fontFolders: fontDirs)
            // The same job `render` and `check` run: the same loading, checks and messages.
            var spec = spec()
            spec.fromCommandLine = true
            let result = try ChartJob(spec: spec, canvasLimit: canvasLimit).draw(measurer: measurer, formats: outputFormat.map { [$0] } ?? [])
            ProcessEnd.keep(result)
            try table.reportFindings(result.findings)
            let scene = result.chart.scene
            if altText { try StandardOutput.write(scene.description + "\n") }
            guard let output, let outputFormat else { return }
            let bytes = try CairoRenderer(measurer: measurer, canvasLimit: canvasLimit).render(scene, as: outputFormat, scale: pixelsPerPoint)
            if output == "-" {
                try StandardOutput.write(bytes)
                return
            }
            // The numbers the chart shows, beside it (out.png → out.csv), as `render` writes them,
            // unless that would overwrite the table being drawn.
            let csv = ((output as NSString).deletingPathExtension) + ".csv"
            let clobbers = URL(fileURLWithPath: csv).standardizedFileURL.path == URL(fileURLWithPath: table.table).standardizedFileURL.path
            var files: [(path: String, content: OutputFiles.Content)] = [(output, .bytes(bytes))]
            if !clobbers, (try? OutputTarget(output))?.isStream == false {
                // Written as it is formatted: a long series' data is several times the table.
                let data = result.chart.data, output = encoding.output
                files.append((csv, .produced { write in try ExportFormat.csv.write(data, as: output, in: ExportFormat.piece, to: write) }))
            }
            try OutputFiles.write(files)
        }
    }

    func description(year: String?) -> ChartDescription {
        var d = ChartDescription()
        d.kind = kind
        d.indicators = indicators
        d.measure = measure
        d.zones = zones.map { $0.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" }).map { $0.trimmingCharacters(in: .whitespaces) } } ?? []
        d.includeTotal = includeTotal
        d.sort = sort
        d.orientation = vertical ? .vertical : .horizontal
        d.title = title
        d.subtitle = subtitle
        d.source = source
        d.language = lang
        d.theme = theme
        d.fontFamily = font
        d.palette = palette.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } } ?? []
        d.logScale = log
        d.width = width
        d.height = height
        d.year = year
        return d
    }

    /// This chart as a chart file: the table path as given (a chart file placed in the working
    /// folder finds it), the output stem from -o, or the table's name.
    /// The chart file to write at `path`: its table and registry paths made relative to the
    /// folder it is written in, so it draws from there.
    func spec(writtenTo path: String) -> ChartSpec {
        var spec = spec()
        let folder = PathText.folder(of: path)
        let cwd = FileManager.default.currentDirectoryPath
        if table.table != "-" { spec.data = PathText.relative(table.table, from: folder, base: cwd) }
        spec.registry = spec.registry.map { PathText.relative($0, from: folder, base: cwd) }
        return spec
    }

    func spec() -> ChartSpec {
        let stem = output.map { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension }
            ?? ((table.table as NSString).lastPathComponent as NSString).deletingPathExtension
        var spec = ChartSpec(file: "chart.yaml", data: table.table, registry: table.registry, description: description(year: year),
                             scale: pixelsPerPoint, formats: format.map { [$0] } ?? OutputFormat.allCases, name: stem)
        spec.sheet = table.sheet
        spec.indicatorName = table.indicatorName
        return spec
    }

    func chosenFormat() throws -> OutputFormat? {
        guard let output else { return nil }
        if let format { return format }
        if output == "-" { throw Failure("writing to standard output needs --format png|pdf|svg") }
        let ext = (output as NSString).pathExtension.lowercased()
        guard let f = OutputFormat(rawValue: ext) else {
            throw Failure("\(output): cannot tell the format from the extension \".\(ext)\"; use .png, .pdf or .svg, or --format")
        }
        return f
    }
}

extension ChartKind: ExpressibleByArgument {}
extension ZoneOrder: ExpressibleByArgument {}
extension ChartLanguage: ExpressibleByArgument {}
extension Measure: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}
