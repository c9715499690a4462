import Foundation

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
    /// Standard output as written, for output that is not UTF-8 text.
    var stdoutBytes = Data()
}

/// Runs the built `yearbook` binary from the repository's root.
func yearbook(_ arguments: [String], stdin: Data? = nil, in folder: URL = repositoryRoot) throws -> Run {
    let process = Process()
    process.executableURL = productsDirectory.appendingPathComponent("yearbook")
    process.arguments = arguments
    process.currentDirectoryURL = folder
    let out = Pipe(), err = Pipe(), input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(stdin) }
    try input.fileHandleForWriting.close()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self),
               stdoutBytes: stdout)
}

/// Where SwiftPM put the binaries: the folder holding the test bundle.
var productsDirectory: URL {
    #if os(macOS)
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
        return bundle.bundleURL.deletingLastPathComponent()
    }
    fatalError("couldn't find the products directory")
    #else
    return Bundle.main.bundleURL
    #endif
}

func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("yearbook-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
