import ChartSpec
import Foundation

/// Writes the files of one output — a chart's PNG, PDF, SVG and CSV, or one exported table —
/// so that they are all new or all old. Every file is first written in full to a temporary
/// file beside it and flushed to disk; only when all are written are they renamed over their
/// targets, and the folders flushed after, so neither a failed write (a full disk, a read-only
/// folder) nor a crash of the machine leaves a file empty, half-written or out of step with
/// the others. Targets are checked before anything is written, so the renames, within one
/// folder each, do not fail for a folder in the way.
///
/// A target that is not a regular file — a character device such as /dev/null, a FIFO, or
/// anything under /dev or /proc such as /dev/stdout — is written directly, after the
/// temporaries: renaming over it would replace it with a regular file.
enum OutputFiles {
    static func write(_ files: [(path: String, bytes: [UInt8])]) throws {
        let targets = try files.map { try OutputTarget($0.path) }
        var staged: [(temporary: TemporaryFile, target: String, shown: String)] = []
        do {
            for (target, file) in zip(targets, files) where !target.isStream {
                staged.append((try TemporaryFile(beside: target.path, holding: file.bytes, for: file.path), target.path, file.path))
            }
            for (target, file) in zip(targets, files) where target.isStream {
                try writeDirectly(file.bytes, to: target.path)
            }
            for (temporary, target, shown) in staged {
                try temporary.rename(over: target, for: shown)
            }
        } catch {
            for (temporary, _, _) in staged { temporary.remove() }
            throw error
        }
        for folder in Set(staged.map { PathText.folder(of: $0.target) }) {
            syncFolder(folder)
        }
    }

    /// Writes one file from what `produce` hands its writer, piece by piece, so that a large
    /// export is never whole in memory; all or nothing as above.
    static func write(_ path: String, producing produce: (_ write: ([UInt8]) throws -> Void) throws -> Void) throws {
        let target = try OutputTarget(path)
        guard !target.isStream else {
            let fd = open(target.path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
            guard fd >= 0 else { throw Failure.cannotWrite(path, String(cString: strerror(errno))) }
            defer { close(fd) }
            try produce { try writeAll($0, to: fd, path: path) }
            return
        }
        let temporary = try TemporaryFile(beside: target.path, for: path, producing: produce)
        do {
            try temporary.rename(over: target.path, for: path)
        } catch {
            temporary.remove()
            throw error
        }
        syncFolder(PathText.folder(of: target.path))
    }

    private static func writeDirectly(_ bytes: [UInt8], to path: String) throws {
        let fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure.cannotWrite(path, String(cString: strerror(errno))) }
        defer { close(fd) }
        try writeAll(bytes, to: fd, path: path)
    }

    /// Makes the renames into `folder` durable; a folder that cannot be opened or flushed
    /// (some file systems refuse) leaves them as durable as the system makes them anyway.
    private static func syncFolder(_ folder: String) {
        let fd = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }
}

/// Writes all of `bytes` to `fd`, resuming after a partial write or a signal.
func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws {
    var offset = 0
    while offset < bytes.count {
        let written = bytes[offset...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
        if written < 0 {
            if errno == EINTR { continue }
            throw Failure.cannotWrite(path, String(cString: strerror(errno)))
        }
        offset += written
    }
}
