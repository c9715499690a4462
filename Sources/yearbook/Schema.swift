import ArgumentParser
import ChartSpec

struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the JSON Schema of chart files, for editors to complete and check keys.",
        discussion: """
        Save it next to the chart files and point the YAML language server at it:
          yearbook schema > Charts/chart.schema
          # yaml-language-server: $schema=chart.schema   (first line of a chart file)
        """)

    func run() throws {
        try reporting { try StandardOutput.write(ChartSpec.jsonSchema) }
    }
}
