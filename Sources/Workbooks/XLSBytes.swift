/// Little-endian integers read from bytes in memory, each read checked against the end first,
/// so that an offset or length taken from a hostile file gives nil instead of a trap. The
/// bytes are never copied: reads load straight from the array's storage.
struct XLSBytes: Sendable {
    let bytes: [UInt8]

    var count: Int { bytes.count }

    /// True when `length` bytes from `offset` lie inside the bytes (no overflow on huge values).
    func contains(_ offset: Int, _ length: Int) -> Bool {
        offset >= 0 && length >= 0 && offset <= bytes.count && length <= bytes.count - offset
    }

    func u8(_ offset: Int) -> UInt8? {
        contains(offset, 1) ? bytes[offset] : nil
    }

    func u16(_ offset: Int) -> UInt16? {
        load(offset, as: UInt16.self)
    }

    func u32(_ offset: Int) -> UInt32? {
        load(offset, as: UInt32.self)
    }

    func u64(_ offset: Int) -> UInt64? {
        load(offset, as: UInt64.self)
    }

    private func load<T: FixedWidthInteger>(_ offset: Int, as type: T.Type) -> T? {
        guard contains(offset, MemoryLayout<T>.size) else { return nil }
        return bytes.withUnsafeBytes { T(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: T.self)) }
    }
}
