import ArgumentParser
import ChartBatch
import Foundation

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check that the charts on disk are what their chart files and data give now.",
        discussion: """
        Re-renders every chart in memory and compares it byte for byte with the files on disk; \
        lists each chart whose files are missing or differ and exits 1, or exits 0 when all are \
        current. This is what a CI job runs to catch data changed without charts refreshed.

        Example:
          yearbook check Charts
        """)

    @OptionGroup var options: BatchOptions

    func run() throws {
        try reporting {
            let specs = try options.specs()
            let outcomes = try options.batch().render(specs)
            var stale: [String] = []
            for outcome in outcomes {
                switch outcome.result {
                case .failure(let failure):
                    printError("yearbook: \(failure.description)")
                    stale.append(outcome.spec)
                case .success(let chart):
                    let problems = chart.files.compactMap { file -> String? in
                        guard let disk = FileManager.default.contents(atPath: file.path) else { return "\(file.path) is missing" }
                        return [UInt8](disk) == file.bytes ? nil : "\(file.path) differs"
                    }
                    if !problems.isEmpty {
                        try StandardOutput.write("stale: \(outcome.spec): " + problems.joined(separator: ", ") + "\n")
                        stale.append(outcome.spec)
                    }
                }
            }
            if stale.isEmpty {
                try StandardOutput.write("\(specs.count) charts current\n")
            } else {
                try StandardOutput.write("\(stale.count) of \(specs.count) charts stale or broken; run yearbook render and commit the result\n")
                throw ExitCode(1)
            }
        }
    }
}
