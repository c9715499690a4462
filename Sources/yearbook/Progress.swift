import Foundation

/// Reports a batch as it runs: a progress bar on a terminal, one plain line per chart otherwise
/// (CI logs, `NO_COLOR`, `TERM=dumb`, `--verbose`), and a summary at the end; `--quiet` keeps
/// only failures. What was rendered goes to standard output, what failed to standard error. A
/// failed write of a line is kept until the summary, so the charts still get drawn and the run
/// still fails.
final class Progress: @unchecked Sendable {
    /// How much a run says.
    enum Verbosity { case quiet, normal, verbose }

    private let lock = NSLock()
    private let total: Int
    private let started = Date()
    private var done = 0
    private var outputError: Error?
    private let terminal: Bool
    private let verbosity: Verbosity
    private var failedSpecs: [String] = []

    init(total: Int, verbosity: Verbosity = .normal, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.total = total
        self.verbosity = verbosity
        // The bar redraws with escape codes: only on a terminal that understands them, and
        // never when the user asked for plain output.
        let plain = environment["NO_COLOR"].map { !$0.isEmpty } == true || environment["TERM"] == "dumb"
        terminal = isatty(STDERR_FILENO) == 1 && !plain && verbosity == .normal
    }

    var elapsed: String { String(format: "%.2f s", Date().timeIntervalSince(started)) }

    /// One chart was drawn and written: `line` says what became of it.
    func succeeded(_ line: String) {
        lock.withLock {
            advance(bar: nil)
            if !terminal && verbosity != .quiet { write(line) }
        }
    }

    /// One chart failed, to draw or to write: `message` says why.
    func failed(_ spec: String, _ message: String) {
        lock.withLock {
            failedSpecs.append(spec)
            advance(bar: message)
            if !terminal { printError(message) }
        }
    }

    func summary(_ line: String) throws {
        try lock.withLock {
            if terminal { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
            if verbosity != .quiet || !failedSpecs.isEmpty { write(line) }
            if let outputError { throw outputError }
        }
    }

    /// Counts one chart and, on a terminal, redraws the bar with `message` above it. Called
    /// with the lock held.
    private func advance(bar message: String?) {
        done += 1
        guard terminal else { return }
        let width = 30
        let filled = total == 0 ? width : width * done / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        var text = "\r\u{1B}[2K"
        if let message { text += message + "\n" }
        text += "\(bar) \(done)/\(total) charts · \(elapsed)"
        FileHandle.standardError.write(Data(text.utf8))
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
