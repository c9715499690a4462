import Foundation

/// A scratch folder holding a two-zone table `t.tsv` and chart files, for the fault tests.
struct Scratch {
    let root: URL

    init() throws {
        root = try temporaryFolder()
        try write("t.tsv", "名称\t产值(亿元)\nA\t12\nB\t7\n")
    }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    func write(_ path: String, _ text: String) throws {
        try FileManager.default.createDirectory(at: url(path).deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url(path), atomically: false, encoding: .utf8)
    }

    /// A chart file drawing `t.tsv` (from `data`, relative to the chart file) as `formats`, with `extra` keys.
    func chart(_ path: String, data: String = "t.tsv", formats: String = "[png, svg]", _ extra: String = "") throws {
        try write(path, "data: \(data)\nyear: 2020\nkind: bar\nformats: \(formats)\n\(extra)")
    }

    func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: url(path).path) }

    /// Everything in `folder`, hidden files included.
    func listing(_ folder: String = "") throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url(folder).path).sorted()
    }

    /// Runs the built binary through /bin/sh, so a test can set limits (`ulimit -f`) first:
    /// `prefix` runs before `exec yearbook arguments…`.
    func shell(_ prefix: String, _ arguments: [String], stdin: FileHandle? = nil, environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", prefix + "; exec \"$0\" \"$@\"", productsDirectory.appendingPathComponent("yearbook").path] + arguments
        process.currentDirectoryURL = root
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin ?? FileHandle.nullDevice
        try process.run()
        let stdout = Reader(out.fileHandleForReading)
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout.data, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }
}

/// Reads a pipe to its end on a thread of its own, so a child filling both pipes never blocks.
final class Reader: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var bytes = Data()

    init(_ handle: FileHandle) {
        Thread { [self] in
            bytes = handle.readDataToEndOfFile()
            done.signal()
        }.start()
    }

    var data: Data {
        done.wait()
        return bytes
    }
}

/// A process id no process has: one that just exited.
func deadProcessID() throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/true")
    try process.run()
    process.waitUntilExit()
    return process.processIdentifier
}
