import Foundation
import Workbooks
import ZIPFoundation

/// Assembles small .xlsx files in memory from their XML parts, so each test shows the markup
/// it reads and no binary fixture is needed.
struct XLSXBuilder {
    struct Entry {
        var path: String
        var data: Data
        var compression: CompressionMethod = .deflate
    }

    /// Each sheet's name and the XML inside its `<worksheet>` (see `sheet(_:merges:)`).
    var sheets: [(name: String, xml: String)] = []
    /// The XML inside each `<si>`; nil writes no sharedStrings.xml.
    var sharedStrings: [String]?
    /// Custom number formats by id (164 and up, as Excel numbers them).
    var numberFormats: [Int: String] = [:]
    /// The `numFmtId` of each cell style; a cell's `s` attribute indexes this list. Empty writes
    /// no styles.xml.
    var cellStyles: [Int] = []
    var date1904 = false
    /// Entries written after the workbook's parts, as they are.
    var extraEntries: [Entry] = []

    /// The inside of a `<worksheet>`: `rows` is the XML of the `<row>` elements.
    static func sheet(_ rows: String, merges: [String] = []) -> String {
        let mergeCells = merges.isEmpty ? "" :
            "<mergeCells count=\"\(merges.count)\">" + merges.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>"
        return "<sheetData>\(rows)</sheetData>\(mergeCells)"
    }

    func data() throws -> Data {
        try Self.zip(parts + extraEntries)
    }

    /// The workbook read back, named `book.xlsx` in its errors.
    func workbook(limits: InputLimits = .standard) throws -> XLSXWorkbook {
        try XLSXWorkbook(data: data(), file: "book.xlsx", limits: limits)
    }

    /// The cells of a workbook with one sheet holding `rows`.
    static func cells(_ rows: String, strings: [String]? = nil, formats: [Int: String] = [:], styles: [Int] = []) throws -> [[String]] {
        try XLSXBuilder(sheets: [("Sheet1", sheet(rows))], sharedStrings: strings, numberFormats: formats, cellStyles: styles)
            .workbook().grid(sheet: 0).rows.map(\.cells)
    }

    /// A ZIP archive holding `entries` in order, dated 2021-01-01 so the bytes never change.
    static func zip(_ entries: [Entry]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
        for entry in entries {
            try archive.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(entry.data.count),
                                 modificationDate: Date(timeIntervalSince1970: 1_609_459_200),
                                 compressionMethod: entry.compression) { position, size in
                entry.data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data ?? Data()
    }

    private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    private var parts: [Entry] {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        let sheetList = sheets.indices.map {
            "<sheet name=\"\(escaped(sheets[$0].name))\" sheetId=\"\($0 + 1)\" r:id=\"rId\($0 + 1)\"/>"
        }.joined()
        var relationships = sheets.indices.map {
            relationship("rId\($0 + 1)", "worksheet", "worksheets/sheet\($0 + 1).xml")
        }
        var overrides = sheets.indices.map {
            override("/xl/worksheets/sheet\($0 + 1).xml", "worksheet")
        }
        var entries = [
            Entry(path: "_rels/.rels", data: Data((xml + "<Relationships xmlns=\"\(Self.packageRelationships)\">"
                + relationship("rId1", "officeDocument", "xl/workbook.xml") + "</Relationships>").utf8)),
            Entry(path: "xl/workbook.xml", data: Data((xml + "<workbook xmlns=\"\(Self.main)\" xmlns:r=\"\(Self.officeRelationships)\">"
                + (date1904 ? "<workbookPr date1904=\"1\"/>" : "") + "<sheets>\(sheetList)</sheets></workbook>").utf8)),
        ]
        for (index, sheet) in sheets.enumerated() {
            entries.append(Entry(path: "xl/worksheets/sheet\(index + 1).xml",
                                 data: Data((xml + "<worksheet xmlns=\"\(Self.main)\">\(sheet.xml)</worksheet>").utf8)))
        }
        if let sharedStrings {
            relationships.append(relationship("rIdStrings", "sharedStrings", "sharedStrings.xml"))
            overrides.append(override("/xl/sharedStrings.xml", "sharedStrings"))
            let items = sharedStrings.map { "<si>\($0)</si>" }.joined()
            entries.append(Entry(path: "xl/sharedStrings.xml", data: Data((xml
                + "<sst xmlns=\"\(Self.main)\" count=\"\(sharedStrings.count)\" uniqueCount=\"\(sharedStrings.count)\">\(items)</sst>").utf8)))
        }
        if !cellStyles.isEmpty {
            relationships.append(relationship("rIdStyles", "styles", "styles.xml"))
            overrides.append(override("/xl/styles.xml", "styles"))
            let formats = numberFormats.sorted { $0.key < $1.key }.map { "<numFmt numFmtId=\"\($0.key)\" formatCode=\"\(escaped($0.value))\"/>" }
            let styles = cellStyles.map { "<xf numFmtId=\"\($0)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>" }
            entries.append(Entry(path: "xl/styles.xml", data: Data((xml + "<styleSheet xmlns=\"\(Self.main)\">"
                + "<numFmts count=\"\(formats.count)\">\(formats.joined())</numFmts>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"\(styles.count)\">\(styles.joined())</cellXfs></styleSheet>").utf8)))
        }
        entries.append(Entry(path: "xl/_rels/workbook.xml.rels", data: Data((xml
            + "<Relationships xmlns=\"\(Self.packageRelationships)\">\(relationships.joined())</Relationships>").utf8)))
        let types = "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + override("/xl/workbook.xml", "sheet.main") + overrides.joined()
        entries.insert(Entry(path: "[Content_Types].xml", data: Data((xml
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\(types)</Types>").utf8)), at: 0)
        return entries
    }

    private func relationship(_ id: String, _ type: String, _ target: String) -> String {
        "<Relationship Id=\"\(id)\" Type=\"\(Self.officeRelationships)/\(type)\" Target=\"\(target)\"/>"
    }

    private func override(_ part: String, _ kind: String) -> String {
        "<Override PartName=\"\(part)\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.\(kind)+xml\"/>"
    }

    private func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;")
    }
}
