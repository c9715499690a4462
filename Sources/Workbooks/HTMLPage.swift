import CLibXML2

/// A page read in document order the way a yearbook prints a table: lines of text (the title,
/// the unit line, notes, the source) and the tables among them. Text is split into lines at
/// block elements (headings, paragraphs, divs) and at `<br>`; a table nested in another table's
/// cell is part of that cell's text, never a table of the page.
struct HTMLPage {
    private(set) var tables: [HTMLTableSource] = []
    /// The lines before the first table, between each two tables, and after the last one.
    private var lines: [[String]] = [[]]

    init(_ document: HTMLDocument) {
        var tables: [HTMLTableSource] = []
        var lines: [[String]] = [[]]
        var line = ""
        func endLine() {
            let text = HTMLText.normalise(line)
            if !text.isEmpty { lines[lines.count - 1].append(text) }
            line = ""
        }
        document.walk(enter: { node in
            if node.isText {
                line += node.text
                return false
            }
            guard let name = node.elementName, !HTMLText.hiddenElements.contains(name) else { return false }
            switch name {
            case "table":
                endLine()
                tables.append(HTMLTableSource(node))
                lines.append([])
                return false
            case "br":
                endLine()
                return false
            default:
                if HTMLText.blockElements.contains(name) { endLine() }
                return true
            }
        }, leave: { node in
            if let name = node.elementName, HTMLText.blockElements.contains(name) { endLine() }
        })
        endLine()
        self.tables = tables
        self.lines = lines
    }

    /// The lines of text around table `index`: from the table before it (or the page's start)
    /// and up to the next table (or the page's end). Text between two tables goes with both,
    /// since only the yearbook reader can tell the first table's notes from the second's title.
    func lines(around index: Int) -> (before: [String], after: [String]) {
        (lines[index], lines[index + 1])
    }
}
