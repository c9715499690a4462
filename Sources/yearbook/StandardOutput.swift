import Foundation

/// Standard output, written so that a failure reaches the user: `FileHandle.write(_:)` traps
/// on a write error (a full disk, a pipe closed with SIGPIPE ignored) and `print` drops it,
/// so every command writes its output through here and a failed write is an error, exit 1.
enum StandardOutput {
    static func write(_ text: String) throws {
        try write(Array(text.utf8))
    }

    /// Writes all of `bytes`, resuming after a partial write or a signal.
    static func write(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes(posixWrite)
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure.cannotWriteStandardOutput(String(cString: strerror(errno)))
            }
            offset += written
        }
    }
}

/// write(2) to standard output, outside `StandardOutput`, whose own `write` would shadow it.
private func posixWrite(_ buffer: UnsafeRawBufferPointer) -> Int {
    write(STDOUT_FILENO, buffer.baseAddress, buffer.count)
}
