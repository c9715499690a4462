import Foundation

/// 表 64 of the 2021 Shaoxing Yearbook (Datasets/table64.tsv) as Excel would hold it: the
/// title lines merged across the table (A1:H1, A3:H3), 名 称 and 项 目 each merged over the two
/// header rows (A5:A6, B5:B6), each indicator's label merged over its 实绩 and 增长(%) columns
/// (C5:D5, E5:F5, G5:H5), text and "—" as shared strings, and numbers as numbers. A number printed with its
/// one decimal gets the format `0.0`, so -100.0 and 1.0 keep it as in print; one printed
/// without (a growth of 0) stays General. Row numbers match the TSV's lines.
func table64Workbook() throws -> Data {
    let tsv = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Datasets/table64.tsv")
    let lines = try String(contentsOf: tsv, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
    var book = XLSXBuilder()
    var strings: [String] = []
    var rows = ""
    for (index, line) in lines.enumerated() where !line.isEmpty {
        let row = index + 1
        var cells = ""
        for (column, text) in line.split(separator: "\t", omittingEmptySubsequences: false).enumerated() where !text.isEmpty {
            let reference = String(UnicodeScalar(UInt8(65 + column))) + String(row)
            if column >= 2, let number = Double(text) {
                let style = text.contains(".") ? 1 : 0
                let value = number == number.rounded() ? String(Int(number)) : String(number)
                cells += "<c r=\"\(reference)\" s=\"\(style)\"><v>\(value)</v></c>"
            } else {
                if !strings.contains(String(text)) { strings.append(String(text)) }
                cells += "<c r=\"\(reference)\" t=\"s\"><v>\(strings.firstIndex(of: String(text))!)</v></c>"
            }
        }
        rows += "<row r=\"\(row)\">\(cells)</row>"
    }
    book.numberFormats = [164: "0.0"]
    book.cellStyles = [0, 164]
    book.sharedStrings = strings.map { "<t>\($0)</t>" }
    book.sheets = [("表64", XLSXBuilder.sheet(rows, merges: ["A1:H1", "A3:H3", "A5:A6", "B5:B6", "C5:D5", "E5:F5", "G5:H5"]))]
    return try book.data()
}
