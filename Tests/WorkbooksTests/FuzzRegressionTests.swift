import Foundation
import TestSupport
import Testing
import Workbooks
import YearbookData

/// Inputs the fuzz targets in Fuzz/ found crashing the readers, each now a clear error. The
/// inputs are rebuilt here, reduced to what triggers the fault.
@Suite struct FuzzRegressionTests {
    /// fuzz-xlsx-parts: a processing instruction that is a bare name reaches Foundation's
    /// XMLParser with no data, which it read as a C string (a NULL pointer: SEGV in strlen).
    @Test(arguments: ["<?x?>", "<?xml?>", "<sheetData/>\n<?mso-foo?>"])
    func aBareProcessingInstructionIsMalformedXML(_ markup: String) throws {
        let message = thrownMessage { try XLSXBuilder(sheets: [("Sheet1", markup)]).workbook().grid(sheet: 0) }
        #expect(message?.hasPrefix("book.xlsx: error: archive entry ") == true)
        #expect(message?.contains("is not well-formed XML: a processing instruction <?…?> holds only its name at line") == true, "\(message ?? "no error")")
    }

    @Test func aProcessingInstructionWithDataStillReads() throws {
        let rows = try XLSXBuilder(sheets: [("Sheet1", "<?mso-application progid=\"Excel.Sheet\"?>" + XLSXBuilder.sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>名称</t></is></c></row>"))])
            .workbook().grid(sheet: 0).rows.map(\.cells)
        #expect(rows == [["名称"]])
    }

    /// Row and column limits hold for text tables read through the one way in, as for workbooks.
    @Test func textTablesHaveTheWorkbooksLimits() {
        let text = Data(("名称,产值\n" + (1...6).map { "Z\($0),\($0)\n" }.joined()).utf8)
        #expect(thrownMessage { try TableSource.read(text, file: "t.csv", limits: InputLimits(maxRows: 5)) }
            == "t.csv:6: error: the table has more than 5 rows, the most a table may have; expected a yearbook table, which is far smaller")
        #expect(thrownMessage { try TableSource.read(Data(repeating: 0x41, count: 100), file: "t.csv", limits: InputLimits(maxEntryBytes: 64)) }
            == "t.csv: error: is larger than 64 bytes, the most a table file may hold; expected a yearbook table, which is far smaller")
    }
}
