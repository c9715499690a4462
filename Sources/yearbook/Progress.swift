import Foundation

/// Reports a batch as it runs: a progress bar on a terminal, one plain line per chart otherwise
/// (CI logs), and a summary at the end. A failed write of a line is kept until the summary, so
/// the charts still get drawn and the run still fails.
final class Progress: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private let started = Date()
    private var done = 0
    private var outputError: Error?
    private let terminal = isatty(STDERR_FILENO) == 1

    init(total: Int) { self.total = total }

    var elapsed: String { String(format: "%.2f s", Date().timeIntervalSince(started)) }

    /// One chart finished: `line` says what became of it.
    func finished(_ line: String, failed: Bool) {
        lock.withLock {
            done += 1
            if terminal {
                let width = 30
                let filled = total == 0 ? width : width * done / total
                let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
                var text = "\r\u{1B}[2K"
                if failed { text += line + "\n" }
                text += "\(bar) \(done)/\(total) charts · \(elapsed)"
                FileHandle.standardError.write(Data(text.utf8))
            } else {
                write(line)
            }
        }
    }

    func summary(_ line: String) throws {
        try lock.withLock {
            if terminal { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
            write(line)
            if let outputError { throw outputError }
        }
    }

    /// Called with the lock held.
    private func write(_ line: String) {
        do {
            try StandardOutput.write(line + "\n")
        } catch {
            outputError = outputError ?? error
        }
    }
}
