import Foundation
import Testing

/// How much `render` says: a line per chart in a log, nothing but failures with --quiet.
@Suite struct VerbosityTests {
    @Test func quietSaysOnlyWhatFailed() throws {
        let scratch = try Scratch()
        try scratch.chart("c.yaml", formats: "[svg]", "")
        let quiet = try scratch.shell(":", ["render", "c.yaml", "--quiet"])
        #expect(quiet.status == 0 && quiet.stdout.isEmpty && quiet.stderr.isEmpty, "\(quiet.stdout)\(quiet.stderr)")
        let verbose = try scratch.shell(":", ["render", "c.yaml", "--verbose"], environment: ["NO_COLOR": "1"])
        #expect(verbose.stdout.contains("rendered c.yaml → svg, csv, scene.json"))
        try scratch.write("d.yaml", "data: nope.tsv\n")
        let failing = try scratch.shell(":", ["render", "c.yaml", "d.yaml", "--quiet"])
        #expect(failing.status == 2)
        #expect(failing.stderr.contains("d.yaml:1:7: error: «data»: no such file"))
        #expect(failing.stdout.contains("1 of 2 charts rendered"))
    }
}
