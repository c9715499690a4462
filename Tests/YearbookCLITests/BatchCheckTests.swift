import Foundation
import Testing

/// What `render` and `check` refuse before drawing anything: two chart files writing the same
/// files, and sizes past the canvas limit (named by key and line, as `plot` names its option).
@Suite struct BatchCheckTests {
    @Test(arguments: ["render", "check"])
    func twoChartFilesWithOneNameAreAnErrorBeforeDrawing(_ command: String) throws {
        let scratch = try Scratch()
        try scratch.chart("a.yaml", "name: same\n")
        try scratch.chart("b.yaml", "name: same\n")
        try scratch.chart("c.yaml")
        let run = try scratch.shell(":", [command, "a.yaml", "b.yaml", "c.yaml"])
        #expect(run.status == 1)
        #expect(run.stderr == "yearbook: error: a.yaml and b.yaml both write same.*; give one of them another «name», or render them into different folders\n")
        #expect(run.stdout.isEmpty)
        #expect(try scratch.listing() == ["a.yaml", "b.yaml", "c.yaml", "t.tsv"])
    }

    @Test func equalStemsFromTwoFoldersIntoOneOutFolderAreAnError() throws {
        let scratch = try Scratch()
        try scratch.chart("x/c.yaml", data: "../t.tsv")
        try scratch.chart("y/c.yaml", data: "../t.tsv")
        let run = try scratch.shell(":", ["render", "x", "y", "--out", "out"])
        #expect(run.status == 1)
        #expect(run.stderr == "yearbook: error: x/c.yaml and y/c.yaml both write out/c.*; give one of them another «name», or render them into different folders\n")
        #expect(try scratch.listing("out") == [])
        // Without --out each goes to its own folder, and a file named twice is drawn once.
        let apart = try scratch.shell(":", ["render", "x", "y", "./x/c.yaml"])
        #expect(apart.status == 0, "\(apart.stderr)")
        #expect(apart.stdout.contains("2 of 2 charts rendered, 8 files"))
    }

    @Test(arguments: [
        ("width: 1e7\n", "c.yaml:5:8: error: «width»: a chart 10000000 points wide is larger than the 20000 points a side yearbook draws"),
        ("height: 1e11\n", "c.yaml:5:9: error: «height»: a chart 100000000000 points high is larger than the 20000 points a side yearbook draws"),
        // fuzz-chart: a width of 2e18 overflowed the line layout's pixel columns when it reached it.
        ("width: 2e18\n", "c.yaml:5:8: error: «width»: a chart 2e+18 points wide is larger than the 20000 points a side yearbook draws"),
        ("width: 10000\nheight: 8000\nscale: 8\n", "c.yaml:7:8: error: «scale»: a PNG of 80000 × 64000 pixels is larger than the 100 megapixels"),
    ])
    func aChartFileAskingForAHugeCanvasIsRefusedAtItsKey(_ keys: String, _ message: String) throws {
        let scratch = try Scratch()
        try scratch.chart("c.yaml", keys)
        let run = try scratch.shell(":", ["render", "c.yaml"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix(message), "\(run.stderr)")
        #expect(try scratch.listing() == ["c.yaml", "t.tsv"])
    }

    @Test func theEnvironmentRaisesTheLimit() throws {
        let scratch = try Scratch()
        try scratch.chart("c.yaml", formats: "[svg]", "width: 30000\n")
        #expect(try scratch.shell(":", ["render", "c.yaml"]).status == 2)
        let raised = try scratch.shell(":", ["render", "c.yaml"], environment: ["YEARBOOK_MAX_POINTS": "40000"])
        #expect(raised.status == 0, "\(raised.stderr)")
    }

    @Test(arguments: [
        (["--width", "1e7", "-o", "x.pdf"], "yearbook: error: --width: a chart 10000000 points wide is larger than the 20000 points a side yearbook draws; choose a smaller width, or raise the limit with YEARBOOK_MAX_POINTS=N (up to 100000)\n"),
        (["--width", "1e11", "-o", "x.svg"], "yearbook: error: --width: a chart 100000000000 points wide is larger than the 20000 points a side yearbook draws; choose a smaller width, or raise the limit with YEARBOOK_MAX_POINTS=N (up to 100000)\n"),
        (["--width", "10000", "--height", "8000", "-o", "x.png"], "yearbook: error: --scale: a PNG of 20000 × 16000 pixels is larger than the 100 megapixels (and 32767 pixels a side) yearbook draws; choose a smaller scale, width or height, or raise the limit with YEARBOOK_MAX_MEGAPIXELS=N (up to 1000)\n"),
    ])
    func plotRefusesAHugeCanvasNamingTheOption(_ arguments: [String], _ message: String) throws {
        let scratch = try Scratch()
        let run = try scratch.shell(":", ["plot", "t.tsv", "--year", "2020"] + arguments)
        #expect(run.status == 1)
        #expect(run.stderr == message)
        #expect(try scratch.listing() == ["t.tsv"])
    }
}
