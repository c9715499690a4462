import Foundation
import YearbookData

/// The number format of every cell style (`xl/styles.xml`): a cell's `s` attribute indexes
/// `cellXfs`, whose `numFmtId` is a built-in format or one of the workbook's own `numFmts`.
/// Without the styles a number could not read as the table printed it (-100.0, not -100).
struct XLSXStyles: Sendable {
    /// Excel allows 64,000 cell styles; more can only come from a damaged or hostile file.
    static let maximumCount = 65_536

    private var formatIDs: [Int] = []
    private var formats: [Int: XLSXNumberFormat] = [:]

    /// The format of style `index`; General for a cell without a style or with one the part lacks.
    func format(style index: Int?) -> XLSXNumberFormat {
        guard let index, formatIDs.indices.contains(index) else { return .general }
        return formats[formatIDs[index]] ?? .general
    }

    static func read(_ data: Data, entry: String, file: String) throws -> XLSXStyles {
        let handler = Handler(entry: entry, file: file)
        try XLSXXMLReader.read(data, entry: entry, file: file, into: handler)
        var styles = XLSXStyles()
        styles.formatIDs = handler.formatIDs
        for id in Set(handler.formatIDs) {
            styles.formats[id] = handler.codes[id].map(XLSXNumberFormat.parse) ?? XLSXNumberFormat.builtIn(id)
        }
        return styles
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
            if count > XLSXStyles.maximumCount {
                throw DataError.xlsxDamaged(file, entry: entry, "it defines more than \(XLSXStyles.maximumCount) styles or number formats, more than Excel allows")
            }
        }
    }
}
