import Foundation
import Testing
@testable import Workbooks
import YearbookData

/// Each BIFF8 record a yearbook table uses, built by hand and read back.
@Suite struct XLSRecordTests {
    typealias B = XLSBuilder

    @Test func numberInItsCellStyle() throws {
        let cells = try B.cells([B.number(0, 0, -100), B.number(0, 1, -100, style: 1), B.number(0, 2, 102647)],
                                formats: [164: "0.0"], styles: [0, 164])
        #expect(cells == [["-100", "-100.0", "102647"]])
    }

    @Test(arguments: [
        ("0.0", -100.0, "-100.0"), ("0.00", 2.675, "2.68"), ("#,##0", 15354504, "15,354,504"),
        ("#,##0.00", 1590.05, "1,590.05"), ("0.0%", 0.259, "25.9%"), ("0.0\"亿元\"", 463, "463.0亿元"),
    ] as [(String, Double, String)])
    func customFormats(code: String, value: Double, expected: String) throws {
        #expect(try B.cells([B.number(0, 0, value, style: 1)], formats: [164: code], styles: [0, 164]) == [[expected]])
    }

    /// Built-in ids need no FORMAT record: 2 is 0.00, 3 #,##0, 10 0.00%, 14 a date, and the
    /// Chinese built-ins (31 is yyyy"年"m"月"d"日") dates as well.
    @Test func builtInFormats() throws {
        let cells = try B.cells([B.number(0, 0, 8.9, style: 1), B.number(0, 1, 102647, style: 2), B.number(0, 2, 0.0125, style: 3),
                                 B.number(0, 3, 44197, style: 4), B.number(0, 4, 43862, style: 5)], styles: [0, 2, 3, 10, 14, 31])
        #expect(cells == [["8.90", "102,647", "1.25%", "2021-01-01", "2020-02-01"]])
    }

    @Test func dateFormatsIn1900And1904() throws {
        let records = [B.number(0, 0, 44197, style: 1)]
        #expect(try B.cells(records, formats: [164: "yyyy\"年\"m\"月\""], styles: [0, 164]) == [["2021-01"]])
        let book = XLSBuilder(sheets: [("S", records)], formats: [164: "yyyy-mm-dd"], styles: [0, 164], date1904: true)
        #expect(try book.workbook().grid(sheet: 0).rows.map(\.cells) == [["2025-01-02"]])
    }

    /// RK: an integer or the top 30 bits of a double, each possibly divided by 100.
    @Test func rkInAllFourEncodings() throws {
        let double = UInt32(truncatingIfNeeded: (1.5).bitPattern >> 32)
        let hundredths = UInt32(truncatingIfNeeded: (1234.0).bitPattern >> 32)
        let cells = try B.cells([
            B.rk(0, 0, UInt32(bitPattern: Int32(-25) << 2) | 0x02),
            B.rk(0, 1, UInt32(bitPattern: Int32(-2590) << 2) | 0x03),
            B.rk(0, 2, double),
            B.rk(0, 3, hundredths | 0x01),
        ])
        #expect(cells == [["-25", "-25.9", "1.5", "12.34"]])
    }

    @Test func mulRK() throws {
        let cells = try B.cells([B.mulRK(1, 1, [(0, 7 << 2 | 2), (1, 259 << 2 | 3), (0, 0 << 2 | 2)])],
                                formats: [164: "0.0"], styles: [0, 164])
        #expect(cells == [[], ["", "7", "2.6", "0"]].map { $0 + Array(repeating: "", count: 4 - $0.count) })
    }

    @Test func labelSSTAndLabel() throws {
        let cells = try B.cells([B.labelSST(0, 0, 1), B.label(0, 1, "诸暨经济开发区"), B.label(0, 2, "Total")], strings: ["x", "合 计"])
        #expect(cells == [["合 计", "诸暨经济开发区", "Total"]])
    }

    @Test func richStringReadsAsItsText() throws {
        let runs = le16(1) + le16(0) + le16(5)
        let record = B.Record(0x00D6, le16(0) + le16(0) + le16(0) + B.unicodeString("增长(%)") + runs)
        #expect(try B.cells([record]) == [["增长(%)"]])
    }

    /// Empty and white-space-only text is missing, exactly like a blank cell, whatever record holds it.
    @Test func emptyAndBlankTextIsMissing() throws {
        let cells = try B.cells([B.labelSST(0, 0, 0), B.labelSST(0, 1, 1), B.label(0, 2, ""), B.label(0, 3, "　"),
                                 B.label(0, 4, "1月")], strings: ["", " "])
        #expect(cells == [["", "", "", "", "1月"]])
    }

    @Test func blankAndMulBlankAreMissing() throws {
        let cells = try B.cells([B.blank(0, 0), B.mulBlank(0, 1...5), B.number(1, 1, 3), B.mulBlank(2, 0...9)])
        #expect(cells == [["", ""], ["", "3"]])
    }

    /// A FORMULA's cached value: a number in the cell's format, a string from the STRING record
    /// after it, a boolean, an error, an empty string.
    @Test func formulaCachedValues() throws {
        let cells = try B.cells([
            B.formula(0, 0, result: (-100.0).bitPattern, style: 1),
            B.formula(0, 1, result: B.formulaResult(kind: 0)), B.string("合计"),
            B.formula(0, 2, result: B.formulaResult(kind: 1, detail: 1)),
            B.formula(0, 3, result: B.formulaResult(kind: 2, detail: 0x07)),
            B.formula(0, 4, result: B.formulaResult(kind: 3)),
            B.number(0, 5, 1),
        ], formats: [164: "0.0"], styles: [0, 164])
        #expect(cells == [["-100.0", "合计", "TRUE", "#DIV/0!", "", "1"]])
    }

