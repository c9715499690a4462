import Foundation
import Testing

/// Inputs that crashed or hung the tool (found by fuzzing and by hand), each now ending in a
/// clear error or a correct chart. The inputs are made here, small, rather than kept as files.
@Suite struct HostileInputTests {
    /// A one-column table of `value` in 亿元, written to a fresh folder.
    func table(_ value: String) throws -> URL {
        let url = try temporaryFolder().appendingPathComponent("values.tsv")
        try "名称\t产值(亿元)\nA\t\(value)\n".write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func aNumberBeyondTheDoublesIsRefusedNamingTheCell() throws {
        let run = try yearbook(["plot", try table("1e999").path, "--year", "2020", "-o", "x.svg"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("values.tsv:2:2: error: the number 1e999 in column «产值(亿元)» is too large to compute with (beyond ±1.8e308); check the cell (cell B2)"))
    }

    /// ±1e308 亿元 is shown in 万亿元 (1e304), past every unit word, with an exponent.
    @Test(arguments: [("4.9e-324", "4.94e−324"), ("1e308", "1e304"), ("-1e308", "−1e304")])
    func extremeNumbersGiveAChartWithFiniteTicks(_ value: String, _ label: String) throws {
        let data = try table(value)
        let svg = data.deletingLastPathComponent().appendingPathComponent("x.svg")
        let run = try yearbook(["plot", data.path, "--year", "2020", "-o", svg.path])
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOf: svg, encoding: .utf8)
        #expect(text.contains(">\(label)</text>"))
        #expect(!text.contains("nan") && !text.contains("inf"))
    }

    @Test func aThousandCharacterIndicatorWrapsTheTitle() throws {
        let url = try temporaryFolder().appendingPathComponent("long.tsv")
        try "名称\t\(String(repeating: "工业总产值", count: 200))(亿元)\n柯桥\t12\n".write(to: url, atomically: true, encoding: .utf8)
        let svg = url.deletingLastPathComponent().appendingPathComponent("x.svg")
        let run = try yearbook(["plot", url.path, "--year", "2020", "-o", svg.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try String(contentsOf: svg, encoding: .utf8).contains("…</text>"))
    }

    @Test func aDeeplyNestedChartFileIsRefusedBeforeParsing() throws {
        let url = try temporaryFolder().appendingPathComponent("deep.json")
        try ("{\"data\": \"x.tsv\", \"indicator\": " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "}")
            .write(to: url, atomically: true, encoding: .utf8)
        let run = try yearbook(["render", url.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("deep.json:1:94: error: lists and mappings nest more than 64 levels deep here"))
    }

    @Test(arguments: [
        ["export", "Datasets/table64.tsv", "--format", "csv", "--year", "2020"],
        ["inspect", "Datasets/table64.tsv"],
        ["plot", "Datasets/table64.tsv", "--year", "2020", "--print-spec", "-"],
    ])
    func aFullStandardOutputIsAnError(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = productsDirectory.appendingPathComponent("yearbook")
        process.arguments = arguments
        process.currentDirectoryURL = repositoryRoot
        process.standardOutput = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let err = Pipe()
        process.standardError = err
        try process.run()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(String(decoding: stderr, as: UTF8.self).hasSuffix("yearbook: error: cannot write to standard output: No space left on device\n"))
    }
}
