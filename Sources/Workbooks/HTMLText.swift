import CLibXML2

/// The text a browser shows for part of a page, as one line.
enum HTMLText {
    /// Elements that start a new line (or a new cell) where they begin and end.
    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "caption", "center", "dd", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td",
        "tfoot", "th", "thead", "tr", "ul",
    ]
    /// Elements whose text a browser never shows.
    static let hiddenElements: Set<String> = ["head", "script", "style", "title", "noscript", "template"]

    /// An element's text with `<br>`, block and cell boundaries read as spaces, so the cells of
    /// a nested table or two lines of a header do not run together.
    static func text(of element: xmlNodePtr) -> String {
        var raw = ""
        element.walk(enter: { node in
            if node.isText {
                raw += node.text
                return false
            }
            guard let name = node.elementName, !hiddenElements.contains(name) else { return false }
            if name == "br" || blockElements.contains(name) { raw += " " }
            return true
        }, leave: { node in
            if let name = node.elementName, blockElements.contains(name) { raw += " " }
        })
        return normalise(raw)
    }

    /// Runs of white space (`&nbsp;` included) made one space, and the ends trimmed of white
    /// space and of U+3000, the ideographic space. An ideographic space inside the text stays:
    /// the loader normalises labels (名　称 → 名称) with the same rules as for every format.
    static func normalise(_ raw: String) -> String {
        var collapsed = String.UnicodeScalarView()
        var space = false
        for scalar in raw.unicodeScalars {
            if scalar.properties.isWhitespace && scalar != "\u{3000}" {
                space = true
                continue
            }
            if space && !collapsed.isEmpty { collapsed.append(" ") }
            space = false
            collapsed.append(scalar)
        }
        let kept = collapsed.drop { $0.properties.isWhitespace }
        let end = kept.lastIndex { !$0.properties.isWhitespace }.map { kept.index(after: $0) } ?? kept.startIndex
        let text = String(String.UnicodeScalarView(kept[..<end]))
        // `&nbsp;&nbsp;长春市` is indentation a typesetter put there on purpose (a city under its
        // province), unlike the source's line breaks: it is kept for the reader to see.
        let indent = raw.unicodeScalars.prefix { $0.properties.isWhitespace }.filter { $0 == "\u{00A0}" || $0 == "\u{3000}" }
        return text.isEmpty ? text : String(String.UnicodeScalarView(indent)) + text
    }
}
