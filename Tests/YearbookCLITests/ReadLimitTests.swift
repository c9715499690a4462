import Foundation
import Testing

/// Inputs are read in chunks within the limit, standard input included, and from memory only:
/// no format copies its input to a temporary file.
@Suite struct ReadLimitTests {
    /// An endless standard input is refused once it passes 128 MiB, with the true reason.
    @Test func anEndlessStandardInputIsRefusedAtTheLimit() throws {
        let scratch = try Scratch()
        let run = try scratch.shell("ulimit -v 1000000", ["inspect", "-"], stdin: FileHandle(forReadingAtPath: "/dev/zero"))
        #expect(run.status == 2)
        #expect(run.stderr == "<stdin>: error: is larger than 128 MiB, the most a table file may hold; expected a yearbook table, which is far smaller\n")
    }

    @Test(arguments: ["Tests/WorkbooksTests/Fixtures/table64.xls", "Tests/FuzzCorpus/xlsx/stored.xlsx", "Tests/FuzzCorpus/html/spans.html", "Datasets/table64.tsv"])
    func noFormatWritesATemporaryFile(_ table: String) throws {
        let scratch = try Scratch()
        try FileManager.default.createDirectory(at: scratch.url("tmp"), withIntermediateDirectories: false)
        let input = try #require(FileHandle(forReadingAtPath: repositoryRoot.appendingPathComponent(table).path))
        let run = try scratch.shell(":", ["export", "-", "--year", "2020", "--format", "csv"], stdin: input,
                                    environment: ["TMPDIR": scratch.url("tmp").path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("zone,indicator,measure,unit,year,value\n"))
        #expect(try scratch.listing() == ["t.tsv", "tmp"])
        #expect(try scratch.listing("tmp") == [])
    }
}
