import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The encodings yearbook files arrive in. Detected from the bytes, never assumed from the
/// file name: bureau exports are often GBK, spreadsheet exports UTF-16 or UTF-8 with a BOM.
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "UTF-8"
    case utf8BOM = "UTF-8 with BOM"
    case utf16LE = "UTF-16LE with BOM"
    case utf16BE = "UTF-16BE with BOM"
    case gb18030 = "GB18030"
}

/// Text decoded from a file, with the encoding it was found to be in.
public struct DecodedText: Sendable {
    public var text: String
    public var encoding: TextEncoding
}

public enum TextDecoder {
    /// Decodes `data` by its byte-order mark, else as UTF-8 when it is valid UTF-8, else as
    /// GB18030 (a superset of GBK and GB2312) through iconv.
    public static func decode(_ data: Data, file: String) throws -> DecodedText {
        // Plain UTF-8, the common case, is validated in place: a copy of a large file first
        // would double what loading it costs in memory.
        if !startsWithBOM(data), let text = data.withUnsafeBytes({ String(validating: $0.bindMemory(to: UInt8.self), as: UTF8.self) }) {
            return DecodedText(text: text, encoding: .utf8)
        }
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return DecodedText(text: try utf8(bytes.dropFirst(3), file: file, offset: 3), encoding: .utf8BOM)
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return DecodedText(text: try utf16(bytes.dropFirst(2), bigEndian: false, file: file), encoding: .utf16LE)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return DecodedText(text: try utf16(bytes.dropFirst(2), bigEndian: true, file: file), encoding: .utf16BE)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return DecodedText(text: text, encoding: .utf8)
        }
        let utf8Failure = firstInvalidUTF8(bytes)
        if let text = iconvDecode(bytes, from: "GB18030") {
            return DecodedText(text: text, encoding: .gb18030)
        }
        throw DataError.undecodable(file, line: lineOf(byte: utf8Failure, in: bytes), byte: utf8Failure,
                                    tried: "UTF-8 (with or without BOM), UTF-16 with BOM and GB18030/GBK")
    }

    /// Whether `data` is UTF-8 without a byte-order mark, the form a table can be read from in
    /// place, its bytes never copied into a string.
    public static func isPlainUTF8(_ data: Data) -> Bool {
        guard !startsWithBOM(data) else { return false }
        return data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            #if compiler(>=6.2)
            return (try? UTF8Span(validating: bytes.span)) != nil
            #else
            return String(validating: bytes, as: UTF8.self) != nil
            #endif
        }
    }

    /// A UTF-8 or UTF-16 byte-order mark, which `decode` reads the encoding from.
    private static func startsWithBOM(_ data: Data) -> Bool {
        data.starts(with: [0xEF, 0xBB, 0xBF]) || data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF])
    }

    private static func utf8(_ bytes: ArraySlice<UInt8>, file: String, offset: Int) throws -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let all = Array(bytes)
        let bad = firstInvalidUTF8(all)
        throw DataError.undecodable(file, line: lineOf(byte: bad, in: all), byte: bad + offset,
                                    tried: "UTF-8 (the file starts with a UTF-8 byte-order mark)")
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool, file: String) throws -> String {
        guard bytes.count % 2 == 0 else {
            throw DataError.undecodable(file, line: 1, byte: bytes.count + 1, tried: "UTF-16 (odd number of bytes)")
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
            i += 2
        }
        var text = ""
        var line = 1
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1 }
                text.unicodeScalars.append(scalar)
            case .emptyInput:
                break loop
            case .error:
                throw DataError.undecodable(file, line: line, byte: text.utf16.count * 2 + 2,
                                            tried: "UTF-16 (the file starts with a UTF-16 byte-order mark)")
            }
        }
        return text
    }

    private static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return offset
            case .error: return offset
            }
        }
    }

    private static func lineOf(byte offset: Int, in bytes: [UInt8]) -> Int {
        1 + bytes.prefix(offset).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    /// Converts with the C library's iconv; nil when the bytes are not valid in `encoding`.
    static func iconvDecode(_ bytes: [UInt8], from encoding: String) -> String? {
        iconvConvert(bytes, from: encoding, to: "UTF-8").map { String(decoding: $0, as: UTF8.self) }
    }

    /// `bytes` in `source` as bytes in `target`; nil when iconv cannot convert them.
    static func iconvConvert(_ bytes: [UInt8], from source: String, to target: String) -> [UInt8]? {
        let cd = iconv_open(target, source)
        if cd == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(cd) }
        var input = bytes.map { CChar(bitPattern: $0) }
        // GB18030 takes at most 4 bytes for a character UTF-8 writes in at most 4, and 2 for
        // one UTF-8 writes in 3: twice the input is always enough room.
        var output = [CChar](repeating: 0, count: bytes.count * 2 + 4)
        let written: Int? = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr = inBuf.baseAddress
                var inLeft = inBuf.count
                var outPtr = outBuf.baseAddress
                var outLeft = outBuf.count
                let result = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                guard result != -1, inLeft == 0 else { return nil }
                return outBuf.count - outLeft
            }
        }
        guard let written else { return nil }
        return output.prefix(written).map { UInt8(bitPattern: $0) }
    }
}
