import ChartSpec
import Foundation

/// A file written in full and flushed to disk beside its target, waiting to be renamed over
/// it. Its name, `.NAME.yearbook-PID-N-RANDOM.tmp`, is hidden, unique to one write (the
/// process, a counter and a random part, so two writes of one target never share it), and
/// names the process, so a later run can remove what a killed process left behind.
struct TemporaryFile {
    let path: String

    /// Writes what `produce` hands its writer, piece by piece, to a new temporary file in
    /// `target`'s folder; on failure nothing is left. Errors name `shown`, the path as the
    /// user gave it.
    init(beside target: String, for shown: String, producing produce: (_ write: ([UInt8]) throws -> Void) throws -> Void) throws {
        let folder = PathText.folder(of: target)
        StaleTemporaries.clean(folder)
        let name = (target as NSString).lastPathComponent
        // A prefix of the name only: it is there for people, and the whole must stay under 255 bytes.
        let prefix = String(decoding: name.utf8.prefix(100), as: UTF8.self).replacingOccurrences(of: "\u{FFFD}", with: "")
        let unique = "\(getpid())-\(TemporaryFile.counter.next())-\(String(UInt64.random(in: 0...UInt64.max), radix: 16))"
        path = (folder as NSString).appendingPathComponent(".\(prefix).\(StaleTemporaries.marker)\(unique).tmp")
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw Failure.cannotWrite(shown, String(cString: strerror(errno))) }
        do {
            try produce { try writeAll($0, to: fd, path: shown) }
            if fsync(fd) != 0 { throw Failure.cannotWrite(shown, String(cString: strerror(errno))) }
            if close(fd) != 0 { throw Failure.cannotWrite(shown, String(cString: strerror(errno))) }
        } catch {
            close(fd)
            unlink(path)
            throw error
        }
    }

    func rename(over target: String, for shown: String) throws {
        guard Foundation.rename(path, target) == 0 else { throw Failure.cannotWrite(shown, String(cString: strerror(errno))) }
    }

    func remove() {
        unlink(path)
    }

    private static let counter = Counter()

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func next() -> Int { lock.withLock { value += 1; return value } }
    }
}
