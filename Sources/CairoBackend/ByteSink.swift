import CCairo

/// Collects what Cairo writes through a stream callback, so PNG and PDF bytes are built in
/// memory and the caller decides where they go (the CLI writes files atomically).
final class ByteSink {
    private(set) var bytes: [UInt8] = []

    /// Runs `body` with a write function and the closure pointer Cairo passes back to it.
    func collect<T>(_ body: (cairo_write_func_t, UnsafeMutableRawPointer) throws -> T) rethrows -> T {
        try withExtendedLifetime(self) {
            try body(byteSinkWrite, Unmanaged.passUnretained(self).toOpaque())
        }
    }

    fileprivate func append(_ data: UnsafePointer<UInt8>, count: Int) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: count))
    }
}

private func byteSinkWrite(_ closure: UnsafeMutableRawPointer?, _ data: UnsafePointer<UInt8>?, _ length: UInt32) -> cairo_status_t {
    guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
    Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue().append(data, count: Int(length))
    return CAIRO_STATUS_SUCCESS
}
