import Foundation
import TestSupport
import Testing
import Workbooks
import YearbookData

/// Damaged and hostile files: each is refused with the error a user reads, within the limits,
/// never a crash, a hang or a machine out of memory. Limits are lowered where that keeps the
/// test's files small.
@Suite struct XLSXHostileInputTests {
    private let small = InputLimits(maxEntryBytes: 64 << 10, maxTotalBytes: 64 << 10)

    /// A workbook of one sheet whose part is `sheet`, exactly as given.
    private func book(sheet: XLSXBuilder.Entry) throws -> Data {
        try XLSXBuilder.zip([
            .init(path: "xl/workbook.xml", data: Data("""
                <workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>
                """.utf8)),
            .init(path: "xl/_rels/workbook.xml.rels", data: Data("""
                <Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
                Target="worksheets/sheet1.xml"/></Relationships>
                """.utf8)),
            sheet,
        ])
    }

    /// `data` with a number in the central-directory record of `path` and in its local header
    /// overwritten: the header fields a hostile file lies in.
    private func patch(_ data: Data, entry path: String, central: Int, local: Int, value: UInt32, width: Int) -> Data {
        var bytes = [UInt8](data)
        func write(_ offset: Int) {
            for i in 0..<width { bytes[offset + i] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(i))) }
        }
        func read(_ offset: Int, _ width: Int) -> Int {
            (0..<width).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
        }
        let name = Array(path.utf8)
        for record in 0..<(bytes.count - 46) where read(record, 4) == 0x0201_4B50 {
            let length = read(record + 28, 2)
            guard Array(bytes[(record + 46)..<(record + 46 + length)]) == name else { continue }
            write(record + central)
            write(read(record + 42, 4) + local)
        }
        return Data(bytes)
    }

    @Test func notAZipArchive() {
        #expect(thrownMessage { try XLSXWorkbook(data: Data("名 称\t合 计\n".utf8), file: "book.xlsx") }
            == "book.xlsx: error: is not an Excel workbook (.xlsx): it is not a ZIP archive")
        let ole = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504))
        #expect(thrownMessage { try XLSXWorkbook(data: ole, file: "book.xlsx") }
            == "book.xlsx: error: is not an Excel workbook (.xlsx): it is an OLE2 file, which is an Excel 97–2003 workbook (.xls) or an .xlsx protected by a password")
    }

    @Test func aZipArchiveWithoutAWorkbook() throws {
        let data = try XLSXBuilder.zip([.init(path: "word/document.xml", data: Data("<document/>".utf8))])
        #expect(thrownMessage { try XLSXWorkbook(data: data, file: "book.xlsx") }
            == "book.xlsx: error: is not an Excel workbook (.xlsx): it has no xl/workbook.xml")
    }

    @Test(arguments: ["../../x", "/etc/passwd", "xl/../../x", "C:\\x"])
    func entriesOutsideTheArchive(path: String) throws {
        var book = XLSXBuilder(sheets: [("Sheet1", XLSXBuilder.sheet(""))])
        book.extraEntries = [.init(path: path, data: Data("x".utf8))]
        #expect(thrownMessage { try book.workbook() }
            == "book.xlsx: error: archive entry \(path) lies outside the archive; refusing the file")
    }

    @Test func anEntryDeclaredLargerThanTheLimit() throws {
        var book = XLSXBuilder(sheets: [("Sheet1", XLSXBuilder.sheet(""))])
        book.extraEntries = [.init(path: "xl/media/zeros.bin", data: Data(count: 1 << 20))]
        #expect(thrownMessage { try book.workbook(limits: small) }
            == "book.xlsx: error: archive entry xl/media/zeros.bin expands to more than 65536 bytes, the limit for one entry; refusing the file")
    }

    @Test func aZipBombByItsCompressionRatio() throws {
        var book = XLSXBuilder(sheets: [("Sheet1", XLSXBuilder.sheet(""))])
        book.extraEntries = [.init(path: "xl/media/zeros.bin", data: Data(count: 1 << 20))]
        #expect(thrownMessage { try book.workbook() }
            == "book.xlsx: error: archive entry xl/media/zeros.bin expands to more than 200 times its compressed size, which only a zip bomb does; refusing the file")
    }

    /// The header claims 2,000 bytes; inflating is stopped at the limit all the same.
    @Test func anEntryWhoseHeaderLiesAboutItsSize() throws {
        let honest = try book(sheet: .init(path: "xl/worksheets/sheet1.xml", data: Data(count: 1 << 20)))
        let lying = patch(honest, entry: "xl/worksheets/sheet1.xml", central: 24, local: 22, value: 2_000, width: 4)
        let workbook = try XLSXWorkbook(data: lying, file: "book.xlsx", limits: InputLimits(maxEntryBytes: 64 << 10))
        #expect(thrownMessage { try workbook.grid(sheet: 0) }
            == "book.xlsx: error: archive entry xl/worksheets/sheet1.xml expands to more than 65536 bytes, the limit for one entry; refusing the file")
    }

    @Test func entriesOverTheTotalLimit() throws {
        var book = XLSXBuilder(sheets: [("Sheet1", XLSXBuilder.sheet(""))])
        let bytes = Data(count: 40_000)
        book.extraEntries = [.init(path: "xl/media/a.bin", data: bytes, compression: .none),
                             .init(path: "xl/media/b.bin", data: bytes, compression: .none)]
        #expect(thrownMessage { try book.workbook(limits: small) }
            == "book.xlsx: error: the archive's entries expand to more than 65536 bytes together, the limit for one file; refusing the file")
    }

    /// A deflate stream whose stored block promises 65,535 bytes and holds 3: ZIPFoundation's
    /// own extraction would spin forever on it.
    @Test func aDeflateStreamThatEndsEarly() throws {
        let stream = Data([0x01, 0xFF, 0xFF, 0x00, 0x00, 0x61, 0x62, 0x63])
        let stored = try book(sheet: .init(path: "xl/worksheets/sheet1.xml", data: stream, compression: .none))
        let deflated = patch(stored, entry: "xl/worksheets/sheet1.xml", central: 10, local: 8, value: 8, width: 2)
        #expect(thrownMessage { try XLSXWorkbook(data: deflated, file: "book.xlsx").grid(sheet: 0) }
            == "book.xlsx: error: archive entry xl/worksheets/sheet1.xml is damaged: its compressed data end early; refusing the file")
    }

    @Test func aSharedStringIndexOutOfRange() throws {
        let book = XLSXBuilder(sheets: [("Sheet1", XLSXBuilder.sheet("<row r=\"5\"><c r=\"C5\" t=\"s\"><v>912</v></c></row>"))],
                               sharedStrings: (1...40).map { "<t>\($0)</t>" })
        #expect(thrownMessage { try book.workbook().grid(sheet: 0) }
            == "book.xlsx[Sheet1]:5:3: error: cell C5 refers to shared string 912 but the workbook has 40 (cell C5)")
    }

    @Test func malformedXML() throws {
        let book = XLSXBuilder(sheets: [("Sheet1", XLSXBuilder.sheet("<row r=\"1\">\n<c r=\"A1\"><v>1</v></row>\n"))])
        #expect(thrownMessage { try book.workbook().grid(sheet: 0) }
            == "book.xlsx: error: archive entry xl/worksheets/sheet1.xml is not well-formed XML: a closing tag does not match its opening tag at line 3")
    }

    /// Entities that expand to a billion characters ("billion laughs") are refused by the parser.
    @Test func entityExpansion() throws {
        var entities = "<!ENTITY a0 \"lollollollol\">"
        for level in 1...9 { entities += "<!ENTITY a\(level) \"" + String(repeating: "&a\(level - 1);", count: 10) + "\">" }
        let strings = Data("<?xml version=\"1.0\"?><!DOCTYPE sst [\(entities)]><sst><si><t>&a9;</t></si></sst>".utf8)
        var book = XLSXBuilder(sheets: [("Sheet1", XLSXBuilder.sheet(""))])
        book.extraEntries = [.init(path: "xl/sharedStrings.xml", data: strings)]
        #expect(thrownMessage { try book.workbook() }
            == "book.xlsx: error: archive entry xl/sharedStrings.xml is not well-formed XML: entities refer to themselves in a loop at line 1")
    }

    @Test func anOverlongCellReference() throws {
        let reference = String(repeating: "A", count: 40) + "1"
        let book = XLSXBuilder(sheets: [("Sheet1", XLSXBuilder.sheet("<row r=\"1\"><c r=\"\(reference)\"><v>1</v></c></row>"))])
        #expect(thrownMessage { try book.workbook().grid(sheet: 0) }
            == "book.xlsx[Sheet1]:1: error: «\(reference)» is not a cell reference; expected a column and a row such as C5")
    }

    @Test func moreRowsThanTheLimit() throws {
        let rows = (1...11).map { "<row r=\"\($0)\"><c r=\"A\($0)\"><v>\($0)</v></c></row>" }.joined()
        let book = XLSXBuilder(sheets: [("Sheet1", XLSXBuilder.sheet(rows))])
        #expect(thrownMessage { try book.workbook(limits: InputLimits(maxRows: 10)).grid(sheet: 0) }
            == "book.xlsx[Sheet1]:11:1: error: the sheet has more than 10 rows; a yearbook table has far fewer, so the file is refused (cell A11)")
    }

    @Test func moreColumnsThanTheLimit() throws {
        let book = XLSXBuilder(sheets: [("Sheet1", XLSXBuilder.sheet("<row r=\"1\"><c r=\"F1\"><v>6</v></c></row>"))])
        #expect(thrownMessage { try book.workbook(limits: InputLimits(maxColumns: 5)).grid(sheet: 0) }
            == "book.xlsx[Sheet1]:1:6: error: the sheet has more than 5 columns; a yearbook table has far fewer, so the file is refused (cell F1)")
    }

    /// A few bytes per row that would each pad out to a thousand cells.
    @Test func cellsThatWouldNotFitInMemory() throws {
        let rows = (1...100).map { "<row r=\"\($0)\"><c r=\"ALL\($0)\"><v>1</v></c></row>" }.joined()
        let book = XLSXBuilder(sheets: [("Sheet1", XLSXBuilder.sheet(rows))])
        #expect(thrownMessage { try book.workbook(limits: small).grid(sheet: 0) }
            == "book.xlsx: error: archive entry xl/worksheets/sheet1.xml would take more than 65536 bytes in memory once read; refusing the file")
    }

    @Test func aSheetIndexOutOfRange() throws {
        let book = try XLSXBuilder(sheets: [("Sheet1", XLSXBuilder.sheet("")), ("表64", XLSXBuilder.sheet(""))]).workbook()
        #expect(thrownMessage { try book.grid(sheet: 3) } == "book.xlsx: error: no sheet 4; the workbook has: Sheet1, 表64")
    }

    /// A title merged across a whole row is common and harmless: it is cut to the column limit.
    @Test func aMergeAcrossAWholeRow() throws {
        let book = XLSXBuilder(sheets: [("Sheet1", XLSXBuilder.sheet("", merges: ["A1:XFD1", "A3000000:B3000001"]))])
        #expect(try book.workbook().grid(sheet: 0).spans == [CellSpan(firstLine: 1, lastLine: 1, firstColumn: 0, lastColumn: 999)])
    }
}
