import Foundation
import Testing
@testable import YearbookData

/// Sizes are checked while reading, and row, column and cell limits hold for text tables as
/// for workbooks; every refusal says which limit was passed.
@Suite struct InputLimitTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("yearbook-limits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func aFileLargerThanTheLimitIsRefusedNamingTheLimit() throws {
        let url = try folder().appendingPathComponent("big.tsv")
        try Data(repeating: UInt8(ascii: "a"), count: 5_000).write(to: url)
        #expect(throws: DataError(SourceLocation(file: url.path), "is larger than 4096 bytes, the most a table file may hold; expected a yearbook table, which is far smaller")) {
            try TableFile.contents(of: url.path, maxBytes: 4_096)
        }
        #expect(try TableFile.contents(of: url.path, maxBytes: 5_000).count == 5_000)
    }

    /// An endless input (here a FIFO that is never closed) is refused once the limit is passed,
    /// not read to its end.
    @Test func anEndlessStreamStopsAtTheLimit() throws {
        let fifo = try folder().appendingPathComponent("endless")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let writer = Thread {
            let fd = open(fifo.path, O_WRONLY)
            let chunk = [UInt8](repeating: 0x41, count: 4_096)
            while chunk.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) > 0 {}
            close(fd)
        }
        signal(SIGPIPE, SIG_IGN)
        writer.start()
        #expect(throws: DataError(SourceLocation(file: fifo.path), "is larger than 1 MiB, the most a table file may hold; expected a yearbook table, which is far smaller")) {
            try TableFile.contents(of: fifo.path, maxBytes: 1 << 20)
        }
    }

    @Test func aFolderAndAMissingFileSayWhatTheyAre() throws {
        let dir = try folder()
        #expect(throws: DataError(SourceLocation(file: dir.path), "cannot be read: it is a folder, not a table file")) {
            try TableFile.contents(of: dir.path)
        }
        #expect(throws: DataError.fileNotFound(dir.appendingPathComponent("nope.tsv").path)) {
            try TableFile.contents(of: dir.appendingPathComponent("nope.tsv").path)
        }
    }

    @Test(.enabled(if: getuid() != 0, "root reads any file"))
    func anUnreadableFileSaysPermissionDenied() throws {
        let url = try folder().appendingPathComponent("secret.tsv")
        try Data("名称\t产值\nA\t1\n".utf8).write(to: url)
        chmod(url.path, 0)
        #expect(throws: DataError(SourceLocation(file: url.path), "cannot be read: Permission denied")) {
            try TableFile.contents(of: url.path)
        }
    }

    @Test func aTextTableWithTooManyRowsIsRefusedAtTheRowThatPassesTheLimit() {
        let text = "名称\t产值\n" + (1...5).map { "Z\($0)\t\($0)\n" }.joined()
        #expect(throws: DataError(SourceLocation(file: "t.tsv", line: 4), "the table has more than 3 rows, the most a table may have; expected a yearbook table, which is far smaller")) {
            try TableFile.parse(Data(text.utf8), file: "t.tsv", limits: CellGrid.Limits(maxRows: 3))
        }
    }

    @Test func aTextRowWithTooManyCellsIsRefused() {
        let text = "名称\t产值\nA" + String(repeating: "\t1", count: 10) + "\n"
        #expect(throws: DataError(SourceLocation(file: "t.csv", line: 2), "this row has more than 8 cells, the most a row may have; expected a yearbook table, which is far narrower")) {
            try TableFile.parse(Data(text.replacingOccurrences(of: "\t", with: ",").utf8), file: "t.csv", limits: CellGrid.Limits(maxColumns: 8))
        }
    }

    /// A file of nothing but delimiters would otherwise become millions of empty strings.
    @Test func aTextTableWithTooManyCellsIsRefused() {
        let text = String(repeating: String(repeating: ",", count: 9) + "\n", count: 20)
        #expect(throws: DataError(SourceLocation(file: "t.csv", line: 11), "the table has more than 100 cells, the most a table may have; expected a yearbook table, which is far smaller")) {
            try TableFile.parse(Data(("a,b\n" + text).utf8), file: "t.csv", limits: CellGrid.Limits(maxCells: 100))
        }
    }
}
