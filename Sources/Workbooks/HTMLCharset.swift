import CLibXML2
import Foundation
import YearbookData
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Chooses how a page's bytes become text before libxml2 sees them. Yearbook databases save
/// pages in GBK and label them gb2312 (whose strict decoders fail on GBK-only characters), or
/// label nothing at all, so the GB family and unlabelled pages are decoded by `TextDecoder`
/// (UTF-8, UTF-16 with a BOM, else GB18030, the superset of GBK); any other label is honoured.
enum HTMLCharset {
    /// Labels `TextDecoder` reads correctly whatever they claim.
    private static let decodedHere: Set<String> = [
        "utf-8", "utf8", "unicode-1-1-utf-8", "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "ms936",
        "windows-936", "euc-cn", "csgb2312", "csgbk", "chinese", "gb_2312", "gb_2312-80", "iso-ir-58",
    ]

    /// The bytes to parse and the encoding they are in.
    static func prepare(_ data: Data, file: String) throws -> (bytes: [UInt8], encoding: String) {
        let bytes = [UInt8](data)
        let hasBOM = [[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF]].contains { bytes.starts(with: $0) }
        if !hasBOM, let label = declared(in: bytes), !decodedHere.contains(label.lowercased()), isKnown(label) {
            return (bytes, label)
        }
        return (Array(try TextDecoder.decode(data, file: file).text.utf8), "UTF-8")
    }

    /// The charset named by the page's first `<meta charset>` or `<meta http-equiv=
    /// "Content-Type" content="…; charset=…">`, found by parsing its first 64 KiB as ISO-8859-1:
    /// every byte is one character there, so the ASCII markup reads the same whatever the page's
    /// real encoding.
    static func declared(in bytes: [UInt8]) -> String? {
        guard let document = try? HTMLDocument(bytes: Array(bytes.prefix(64 << 10)), encoding: "ISO-8859-1", file: "") else {
            return nil
        }
        var label: String?
        document.walk(enter: { node in
            guard label == nil, let name = node.elementName else { return false }
            if name == "meta" { label = charset(ofMeta: node) }
            return label == nil
        })
        return label
    }

    private static func charset(ofMeta meta: xmlNodePtr) -> String? {
        let unwanted = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "\"'"))
        if let charset = meta.attribute("charset") {
            let label = charset.trimmingCharacters(in: unwanted)
            return label.isEmpty ? nil : label
        }
        guard meta.attribute("http-equiv")?.trimmingCharacters(in: unwanted).lowercased() == "content-type",
              let content = meta.attribute("content"),
              let start = content.range(of: "charset=", options: .caseInsensitive) else { return nil }
        let label = content[start.upperBound...].prefix { $0 != ";" && !$0.isWhitespace }.trimmingCharacters(in: unwanted)
        return label.isEmpty ? nil : label
    }

    /// Whether iconv (which libxml2 uses for every encoding it lacks) can read `label`.
    private static func isKnown(_ label: String) -> Bool {
        let converter = iconv_open("UTF-8", label)
        if converter == iconv_t(bitPattern: -1) { return false }
        iconv_close(converter)
        return true
    }
}
