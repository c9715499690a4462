import Foundation

/// The entries a ZIP archive lists in its central directory, read with every offset and length
/// checked against the data.
///
/// ZIPFoundation 0.9.20 is not used for this: its in-memory `Archive` traps when a damaged
/// directory points past the end of the data (found by fuzzing: "Range requires lowerBound <=
/// upperBound" in `Archive.MemoryFile.readData`), and its Linux inflate loops forever on a
/// stream that ends early (weichsel/ZIPFoundation#389). The reader walks the directory itself
/// and leaves ZIPFoundation only the inflating and checksumming of an entry's own bytes.
enum XLSXZipDirectory {
    struct Entry {
        /// Decoded as UTF-8: an .xlsx names its parts in ASCII, and a byte that is not UTF-8
        /// cannot hide a `/` or a `..`.
        var path: String
        /// 0 stored, 8 deflated; an .xlsx uses nothing else.
        var method: Int
        var isEncrypted: Bool
        var checksum: UInt32
        var compressedSize: Int
        var size: Int
        var localHeader: Int
    }

    /// The entries in directory order, or nil when the data hold no readable directory.
    static func entries(in data: Data) -> [Entry]? {
        let bytes = Bytes(data: data)
        guard let end = endOfCentralDirectory(bytes), var count = bytes.uint(end + 10, 2),
              var position = bytes.uint(end + 16, 4) else { return nil }
        if count == 0xFFFF || position == 0xFFFF_FFFF {
            guard bytes.uint(end - 20, 4) == 0x0706_4B50, let zip64 = bytes.uint(end - 12, 8),
                  bytes.uint(zip64, 4) == 0x0606_4B50,
                  let count64 = bytes.uint(zip64 + 32, 8), let position64 = bytes.uint(zip64 + 48, 8) else { return nil }
            (count, position) = (count64, position64)
        }
        var entries: [Entry] = []
        for _ in 0..<count {
            guard let (entry, next) = record(at: position, in: bytes) else { return nil }
            entries.append(entry)
            position = next
        }
        return entries
    }

    /// The central-directory record at `position` and where the next one starts. Sizes and the
    /// offset saturated at 0xFFFFFFFF are in the ZIP64 extra field, in that order.
    private static func record(at position: Int, in bytes: Bytes) -> (Entry, next: Int)? {
        guard bytes.uint(position, 4) == 0x0201_4B50, let flags = bytes.uint(position + 8, 2),
              let method = bytes.uint(position + 10, 2), let checksum = bytes.uint(position + 16, 4),
              var compressed = bytes.uint(position + 20, 4), var size = bytes.uint(position + 24, 4),
              let nameLength = bytes.uint(position + 28, 2), let extraLength = bytes.uint(position + 30, 2),
              let commentLength = bytes.uint(position + 32, 2), var offset = bytes.uint(position + 42, 4),
              let name = bytes.slice(position + 46, nameLength)
        else { return nil }
        var zip64 = zip64Values(bytes, from: position + 46 + nameLength, length: extraLength)
        func widen(_ value: inout Int) -> Bool {
            guard value == 0xFFFF_FFFF else { return true }
            guard let at = zip64, let wide = bytes.uint(at, 8) else { return false }
            (value, zip64) = (wide, at + 8)
            return true
        }
        guard widen(&size), widen(&compressed), widen(&offset) else { return nil }
        let entry = Entry(path: String(decoding: name, as: UTF8.self), method: method, isEncrypted: flags & 1 != 0,
                          checksum: UInt32(checksum), compressedSize: compressed, size: size, localHeader: offset)
        return (entry, position + 46 + nameLength + extraLength + commentLength)
    }

    /// Where an entry's data begin: after its local header, whose name and extra field may
    /// differ in length from the directory's copy.
    static func dataStart(in data: Data, localHeader offset: Int) -> Int? {
        let bytes = Bytes(data: data)
        guard bytes.uint(offset, 4) == 0x0403_4B50, let nameLength = bytes.uint(offset + 26, 2),
              let extraLength = bytes.uint(offset + 28, 2) else { return nil }
        return offset + 30 + nameLength + extraLength
    }

    /// The end-of-central-directory record: the last signature within the 64 KiB a comment may take.
    private static func endOfCentralDirectory(_ bytes: Bytes) -> Int? {
        let last = bytes.data.count - 22
        guard last >= 0 else { return nil }
        return stride(from: last, through: max(0, last - 0xFFFF), by: -1).first { bytes.uint($0, 4) == 0x0605_4B50 }
    }

    /// Where the values of the ZIP64 extended-information field start in an extra-field block.
    private static func zip64Values(_ bytes: Bytes, from start: Int, length: Int) -> Int? {
        var position = start
        while position + 4 <= start + length, let id = bytes.uint(position, 2), let size = bytes.uint(position + 2, 2) {
            if id == 0x0001 { return position + 4 }
            position += 4 + size
        }
        return nil
    }

    /// Bounds-checked little-endian reads, so a damaged directory gives nil instead of a trap.
    private struct Bytes {
        let data: Data

        /// The unsigned `width`-byte integer at `offset`, or nil when it lies outside the data
        /// or does not fit in an Int.
        func uint(_ offset: Int, _ width: Int) -> Int? {
            guard let bytes = slice(offset, width) else { return nil }
            let value = bytes.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            return value <= UInt64(Int.max) ? Int(value) : nil
        }

        func slice(_ offset: Int, _ count: Int) -> Data? {
            guard offset >= 0, count >= 0, offset <= data.count - count else { return nil }
            return data[(data.startIndex + offset)..<(data.startIndex + offset + count)]
        }
    }
}
