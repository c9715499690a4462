import ArgumentParser
import Foundation
import YearbookData

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a table in long form: zone,indicator,measure,unit,year,value.",
        discussion: """
        A missing value is an empty field (null in JSON); values keep the digits the table prints.

        Examples:
          yearbook export Datasets/table64.tsv --format csv --year 2020
          yearbook export Datasets/rankings-provincial.tsv --format markdown
          yearbook export table.tsv --format json --year 2020 --output table.json
        """)

    @OptionGroup var options: TableOptions

    @Option(help: "csv, tsv, json or markdown.")
    var format: ExportFormat = .csv

    @Option(name: [.short, .long], help: "Where to write; - or nothing for standard output. Written whole or not at all.")
    var output: String?

    @Option(help: "The year of a table that prints none, or the one year to export from a table that prints several.")
    var year: Period?

    @OptionGroup var encoding: EncodingOptions

    func run() throws {
        try reporting {
            let file = try options.load()
            let dataset = try file.dataset(year: year)
            ProcessEnd.keep((file, dataset))
            try options.reportFindings(ConsistencyCheck.run(file, dataset: dataset))
            // Written a piece at a time as it is formatted: the long form of a large table is
            // several times its size, and need not be held whole.
            let piece = ExportFormat.piece
            if let output, output != "-" {
                try OutputFiles.write(output) { write in try format.write(dataset.observations, as: encoding.output, in: piece, to: write) }
            } else {
                try format.write(dataset.observations, as: encoding.output, in: piece, to: StandardOutput.write)
            }
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
