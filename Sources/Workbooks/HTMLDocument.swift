import CLibXML2
import YearbookData

/// A page parsed by libxml2's HTML parser, which recovers from the unclosed tags and stray
/// markup of real exported pages much as a browser does. The tree is freed with this object,
/// so its nodes are only lent out during `walk`.
final class HTMLDocument {
    private let document: htmlDocPtr

    /// Parses `bytes` as text in `encoding` (a name libxml2 or iconv knows). The page's own
    /// `<meta charset>` is ignored: the caller has already chosen, and libxml2 would otherwise
    /// switch encodings halfway through. Network access is off. A page from which the parser
    /// recovers no element at all (an empty one, say) is refused with the parser's reason.
    init(bytes: [UInt8], encoding: String, file: String) throws(DataError) {
        _ = HTMLDocument.libraryReady
        guard let context = htmlNewParserCtxt() else { throw DataError.htmlUnparseable(file, reason: nil) }
        defer { htmlFreeParserCtxt(context) }
        let options = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlCtxtReadMemory(context, chars.baseAddress, Int32(chars.count), nil, encoding, Int32(options))
            }
        }
        guard let parsed, xmlDocGetRootElement(parsed) != nil else {
            if let parsed { xmlFreeDoc(parsed) }
            throw DataError.htmlUnparseable(file, reason: context.pointee.lastError.message.map { String(cString: $0) })
        }
        document = parsed
    }

    deinit { xmlFreeDoc(document) }

    /// Walks the whole page in document order (see `xmlNodePtr.walk`); the nodes are valid only
    /// inside the closures.
    func walk(enter: (xmlNodePtr) -> Bool, leave: (xmlNodePtr) -> Void = { _ in }) {
        let root: xmlNodePtr = xmlDocGetRootElement(document)
        if enter(root) { root.walk(enter: enter, leave: leave) }
        leave(root)
    }

    /// libxml2 must be initialised once before threads use it; a static is initialised once.
    private static let libraryReady: Void = xmlInitParser()
}
