import ArgumentParser
import Workbooks
import YearbookData

/// The options every command that reads a table shares.
struct TableOptions: ParsableArguments {
    @Argument(help: "A table file, or - for standard input.")
    var table: String

    @Option(help: "The zone registry (TSV). Default: zones.tsv next to the table or in a Datasets/ folder above it.")
    var registry: String?

    @Option(help: "The sheet of a workbook (or table of an HTML page), by name or number (default: the first).")
    var sheet: String?

    @Option(help: "What a table measures when its header names nothing (default: its title line, else its file name).")
    var indicatorName: String?

    @Flag(help: "Treat consistency warnings (totals, growth against levels, mixed units) as errors.")
    var strict = false

    func load() throws -> TableFile {
        try TableSource.load(path: table, sheet: sheet, registry: registry.map(ZoneRegistry.load), indicatorName: indicatorName)
    }

    /// Prints the report's warnings to standard error; under --strict, any warning fails the command.
    func reportFindings(_ report: ConsistencyReport) throws {
        for finding in report.findings { printError(finding.description) }
        if strict && !report.findings.isEmpty {
            throw Failure("\(report.findings.count) consistency warning(s) and --strict was given")
        }
    }
}

extension Period: ExpressibleByArgument {
    public init?(argument: String) { self.init(label: argument) }
}
