import ArgumentParser
import ChartScene

@main
struct Yearbook: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "yearbook",
        abstract: "Read statistical-yearbook tables into typed series and draw report charts from them.",
        discussion: """
        Tables may be yearbook layouts (title lines, grouped headers, units in headers, — for \
        missing, a 合计 row, notes) in TSV or CSV, in UTF-8, UTF-16 or GB18030/GBK, or the long \
        form zone,indicator,measure,unit,year,value.
        """,
        version: YearbookVersion.current,
        subcommands: [Inspect.self, Export.self, Plot.self, Render.self, Check.self])
}
