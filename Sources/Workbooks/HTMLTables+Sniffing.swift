import Foundation

extension HTMLTables {
    /// Whether `data` is an HTML page, judged by its first markup and never by its name, since
    /// yearbook databases save HTML under an .xls name. After an optional byte-order mark, white
    /// space, comments and an XML declaration, the page must open with `<!DOCTYPE html`,
    /// `<html`, `<head`, `<meta` or `<table`, in any case.
    public static func looksLikeHTML(_ data: Data) -> Bool {
        let bytes = asciiPrefix(data)
        var index = 0
        func opens(_ tag: String) -> Bool {
            let tag = Array(tag.utf8)
            guard index + tag.count <= bytes.count,
                  zip(bytes[index...], tag).allSatisfy({ lowercase($0) == $1 }) else { return false }
            guard index + tag.count < bytes.count else { return true }
            let next = lowercase(bytes[index + tag.count])
            return !(next >= 0x61 && next <= 0x7A) && !(next >= 0x30 && next <= 0x39) && next != 0x2D
        }
        func skip(past end: String) -> Bool {
            let end = Array(end.utf8)
            while index + end.count <= bytes.count {
                if bytes[index..<(index + end.count)].elementsEqual(end) {
                    index += end.count
                    return true
                }
                index += 1
            }
            return false
        }
        while true {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0C, 0x0D].contains(bytes[index]) { index += 1 }
            if opens("<?xml") {
                guard skip(past: "?>") else { return false }
            } else if bytes[index...].starts(with: Array("<!--".utf8)) {
                guard skip(past: "-->") else { return false }
            } else {
                return ["<!doctype html", "<html", "<head", "<meta", "<table"].contains(where: opens)
            }
        }
    }

    /// The first 4 KiB as one byte per character, without the byte-order mark: a UTF-16
    /// page's ASCII characters become bytes and any other character a byte that matches nothing.
    private static func asciiPrefix(_ data: Data) -> [UInt8] {
        let bytes = [UInt8](data.prefix(4096))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return Array(bytes.dropFirst(3)) }
        guard bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) else { return bytes }
        let little = bytes[0] == 0xFF
        return stride(from: 2, to: bytes.count - 1, by: 2).map { offset in
            let (low, high) = little ? (bytes[offset], bytes[offset + 1]) : (bytes[offset + 1], bytes[offset])
            return high == 0 && low < 0x80 ? low : 0xFF
        }
    }

    private static func lowercase(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }
}
