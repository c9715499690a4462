import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `text` re-encoded by iconv (GB18030, GBK, UTF-16LE …), as a spreadsheet or a yearbook
/// database would save it, so tests can feed the loaders the bytes real files carry.
public func reencode(_ text: String, as encoding: String) -> Data {
    let converter = iconv_open(encoding, "UTF-8")
    precondition(converter != iconv_t(bitPattern: -1), "iconv does not know \(encoding)")
    defer { iconv_close(converter) }
    var input = Array(text.utf8).map { CChar(bitPattern: $0) }
    var output = [CChar](repeating: 0, count: input.count * 4 + 16)
    let written: Int = input.withUnsafeMutableBufferPointer { inBuffer in
        output.withUnsafeMutableBufferPointer { outBuffer in
            var inPointer = inBuffer.baseAddress, outPointer = outBuffer.baseAddress
            var inLeft = inBuffer.count, outLeft = outBuffer.count
            precondition(iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1, "not representable in \(encoding)")
            return outBuffer.count - outLeft
        }
    }
    return Data(output.prefix(written).map { UInt8(bitPattern: $0) })
}
