import ArgumentParser
import ChartScene
import Foundation

@main
struct Yearbook: ParsableCommand {
    /// Runs the command; a command line that does not parse exits 2, as the README documents
    /// (ArgumentParser's own status for it is 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error).rawValue == 64 {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "yearbook",
        abstract: "Read statistical-yearbook tables into typed series and draw report charts from them.",
        discussion: """
        Tables may be yearbook layouts (title lines, grouped headers, units in headers, — for \
        missing, a 合计 row, notes) in TSV or CSV, in UTF-8, UTF-16 or GB18030/GBK, or the long \
        form zone,indicator,measure,unit,year,value.
        """,
        version: YearbookVersion.current,
        subcommands: [Inspect.self, Export.self, Plot.self, Render.self, Check.self, Schema.self])
}
