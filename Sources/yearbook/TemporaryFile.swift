import ChartSpec
import Foundation

/// A file written in full beside its target, waiting to be flushed to disk and renamed over
/// it. Its name, `.NAME.yearbook-PID-N-RANDOM.tmp`, is hidden, unique to one write (the
/// process, a counter and a random part, so two writes of one target never share it), and
/// names the process, so a later run can remove what a killed process left behind.
///
/// Writing and flushing are two steps so that `render` can leave the flush, which waits on the
/// disk, to another thread while its workers draw the next charts. The file stays open between
/// them: a flush through the descriptor that wrote it is the one that reports a failed write.
final class TemporaryFile {
    let path: String
    private var descriptor: Int32?

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
        descriptor = fd
        do {
            try produce { try writeAll($0, to: fd, path: shown) }
        } catch {
            remove()
            throw error
        }
    }

    // One staged but neither committed nor discarded (an error between the two) still lets its
    // descriptor go; the file itself is a stale temporary for the next run to remove.
    deinit {
        if let fd = descriptor { close(fd) }
    }

    /// Flushes the file to disk and closes it.
    func flush(for shown: String) throws {
        guard let fd = descriptor else { return }
        descriptor = nil
        let flushed = fsync(fd) == 0 ? nil : errno
        let closed = close(fd) == 0 ? nil : errno
        if let failure = flushed ?? closed { throw Failure.cannotWrite(shown, String(cString: strerror(failure))) }
    }

    func rename(over target: String, for shown: String) throws {
        guard Foundation.rename(path, target) == 0 else { throw Failure.cannotWrite(shown, String(cString: strerror(errno))) }
    }

    func remove() {
        if let fd = descriptor { close(fd) }
        descriptor = nil
        unlink(path)
    }

    private static let counter = Counter()

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func next() -> Int { lock.withLock { value += 1; return value } }
    }
}
