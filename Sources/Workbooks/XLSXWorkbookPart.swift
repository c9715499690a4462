import Foundation

/// What `xl/workbook.xml` says: the sheets in tab order with the relationship naming each one's
/// part, and whether serial dates count from 1904 (old Mac workbooks) instead of 1900.
struct XLSXWorkbookPart {
    var sheets: [(name: String, relationship: String?)] = []
    var date1904 = false

    static func read(_ data: Data, entry: String, file: String) throws -> XLSXWorkbookPart {
        let handler = Handler()
        try XLSXXMLReader.read(data, entry: entry, file: file, into: handler)
        return handler.part
    }

    private final class Handler: XLSXPartHandler {
        var part = XLSXWorkbookPart()

        func start(_ element: String, _ attributes: [String: String]) {
            switch element {
            case "sheet":
                part.sheets.append((attributes["name"] ?? "Sheet\(part.sheets.count + 1)", attributes["id"]))
            case "workbookPr":
                part.date1904 = ["1", "true"].contains(attributes["date1904"]?.lowercased())
            default:
                break
            }
        }
    }
}
