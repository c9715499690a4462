import Foundation
import YearbookData
import ZIPFoundation

/// The entries of an .xlsx file, checked against the input limits before a byte is inflated.
///
/// Opening refuses the file outright when an entry's path leaves the archive or its declared
/// sizes exceed the limits. Reading an entry inflates exactly its own bytes and counts what
/// comes out, so an entry whose header lies about its size is still stopped at the limit, and
/// a stream that ends early is an error, not a hang.
struct XLSXArchive: Sendable {
    private struct Entry: Sendable {
        var data: Range<Int>
        var isCompressed: Bool
        var size: Int
        var checksum: UInt32
    }

    private let data: Data
    private let file: String
    private let limits: InputLimits
    private let entries: [String: Entry]

    init(data: Data, file: String, limits: InputLimits) throws {
        guard let listed = XLSXZipDirectory.entries(in: data) else {
            let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
            throw DataError.xlsxNotAWorkbook(file, data.starts(with: ole)
                ? "it is an OLE2 file, which is an Excel 97–2003 workbook (.xls) or an .xlsx protected by a password"
                : "it is not a ZIP archive")
        }
        var entries: [String: Entry] = [:]
        var total = 0
        for entry in listed {
            if Self.liesOutside(entry.path) { throw DataError.xlsxOutsideArchive(file, entry: entry.path) }
            guard !entry.path.hasSuffix("/"), entries[entry.path] == nil else { continue }
            let checked = try Self.check(entry, in: data, file: file, limits: limits)
            total += checked.size
            if total > limits.maxTotalBytes { throw DataError.xlsxTotalTooLarge(file, limit: limits.maxTotalBytes) }
            entries[entry.path] = checked
        }
        self.data = data
        self.file = file
        self.limits = limits
        self.entries = entries
    }

    func contains(_ path: String) -> Bool { entries[path] != nil }

    /// An absolute path, a drive letter or a `..` step: extracted naively, such an entry would
    /// land outside the folder it is extracted to, and no real workbook has one.
    private static func liesOutside(_ path: String) -> Bool {
        path.hasPrefix("/") || path.hasPrefix("\\") || path.dropFirst().hasPrefix(":")
            || path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).contains("..")
    }

    /// The entry's declared sizes against the limits, and where its bytes lie.
    private static func check(_ entry: XLSXZipDirectory.Entry, in data: Data, file: String, limits: InputLimits) throws -> Entry {
        let path = entry.path
        if max(entry.size, entry.compressedSize) > limits.maxEntryBytes {
            throw DataError.xlsxEntryTooLarge(file, entry: path, limit: limits.maxEntryBytes)
        }
        if entry.size / limits.maxCompressionRatio > entry.compressedSize {
            throw DataError.xlsxZipBomb(file, entry: path, limit: limits.maxCompressionRatio)
        }
        if entry.isEncrypted { throw DataError.xlsxDamaged(file, entry: path, "it is encrypted") }
        guard entry.method == 0 || entry.method == 8 else {
            throw DataError.xlsxDamaged(file, entry: path, "it is compressed with method \(entry.method), which no .xlsx uses")
        }
        guard let start = XLSXZipDirectory.dataStart(in: data, localHeader: entry.localHeader),
              entry.compressedSize <= data.count - start else {
            throw DataError.xlsxDamaged(file, entry: path, "its data lie outside the file")
        }
        return Entry(data: start..<start + entry.compressedSize, isCompressed: entry.method == 8,
                     size: entry.size, checksum: entry.checksum)
    }

    /// The bytes of the entry at `path`, refused once more than `budget` bytes (and never more
    /// than the limit for one entry) come out.
    func read(_ path: String, budget: Int) throws -> Data {
        guard let entry = entries[path] else { throw DataError.xlsxNotAWorkbook(file, "it has no \(path)") }
        let cap = min(limits.maxEntryBytes, budget)
        let tooLarge = cap < limits.maxEntryBytes
            ? DataError.xlsxTotalTooLarge(file, limit: limits.maxTotalBytes)
            : DataError.xlsxEntryTooLarge(file, entry: path, limit: limits.maxEntryBytes)
        let bytes: Data
        let checksum: UInt32
        if entry.isCompressed {
            (bytes, checksum) = try inflate(entry, path: path, cap: cap, tooLarge: tooLarge)
        } else {
            guard entry.data.count <= cap else { throw tooLarge }
            bytes = data.subdata(in: data.startIndex + entry.data.lowerBound..<data.startIndex + entry.data.upperBound)
            checksum = bytes.crc32(checksum: 0)
        }
        guard bytes.count == entry.size, checksum == entry.checksum else {
            throw DataError.xlsxDamaged(file, entry: path, "its size or checksum does not match its header")
        }
        return bytes
    }

    /// Inflates the entry, stopping as soon as the output outgrows `cap` or the compression-ratio
    /// limit. zlib is handed the entry's bytes as one buffer of exactly the size it is told
    /// (ZIPFoundation's Linux inflate tells it the buffer size whatever the chunk holds), and
    /// asking for more after that means the stream ends early.
    private func inflate(_ entry: Entry, path: String, cap: Int, tooLarge: DataError) throws -> (Data, UInt32) {
        let truncated = DataError.xlsxDamaged(file, entry: path, "its compressed data end early")
        guard !entry.data.isEmpty else { throw truncated }
        let ratioCap = entry.data.count > Int.max / limits.maxCompressionRatio
            ? Int.max : entry.data.count * limits.maxCompressionRatio
        var output = Data()
        output.reserveCapacity(min(entry.size, cap))
        var served = false
        do {
            let checksum = try Data.decompress(size: Int64(entry.data.count), bufferSize: entry.data.count, skipCRC32: false,
                                               provider: { _, _ in
                guard !served else { throw truncated }
                served = true
                return data.subdata(in: data.startIndex + entry.data.lowerBound..<data.startIndex + entry.data.upperBound)
            }, consumer: { chunk in
                if output.count + chunk.count > cap { throw tooLarge }
                if output.count + chunk.count > ratioCap {
                    throw DataError.xlsxZipBomb(file, entry: path, limit: limits.maxCompressionRatio)
                }
                output.append(chunk)
            })
            return (output, checksum)
        } catch let error as DataError {
            throw error
        } catch {
            throw DataError.xlsxDamaged(file, entry: path, "its compressed data are corrupt")
        }
    }
}
