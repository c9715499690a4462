import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import YearbookData

/// What a part's reader does with the events of Foundation's streaming parser. Names arrive
/// without their namespace prefix (`x:sheetData` and `sheetData` are the same element, `r:id`
/// is `id`), because producers differ in the prefixes they choose.
protocol XLSXPartHandler: AnyObject {
    func start(_ element: String, _ attributes: [String: String]) throws
    func end(_ element: String) throws
    func text(_ characters: String) throws
}

extension XLSXPartHandler {
    func end(_ element: String) throws {}
    func text(_ characters: String) throws {}
}

/// Runs XMLParser (SAX: one event at a time, never a tree of the part) over an entry and turns
/// its failures into errors naming the entry and the line. A handler's own error stops the
/// parse at once and is the one reported.
final class XLSXXMLReader: NSObject, XMLParserDelegate {
    private let handler: XLSXPartHandler
    private var failure: Error?
    private var parseError: (code: Int, line: Int)?

    private init(handler: XLSXPartHandler) {
        self.handler = handler
    }

    static func read(_ data: Data, entry: String, file: String, into handler: XLSXPartHandler) throws {
        if let line = firstLineNotUTF8(data) {
            throw DataError.xlsxMalformedXML(file, entry: entry, line: line, "the text is not UTF-8")
        }
        if let line = firstLineOfBareInstruction(data) {
            throw DataError.xlsxMalformedXML(file, entry: entry, line: line, "a processing instruction <?…?> holds only its name")
        }
        let reader = XLSXXMLReader(handler: handler)
        // Through a stream, so libxml2 is fed in chunks: given the data whole, it refuses any
        // part over 10 MB ("huge input lookup"), and Excel writes a sheet's cells on one line.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldResolveExternalEntities = false
        parser.delegate = reader
        let finished = parser.parse()
        if let failure = reader.failure { throw failure }
        if let error = reader.parseError ?? (finished ? nil : ((parser.parserError as NSError?)?.code ?? 0, parser.lineNumber)) {
            throw DataError.xlsxMalformedXML(file, entry: entry, line: error.line, describe(error.code))
        }
    }

    /// The line of the first byte that is not UTF-8, nil when all are. Checked before parsing
    /// because Foundation's XMLParser on Linux traps on such a byte in a tag name, and an
    /// .xlsx part is always UTF-8.
    private static func firstLineNotUTF8(_ data: Data) -> Int? {
        data.withUnsafeBytes { bytes -> Int? in
            var iterator = bytes.makeIterator()
            var parser = Unicode.UTF8.ForwardParser()
            var offset = 0
            while true {
                switch parser.parseScalar(from: &iterator) {
                case .valid(let scalar):
                    offset += scalar.count
                case .emptyInput:
                    return nil
                case .error:
                    return bytes[..<offset].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
                }
            }
        }
    }

    /// The line of the first processing instruction that is a bare name (`<?x?>`), nil when
    /// there is none. libxml2 reports such an instruction with no data at all, and Foundation's
    /// XMLParser on Linux reads that missing data as a C string and crashes; no part Excel
    /// writes holds one.
    private static func firstLineOfBareInstruction(_ data: Data) -> Int? {
        data.withUnsafeBytes { bytes -> Int? in
            var line = 1
            var index = 0
            while index + 1 < bytes.count {
                if bytes[index] == UInt8(ascii: "\n") { line += 1 }
                if bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "?") {
                    var end = index + 2
                    while end < bytes.count, !" \t\r\n?".utf8.contains(bytes[end]) { end += 1 }
                    if end > index + 2, end + 1 < bytes.count, bytes[end] == UInt8(ascii: "?"), bytes[end + 1] == UInt8(ascii: ">") {
                        return line
                    }
                }
                index += 1
            }
            return nil
        }
    }

    private func run(_ parser: XMLParser, _ body: () throws -> Void) {
        guard failure == nil else { return }
        do { try body() } catch {
            failure = error
            parser.abortParsing()
        }
    }

    private static func localName(_ name: String) -> String {
        guard let colon = name.utf8.firstIndex(of: UInt8(ascii: ":")) else { return name }
        return String(name[name.utf8.index(after: colon)...])
    }

    /// Attributes by local name, without namespace declarations; an unprefixed attribute wins
    /// over a prefixed one of the same local name (`r` over `xmlns:r`'s kin).
    private static func localAttributes(_ attributes: [String: String]) -> [String: String] {
        guard attributes.keys.contains(where: { $0.utf8.contains(UInt8(ascii: ":")) }) else { return attributes }
        var local: [String: String] = [:]
        for (key, value) in attributes where !key.hasPrefix("xmlns") {
            let name = localName(key)
            if name == key || local[name] == nil { local[name] = value }
        }
        return local
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        run(parser) { try handler.start(Self.localName(elementName), Self.localAttributes(attributes)) }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        run(parser) { try handler.end(Self.localName(elementName)) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        run(parser) { try handler.text(string) }
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        run(parser) { try handler.text(String(decoding: CDATABlock, as: UTF8.self)) }
    }

    /// Keeps the first error: on Linux, XMLParser may go on and even report success after one.
    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if self.parseError == nil, failure == nil {
            self.parseError = ((parseError as NSError).code, parser.lineNumber)
        }
    }

    /// libxml2's codes for the mistakes a damaged or hand-made part shows most.
    private static func describe(_ code: Int) -> String {
        switch code {
        case 4: "the document is empty or not XML"
        case 5: "there is content after the end of the document"
        case 9: "a character is not allowed in XML"
        case 26, 27: "an entity is used but never declared"
        case 34, 44: "a quoted value is never closed"
        case 38, 39, 41, 65: "an attribute is not written as name=\"value\""
        case 42: "an attribute is given twice"
        case 57, 96: "the XML declaration is damaged"
        case 68: "a tag has no name"
        case 73: "a tag is not closed with >"
        case 76: "a closing tag does not match its opening tag"
        case 77: "the document ends inside an element"
        case 89: "entities refer to themselves in a loop"
        default: "libxml2 error \(code)"
        }
    }
}
