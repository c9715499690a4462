import CLibXML2

/// What one `<table>` holds before layout: its caption, and row by row each cell's text and
/// how far it spans. Rows come from `<tr>` directly in the table or in `<thead>`, `<tbody>` and
/// `<tfoot>`, in document order except that the footer's rows go last, where browsers show them;
/// cells outside any `<tr>` make a row of their own, as in a browser.
struct HTMLTableSource {
    struct Cell {
        var text: String
        var columns: Int
        /// Rows the cell spans; 0 means to the end of the table.
        var rows: Int
    }

    var caption: String?
    var rows: [[Cell]] = []

    init(_ table: xmlNodePtr) {
        var footer: [[Cell]] = []
        var loose: [xmlNodePtr] = []
        for child in table.elementChildren {
            switch child.elementName {
            case "caption" where caption == nil:
                let text = HTMLText.text(of: child)
                caption = text.isEmpty ? nil : text
            case "thead", "tbody":
                rows += HTMLTableSource.rows(of: loose) + HTMLTableSource.rows(of: child.elementChildren)
                loose = []
            case "tfoot":
                footer += HTMLTableSource.rows(of: child.elementChildren)
            case "tr", "td", "th":
                loose.append(child)
            default:
                break
            }
        }
        rows += HTMLTableSource.rows(of: loose) + footer
    }

    /// The rows among a row group's children: each `<tr>`, and each run of cells outside one.
    private static func rows(of children: [xmlNodePtr]) -> [[Cell]] {
        var rows: [[Cell]] = []
        var stray: [Cell]?
        for child in children {
            switch child.elementName {
            case "tr":
                if let cells = stray { rows.append(cells) }
                stray = nil
                rows.append(child.elementChildren.filter(isCell).map(cell))
            case "td", "th":
                stray = (stray ?? []) + [cell(child)]
            default:
                break
            }
        }
        if let cells = stray { rows.append(cells) }
        return rows
    }

    private static func isCell(_ node: xmlNodePtr) -> Bool {
        node.elementName == "td" || node.elementName == "th"
    }

    private static func cell(_ node: xmlNodePtr) -> Cell {
        Cell(text: HTMLText.text(of: node),
             columns: max(1, span(node.attribute("colspan"), default: 1, limit: 1000)),
             rows: span(node.attribute("rowspan"), default: 1, limit: 65534))
    }

    /// An attribute read as browsers read spans: leading white space skipped, then the digits
    /// that follow (so "2px" is 2), capped at `limit`; `default` when there are no digits.
    static func span(_ value: String?, default fallback: Int, limit: Int) -> Int {
        guard let value else { return fallback }
        let digits = value.drop { $0.isWhitespace }.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return fallback }
        return digits.count > 6 ? limit : min(Int(digits)!, limit)
    }
}
