/// The number format of every cell style, shared by both Excel readers: an .xlsx cell's `s`
/// attribute indexes `cellXfs`, an .xls cell record's XF index indexes the XF records, and each
/// style names a built-in format id or one the workbook defines. Without the styles a number
/// could not read as the table printed it (-100.0, not -100).
struct ExcelCellStyles: Sendable {
    /// Excel allows 64,000 cell styles; more can only come from a damaged or hostile file.
    static let maximumCount = 65_536

    private let formatIDs: [Int]
    private var formats: [Int: ExcelNumberFormat] = [:]

    /// `formatIDs[i]` is style i's format id; `codes` are the format codes the workbook defines
    /// (which win over the built-in meaning of the same id, as Excel localises some of them).
    init(formatIDs: [Int] = [], codes: [Int: String] = [:]) {
        self.formatIDs = formatIDs
        for id in Set(formatIDs) {
            formats[id] = codes[id].map(ExcelNumberFormat.parse) ?? ExcelNumberFormat.builtIn(id)
        }
    }

    /// The format of style `index`; General for a cell without a style or with one the file lacks.
    func format(style index: Int?) -> ExcelNumberFormat {
        guard let index, formatIDs.indices.contains(index) else { return .general }
        return formats[formatIDs[index]] ?? .general
    }
}
