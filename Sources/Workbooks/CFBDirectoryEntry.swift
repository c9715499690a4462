/// One 128-byte entry of a compound file's directory ([MS-CFB] 2.6): a storage, a stream or
/// the root (whose sectors hold the mini stream). Only what finding and reading a stream
/// needs is kept; the red-black tree links are not followed, since the directory is scanned.
struct CFBDirectoryEntry: Sendable {
    enum Kind: UInt8 {
        case storage = 1, stream = 2, root = 5
    }

    static let size = 128

    var name: String
    var kind: Kind?
    var startSector: UInt32
    /// As the entry claims it: checked against the sectors actually chained when the stream is read.
    var size: UInt64

    /// The entry at `offset`, or nil when its name length is impossible (an unused or damaged entry).
    /// Version 3 files keep only the low 32 bits of the size; the high half may hold garbage.
    init?(_ bytes: XLSBytes, at offset: Int, majorVersion: UInt16) {
        guard let nameBytes = bytes.u16(offset + 0x40), nameBytes >= 2, nameBytes <= 64, nameBytes % 2 == 0,
              let type = bytes.u8(offset + 0x42), let start = bytes.u32(offset + 0x74),
              let low = bytes.u32(offset + 0x78), let high = bytes.u32(offset + 0x7C) else { return nil }
        let units = (0..<Int(nameBytes) / 2 - 1).compactMap { bytes.u16(offset + 2 * $0) }
        name = String(decoding: units, as: UTF16.self)
        kind = Kind(rawValue: type)
        startSector = start
        size = majorVersion >= 4 ? UInt64(high) << 32 | UInt64(low) : UInt64(low)
    }
}
