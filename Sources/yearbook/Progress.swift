import Foundation

/// Reports a batch as it runs: a progress bar on a terminal, one plain line per chart otherwise
/// (CI logs), and a summary at the end.
final class Progress: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private let started = Date()
    private var done = 0
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
                print(line)
            }
        }
    }

    func summary(_ line: String) {
        lock.withLock {
            if terminal { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
            print(line)
        }
    }
}
