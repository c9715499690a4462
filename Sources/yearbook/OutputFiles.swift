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
    /// What one file holds: bytes in memory, or what a producer hands its writer piece by
    /// piece, so that a large file (a table's export, a long series' data CSV) is never whole
    /// in memory.
    enum Content {
        case bytes([UInt8])
        case produced((_ write: ([UInt8]) throws -> Void) throws -> Void)
    }

    static func write(_ files: [(path: String, bytes: [UInt8])]) throws {
        try write(files.map { (path: $0.path, content: Content.bytes($0.bytes)) })
    }

    /// Writes one file from what `produce` hands its writer; all or nothing as above.
    static func write(_ path: String, producing produce: @escaping (_ write: ([UInt8]) throws -> Void) throws -> Void) throws {
        try write([(path: path, content: .produced(produce))])
    }

    static func write(_ files: [(path: String, content: Content)]) throws {
        try stage(files).commit()
    }

    /// Writes every file beside its target (and a stream target in place), for `commit` to
    /// flush and rename over the targets; on failure nothing is left.
    static func stage(_ files: [(path: String, content: Content)]) throws -> Staged {
        let targets = try files.map { try OutputTarget($0.path) }
        let staged = Staged()
        do {
            for (target, file) in zip(targets, files) where !target.isStream {
                staged.files.append((try TemporaryFile(beside: target.path, for: file.path, producing: file.content.produce), target.path, file.path))
            }
            for (target, file) in zip(targets, files) where target.isStream {
                try writeDirectly(file.content, to: target.path, for: file.path)
            }
        } catch {
            staged.discard()
            throw error
        }
        return staged
    }

    /// One output's files, written beside their targets but not yet flushed or in place. It
    /// is handed from the thread that wrote it to the one that commits it, never shared.
    final class Staged: @unchecked Sendable {
        fileprivate var files: [(temporary: TemporaryFile, target: String, shown: String)] = []

        /// Flushes every file, then renames each over its target and flushes their folders; on
        /// failure the temporaries are removed.
        func commit() throws {
            do {
                for (temporary, _, shown) in files { try temporary.flush(for: shown) }
                for (temporary, target, shown) in files { try temporary.rename(over: target, for: shown) }
            } catch {
                discard()
                throw error
            }
            for folder in Set(files.map { PathText.folder(of: $0.target) }) {
                OutputFiles.syncFolder(folder)
            }
        }

        fileprivate func discard() {
            for (temporary, _, _) in files { temporary.remove() }
        }
    }

    private static func writeDirectly(_ content: Content, to path: String, for shown: String) throws {
        let fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure.cannotWrite(shown, String(cString: strerror(errno))) }
        defer { close(fd) }
        try content.produce { try writeAll($0, to: fd, path: shown) }
    }

    /// Makes the renames into `folder` durable; a folder that cannot be opened or flushed
    /// (some file systems refuse) leaves them as durable as the system makes them anyway.
    fileprivate static func syncFolder(_ folder: String) {
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

extension OutputFiles.Content {
    /// Hands `write` the content, whole or in pieces.
    var produce: (_ write: ([UInt8]) throws -> Void) throws -> Void {
        switch self {
        case .bytes(let bytes): return { write in try write(bytes) }
        case .produced(let produce): return produce
        }
    }
}
