import Foundation
import YearbookData

/// The workbook's table of strings (`xl/sharedStrings.xml`), which cells of type `s` refer to
/// by index. The declared `count` is not trusted for allocation: a hostile file could claim
/// billions; instead the strings read so far are measured against the limit for one entry.
struct XLSXSharedStrings {
    private(set) var strings: [String] = []

    static func read(_ data: Data, entry: String, file: String, limits: InputLimits) throws -> XLSXSharedStrings {
        let handler = Handler(entry: entry, file: file, limit: limits.maxEntryBytes)
        try XLSXXMLReader.read(data, entry: entry, file: file, into: handler)
        return handler.table
    }

    private final class Handler: XLSXPartHandler {
        let entry: String
        let file: String
        let limit: Int
        var table = XLSXSharedStrings()
        var current: XLSXRichText?
        var bytes = 0

        init(entry: String, file: String, limit: Int) {
            (self.entry, self.file, self.limit) = (entry, file, limit)
        }

        func start(_ element: String, _ attributes: [String: String]) {
            if element == "si" { current = XLSXRichText() }
            current?.start(element)
        }

        func end(_ element: String) throws {
            current?.end(element)
            guard element == "si", let text = current?.unescaped else { return }
            bytes += MemoryLayout<String>.stride + text.utf8.count
            if bytes > limit { throw DataError.xlsxTooLargeInMemory(file, entry: entry, limit: limit) }
            table.strings.append(text)
            current = nil
        }

        func text(_ characters: String) {
            current?.text(characters)
        }
    }
}