    @Test func boolErr() throws {
        let cells = try B.cells([B.boolErr(0, 0, 0, isError: false), B.boolErr(0, 1, 1, isError: false), B.boolErr(0, 2, 0x2A, isError: true)])
        #expect(cells == [["FALSE", "TRUE", "#N/A"]])
    }

    @Test func mergedCellsBecomeSpans() throws {
        let book = XLSBuilder(sheets: [("S", [B.labelSST(0, 0, 0), B.mergedCells([(0, 0, 0, 7), (4, 5, 1, 1)])])], sharedStrings: ["表 64"])
        let grid = try book.workbook().grid(sheet: 0)
        #expect(grid.spans == [CellSpan(firstLine: 1, lastLine: 1, firstColumn: 0, lastColumn: 7),
                               CellSpan(firstLine: 5, lastLine: 6, firstColumn: 1, lastColumn: 1)])
    }

    /// A lying DIMENSION changes nothing: the cells that hold something make the grid.
    @Test func gridFromTheCellsNotTheDimension() throws {
        let grid = try XLSBuilder(sheets: [("S", [B.dimension(rows: 60_000, columns: 200), B.number(1, 2, 5)])]).workbook().grid(sheet: 0)
        #expect(grid.rows.map(\.line) == [1, 2])
        #expect(grid.rows.map(\.cells) == [["", "", ""], ["", "", "5"]])
    }

    /// Only worksheets are sheets: a chart sheet's BOUNDSHEET is passed over.
    @Test func sheetNamesOfWorksheetsOnly() throws {
        var book = XLSBuilder(sheets: [("开发区", [B.number(0, 0, 1)]), ("注释", [B.label(0, 0, "注：快报数")])])
        book.globals = [B.Record(0x0085, le32(0) + [0, 2] + B.unicodeString("图表1", lengthBytes: 1))]
        let read = try book.workbook()
        #expect(read.sheetNames == ["开发区", "注释"])
        #expect(try read.grid(sheet: 1).rows.map(\.cells) == [["注：快报数"]])
    }

    /// A string may break across CONTINUE records anywhere in its characters; each continuing
    /// record starts with a flag byte that may switch between one-byte and UTF-16 characters.
    @Test func sstStringSplitAcrossContinueRecords() throws {
        // "ABCDEF" starts compressed and ends in UTF-16; "开发区" has its header at the end of one
        // record and its characters in the next; "增长2020" starts in UTF-16 and ends compressed.
        let first = le32(4) + le32(4) + B.unicodeString("名称") + le16(6) + [0x00] + Array("ABCD".utf8)
        let second = [0x01] + utf16("EF") + le16(3) + [0x01]
        let third = [0x01] + utf16("开发区") + le16(6) + [0x01] + utf16("增长")
        let fourth = [0x00] + Array("2020".utf8)
        var book = XLSBuilder(sheets: [("S", (0..<4).map { B.labelSST(0, $0, $0) })])
        book.globals = [B.Record(0x00FC, first), B.Record(0x003C, second), B.Record(0x003C, third), B.Record(0x003C, fourth)]
        #expect(try book.workbook().grid(sheet: 0).rows.map(\.cells) == [["名称", "ABCDEF", "开发区", "增长2020"]])
    }

    private func utf16(_ text: String) -> [UInt8] {
        text.utf16.flatMap { le16(Int($0)) }
    }

    /// Rich-text runs and phonetic data after a string are skipped, even across a CONTINUE.
    @Test func sstRichAndPhoneticDataSkipped() throws {
        let rich = le16(2) + [0x0C] + le16(1) + le32(3) + Array("AB".utf8) + le16(0) + le16(1)
        let payload = le32(2) + le32(2) + rich
        let next = [0x55, 0x66, 0x77] + B.unicodeString("增长")
        var book = XLSBuilder(sheets: [("S", [B.labelSST(0, 0, 0), B.labelSST(0, 1, 1)])])
        book.globals = [B.Record(0x00FC, payload), B.Record(0x003C, next)]
        #expect(try book.workbook().grid(sheet: 0).rows.map(\.cells) == [["AB", "增长"]])
    }

    /// A workbook of 4096 bytes or more lives in the FAT's sectors, not in the mini stream.
    @Test func largeWorkbookOutsideTheMiniStream() throws {
        let records = (0..<400).map { B.number($0, 0, Double($0)) }
        let book = XLSBuilder(sheets: [("S", records)])
        #expect(book.workbookStream().count > 4096)
        #expect(try book.workbook().grid(sheet: 0).rows.count == 400)
        #expect(try book.workbook(mini: false).grid(sheet: 0).rows.last?.cells == ["399"])
    }

    /// Excel 5 and 95 (BIFF5): a stream named Book, text in the CODEPAGE's encoding.
    @Test func biff5LabelInCodePage936() throws {
        let gbk: [UInt8] = [0xBA, 0xCF, 0x20, 0xBC, 0xC6]  // "合 计" in GBK
        var book = XLSBuilder(sheets: [("Sheet1", [B.label(0, 0, bytes: gbk), B.number(0, 1, 8.9, style: 1)])],
                              formats: [164: "0.00"], styles: [0, 164], biff5: true)
        book.codePage = 936
        let read = try book.workbook()
        #expect(read.sheetNames == ["Sheet1"])
        #expect(try read.grid(sheet: 0).rows.map(\.cells) == [["合 计", "8.90"]])
    }
}
