import Foundation
import Testing

/// Runs a command-line tool found on PATH and returns its standard output. A missing tool
/// fails the test rather than skipping it: `make deps` installs poppler-utils.
func runTool(_ tool: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [tool] + arguments
    let output = Pipe(), errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw ToolFailure(description: "\(tool) exited with status \(process.terminationStatus) (\(message.trimmingCharacters(in: .whitespacesAndNewlines))); `make deps` installs poppler-utils")
    }
    return String(decoding: data, as: UTF8.self)
}

struct ToolFailure: Error, CustomStringConvertible {
    var description: String
}

/// Writes `bytes` to a fresh file in the temporary folder, runs `body` on its path and removes it.
func withTemporaryFile<T>(_ bytes: [UInt8], suffix: String, _ body: (String) throws -> T) throws -> T {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("cairo-backend-\(UUID().uuidString).\(suffix)")
    try Data(bytes).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url.path)
}
