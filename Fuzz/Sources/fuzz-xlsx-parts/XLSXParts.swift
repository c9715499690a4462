import Foundation
import ZIPFoundation

/// A small sound workbook (one sheet, shared strings, styles) whose parts the target replaces
/// one at a time, stored uncompressed so building it costs little per input.
enum XLSXParts {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let package = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    static func relationship(_ id: String, _ type: String, _ target: String) -> String {
        "<Relationship Id=\"\(id)\" Type=\"\(office)/\(type)\" Target=\"\(target)\"/>"
    }

    /// The parts in the order the selector byte counts them (modulo their number).
    static let parts: [(path: String, xml: String)] = [
        ("xl/worksheets/sheet1.xml", head + "<worksheet xmlns=\"\(main)\"><sheetData>"
            + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
            + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\" s=\"1\"><v>12.5</v></c></row>"
            + "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A3:B3\"/></mergeCells></worksheet>"),
        ("xl/sharedStrings.xml", head + "<sst xmlns=\"\(main)\" count=\"3\" uniqueCount=\"3\">"
            + "<si><t>名称</t></si><si><t>产值(亿元)</t></si><si><r><t>柯桥</t></r></si></sst>"),
        ("xl/styles.xml", head + "<styleSheet xmlns=\"\(main)\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0.00\"/></numFmts>"
            + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/></cellXfs></styleSheet>"),
        ("xl/workbook.xml", head + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(office)\"><sheets>"
            + "<sheet name=\"表1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
        ("xl/_rels/workbook.xml.rels", head + "<Relationships xmlns=\"\(package)\">" + relationship("rId1", "worksheet", "worksheets/sheet1.xml")
            + relationship("rId2", "sharedStrings", "sharedStrings.xml") + relationship("rId3", "styles", "styles.xml") + "</Relationships>"),
        ("_rels/.rels", head + "<Relationships xmlns=\"\(package)\">" + relationship("rId1", "officeDocument", "xl/workbook.xml") + "</Relationships>"),
        ("[Content_Types].xml", head + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"),
    ]

    /// The workbook with part `selector` (modulo the number of parts) replaced by `bytes`.
    static func archive(replacing selector: Int, with bytes: Data) throws -> Data {
        let chosen = selector % parts.count
        let archive = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
        for (index, part) in parts.enumerated() {
            let data = index == chosen ? Data(bytes) : Data(part.xml.utf8)
            try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .none) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data ?? Data()
    }
}
