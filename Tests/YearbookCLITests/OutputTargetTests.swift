import Foundation
import Testing

/// Only regular files are replaced through a temporary file and a rename; a device or a FIFO
/// is written into, and stays what it was.
@Suite struct OutputTargetTests {
    func fileType(_ path: String) -> mode_t {
        var info = stat()
        #expect(stat(path, &info) == 0)
        return info.st_mode & S_IFMT
    }

    @Test func aFIFOIsWrittenIntoAndStaysAFIFO() throws {
        let scratch = try Scratch()
        let fifo = scratch.url("chart.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let received = Received()
        let thread = Thread {
            received.data = FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile() ?? Data()
            received.done.signal()
        }
        thread.start()
        let run = try scratch.shell(":", ["plot", "t.tsv", "--year", "2020", "--format", "svg", "-o", fifo])
        #expect(run.status == 0, "\(run.stderr)")
        received.done.wait()
        #expect(String(decoding: received.data, as: UTF8.self).contains("<svg"))
        #expect(fileType(fifo) == S_IFIFO)
        #expect(try scratch.listing() == ["chart.fifo", "t.tsv"])
    }

    @Test func devNullIsWrittenIntoAndStaysACharacterDevice() throws {
        let scratch = try Scratch()
        for arguments in [["plot", "t.tsv", "--year", "2020", "--format", "png", "-o", "/dev/null"],
                          ["export", "t.tsv", "--year", "2020", "-o", "/dev/null"]] {
            let run = try scratch.shell(":", arguments)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(fileType("/dev/null") == S_IFCHR)
        }
    }

    @Test func devStdoutIsStandardOutput() throws {
        let scratch = try Scratch()
        let run = try scratch.shell(":", ["export", "t.tsv", "--year", "2020", "-o", "/dev/stdout"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "zone,indicator,measure,unit,year,value\nA,产值,level,亿元,2020,12\nB,产值,level,亿元,2020,7\n")
    }

    @Test func aSymbolicLinkToAFileKeepsPointingAtTheNewFile() throws {
        let scratch = try Scratch()
        try scratch.write("real.csv", "old\n")
        try FileManager.default.createSymbolicLink(atPath: scratch.url("link.csv").path, withDestinationPath: "real.csv")
        #expect(try scratch.shell(":", ["export", "t.tsv", "--year", "2020", "-o", "link.csv"]).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: scratch.url("link.csv").path) == "real.csv")
        #expect(String(decoding: scratch.bytes("real.csv") ?? Data(), as: UTF8.self).hasPrefix("zone,indicator"))
    }

    /// Two writers of one file never share a temporary name: both succeed, one of them wins whole.
    @Test func concurrentWritersOfOneFileDoNotCollide() throws {
        let scratch = try Scratch()
        let runs = Runs()
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            runs.add(try? scratch.shell(":", ["plot", "t.tsv", "--year", "2020", "-o", "same.svg"]))
        }
        #expect(runs.all.count == 4)
        for run in runs.all { #expect(run.status == 0, "\(run.stderr)") }
        #expect(try scratch.listing() == ["same.csv", "same.svg", "t.tsv"])
    }

    /// The temporary files of a writer killed mid-write are removed by the next run that writes
    /// into the folder, once their process is gone; a live writer's, and a user's own hidden
    /// files, are left alone.
    @Test func staleTemporariesOfDeadProcessesAreCleaned() throws {
        let scratch = try Scratch()
        try scratch.chart("c.yaml")
        let dead = try deadProcessID(), alive = getpid()
        let leftovers = [".c.svg.yearbook-\(dead)-1-9f3a.tmp", ".c.png.\(dead).tmp", ".other.csv.yearbook-\(dead)-7-1.tmp"]
        let kept = [".c.svg.yearbook-\(alive)-1-77.tmp", ".notes.\(dead).tmp", ".c.png.\(dead).tmp.bak"]
        for name in leftovers + kept { try scratch.write(name, "partial") }
        let run = try scratch.shell(":", ["render", "c.yaml"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try scratch.listing() == (kept + ["c.csv", "c.png", "c.scene.json", "c.svg", "c.yaml", "t.tsv"]).sorted())
    }
}

final class Received: @unchecked Sendable {
    var data = Data()
    let done = DispatchSemaphore(value: 0)
}

final class Runs: @unchecked Sendable {
    private let lock = NSLock()
    private var runs: [Run] = []
    func add(_ run: Run?) { lock.withLock { if let run { runs.append(run) } } }
    var all: [Run] { lock.withLock { runs } }
}
