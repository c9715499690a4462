import Foundation
import Testing

/// A chart whose files cannot be written is a failure: exit 1, the error on standard error,
/// and the chart's files all old (here: all still the first render's) or all new.
@Suite struct WriteFaultTests {
    /// A scratch folder with chart c rendered once, and its table changed since, so a second
    /// render would change every one of c.png, c.svg and c.csv.
    func rendered() throws -> (Scratch, [String: Data]) {
        let scratch = try Scratch()
        try scratch.chart("c.yaml")
        #expect(try scratch.shell(":", ["render", "c.yaml"]).status == 0)
        let before = Dictionary(uniqueKeysWithValues: ["c.png", "c.svg", "c.csv"].map { ($0, scratch.bytes($0) ?? Data()) })
        try scratch.write("t.tsv", "名称\t产值(亿元)\nA\t12\nB\t8\n")
        return (scratch, before)
    }

    func expectUnchanged(_ scratch: Scratch, _ before: [String: Data]) throws {
        for (name, bytes) in before { #expect(scratch.bytes(name) == bytes, "\(name) changed") }
        #expect(try scratch.listing() == ["c.csv", "c.png", "c.scene.json", "c.svg", "c.yaml", "t.tsv"], "a temporary file was left behind")
    }

    /// `ulimit -f` makes writes past 2 KiB fail as a full disk would (EFBIG, with SIGXFSZ
    /// ignored): the small CSV could be written, the PNG and SVG cannot, so none is replaced.
    @Test func aWriteThatFailsHalfwayLeavesEveryFileOld() throws {
        let (scratch, before) = try rendered()
        let run = try scratch.shell("ulimit -f 4; trap '' XFSZ", ["render", "c.yaml"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("yearbook: error: c.png: cannot be written (File too large)") || run.stderr.contains("c.svg: cannot be written (File too large)"), "\(run.stderr)")
        #expect(!run.stdout.contains("error"))
        #expect(run.stdout.contains("0 of 1 charts rendered, 0 files, in "))
        #expect(run.stdout.contains("; 1 failed: c.yaml"))
        try expectUnchanged(scratch, before)
    }

    @Test func aFolderInTheWayFailsTheChartBeforeAnythingIsWritten() throws {
        let (scratch, before) = try rendered()
        try FileManager.default.removeItem(at: scratch.url("c.svg"))
        try FileManager.default.createDirectory(at: scratch.url("c.svg"), withIntermediateDirectories: false)
        let run = try scratch.shell(":", ["render", "c.yaml"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("yearbook: error: c.svg: cannot be written (it is a folder)"), "\(run.stderr)")
        #expect(scratch.bytes("c.png") == before["c.png"])
        #expect(scratch.bytes("c.csv") == before["c.csv"])
    }

    @Test(.enabled(if: getuid() != 0, "root writes into any folder"))
    func aReadOnlyFolderFailsTheChart() throws {
        let (scratch, before) = try rendered()
        chmod(scratch.root.path, 0o555)
        defer { chmod(scratch.root.path, 0o755) }
        let run = try scratch.shell(":", ["render", "c.yaml"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("cannot be written (Permission denied)"))
        try expectUnchanged(scratch, before)
    }

    /// The good charts of a batch are still written when one chart's files cannot be.
    @Test func oneUnwritableChartDoesNotStopTheOthers() throws {
        let scratch = try Scratch()
        try scratch.chart("a.yaml")
        try scratch.chart("b.yaml")
        try FileManager.default.createDirectory(at: scratch.url("b.png"), withIntermediateDirectories: false)
        let run = try scratch.shell(":", ["render", "a.yaml", "b.yaml", "--jobs", "2"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("rendered a.yaml → png, svg, csv"))
        #expect(run.stdout.contains("1 of 2 charts rendered, 4 files"))
        #expect(run.stdout.hasSuffix("; 1 failed: b.yaml\n"))
        #expect(run.stderr.contains("yearbook: error: b.png: cannot be written (it is a folder)"))
        #expect(scratch.bytes("b.svg") == nil && scratch.bytes("b.csv") == nil)
    }

    /// Charts are put in place by a committer thread while the workers draw on: every good
    /// chart of a batch is in place, whole, when the summary is printed, nothing temporary is
    /// left, and the failed ones — one that cannot be drawn, one whose files cannot be
    /// written — are named in the order given.
    @Test func aBatchPutsEveryGoodChartInPlaceAndNamesTheFailedInOrder() throws {
        let scratch = try Scratch()
        let names = (1...12).map { String(format: "c%02d", $0) }
        for name in names where name != "c04" { try scratch.chart(name + ".yaml") }
        try scratch.chart("c04.yaml", data: "missing.tsv")
        try FileManager.default.createDirectory(at: scratch.url("c09.svg"), withIntermediateDirectories: false)
        let run = try scratch.shell(":", ["render"] + names.map { $0 + ".yaml" } + ["--jobs", "2"])
        #expect(run.status == 2)
        #expect(run.stdout.contains("10 of 12 charts rendered, 40 files"), "\(run.stdout)")
        #expect(run.stdout.hasSuffix("; 2 failed: c04.yaml, c09.yaml\n"), "\(run.stdout)")
        #expect(run.stderr.contains("yearbook: error: c09.svg: cannot be written (it is a folder)"))
        let good = names.filter { $0 != "c04" && $0 != "c09" }
        let png = try #require(scratch.bytes("c01.png"))
        for name in good {
            #expect(scratch.bytes(name + ".png") == png, "\(name).png")
            #expect(scratch.bytes(name + ".svg")?.isEmpty == false && scratch.bytes(name + ".csv")?.isEmpty == false, "\(name)")
        }
        #expect(try scratch.listing().filter { $0.hasPrefix(".") }.isEmpty, "a temporary file was left behind")
        #expect(scratch.bytes("c09.png") == nil && scratch.bytes("c04.png") == nil)
    }
}
