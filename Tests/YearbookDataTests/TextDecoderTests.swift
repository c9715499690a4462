import Foundation
import TestSupport
import Testing
@testable import YearbookData

@Suite struct TextDecoderTests {
    let sample = "名 称\t合同利用外资(万美元)\n合 计\t102647\n"

    @Test func utf8WithAndWithoutBOM() throws {
        let plain = try TextDecoder.decode(Data(sample.utf8), file: "a.tsv")
        #expect(plain.encoding == .utf8)
        #expect(plain.text == sample)
        let bom = try TextDecoder.decode(Data([0xEF, 0xBB, 0xBF] + Array(sample.utf8)), file: "a.tsv")
        #expect(bom.encoding == .utf8BOM)
        #expect(bom.text == sample)
    }

    @Test func utf16WithBOM() throws {
        let le = try TextDecoder.decode(Data([0xFF, 0xFE]) + reencode(sample, as: "UTF-16LE"), file: "a.tsv")
        #expect(le.encoding == .utf16LE)
        #expect(le.text == sample)
        let be = try TextDecoder.decode(Data([0xFE, 0xFF]) + reencode(sample, as: "UTF-16BE"), file: "a.tsv")
        #expect(be.encoding == .utf16BE)
        #expect(be.text == sample)
    }

    @Test func gbkBytesAsPrinted() throws {
        // 合计 in GBK, as a bureau's export writes it: BA CF BC C6.
        let decoded = try TextDecoder.decode(Data([0xBA, 0xCF, 0xBC, 0xC6, 0x0A]), file: "a.tsv")
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.text == "合计\n")
    }

    @Test func gb18030RoundTrip() throws {
        let decoded = try TextDecoder.decode(reencode(sample, as: "GB18030"), file: "a.tsv")
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.text == sample)
    }

    @Test func undecodableBytesNameTheLine() {
        let bytes = Data("名称\t值\n".utf8) + Data([0x41, 0xFF, 0xFE, 0xFF, 0x0A])
        let message = thrownMessage { _ = try TextDecoder.decode(bytes, file: "bad.tsv") }
        #expect(message == "bad.tsv:2: error: bytes at offset 12 cannot be decoded; tried UTF-8 (with or without BOM), UTF-16 with BOM and GB18030/GBK. Save the file as UTF-8 or GB18030")
    }
}

@Suite struct CellGridTests {
    @Test func quotedFieldsHoldDelimitersQuotesAndLineBreaks() throws {
        let text = "a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nlast,1,2\r\nend,3,4"
        let grid = try CellGrid.parse(text, delimiter: .comma, file: "q.csv")
        #expect(grid.rows.map(\.cells) == [["a", "b", "c"], ["x, y", "say \"hi\"", "two\nlines"], ["last", "1", "2"], ["end", "3", "4"]])
        #expect(grid.rows.map(\.line) == [1, 2, 4, 5])
    }

    @Test func unterminatedQuoteIsAnError() {
        let message = thrownMessage { _ = try CellGrid.parse("a,b\n1,\"open\n2,3\n", delimiter: .comma, file: "q.csv") }
        #expect(message == "q.csv:2: error: a quoted field starts here and is never closed; expected a closing \"")
    }

    @Test func delimiterFromExtensionThenContent() {
        #expect(CellGrid.detectDelimiter("a,b", fileName: "x.tsv") == .tab)
        #expect(CellGrid.detectDelimiter("a\tb", fileName: "x.csv") == .comma)
        #expect(CellGrid.detectDelimiter("名称\t值\n合计\t1,234\n", fileName: "-") == .tab)
        #expect(CellGrid.detectDelimiter("a,b\n1,2\n", fileName: "-") == .comma)
    }
}
