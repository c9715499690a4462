import Foundation
import YearbookData

/// Reads the cell styles of an .xlsx (`xl/styles.xml`): the `numFmts` a workbook defines and
/// the `numFmtId` of each `cellXfs` entry, in order.
enum XLSXStyles {
    static func read(_ data: Data, entry: String, file: String) throws -> ExcelCellStyles {
        let handler = Handler(entry: entry, file: file)
        try XLSXXMLReader.read(data, entry: entry, file: file, into: handler)
        return ExcelCellStyles(formatIDs: handler.formatIDs, codes: handler.codes)
    }

    private final class Handler: XLSXPartHandler {
        let entry: String
        let file: String
        var codes: [Int: String] = [:]
        var formatIDs: [Int] = []
        var inCellStyles = false

        init(entry: String, file: String) {
            (self.entry, self.file) = (entry, file)
        }

        func start(_ element: String, _ attributes: [String: String]) throws {
            switch element {
            case "numFmt":
                guard let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] else { return }
                if codes[id] == nil { codes[id] = code }
                try check(codes.count)
            case "cellXfs":
                inCellStyles = true
            case "xf" where inCellStyles:
                formatIDs.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0)
                try check(formatIDs.count)
            default:
                break
            }
        }

        func end(_ element: String) {
            if element == "cellXfs" { inCellStyles = false }
        }

        private func check(_ count: Int) throws {
            if count > ExcelCellStyles.maximumCount {
                throw DataError.xlsxDamaged(file, entry: entry, "it defines more than \(ExcelCellStyles.maximumCount) styles or number formats, more than Excel allows")
            }
        }
    }
}
