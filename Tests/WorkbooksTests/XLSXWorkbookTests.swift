import Foundation
import Testing
import Workbooks
import YearbookData

/// Cells read as the table shows them, from workbooks assembled part by part.
@Suite struct XLSXWorkbookTests {
    @Test func sharedStringsPlainAndRichText() throws {
        let strings = [
            "<t>名 称</t>",
            "<r><t>合同利用外资</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">(万美元) </t></r>",
            "<t>绍兴</t><rPh sb=\"0\" eb=\"2\"><t>シャオシン</t></rPh>",
            "<t>line_x000D_break</t>",
        ]
        let cells = try XLSXBuilder.cells("""
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>
            """, strings: strings)
        #expect(cells == [["名 称", "合同利用外资(万美元) ", "绍兴", "line\rbreak"]])
    }

    @Test func inlineStrings() throws {
        let cells = try XLSXBuilder.cells("""
            <row r="1"><c r="A1" t="inlineStr"><is><t>合 计</t></is></c>\
            <c r="B1" t="inlineStr"><is><r><t>柯桥</t></r><r><t>经济开发区</t></r></is></c></row>
            """)
        #expect(cells == [["合 计", "柯桥经济开发区"]])
    }

    @Test func generalNumbersInTheirShortestForm() throws {
        let cells = try XLSXBuilder.cells("""
            <row r="1"><c r="A1"><v>102647</v></c><c r="B1"><v>-25.9</v></c><c r="C1"><v>0.1</v></c>\
            <c r="D1"><v>1E-5</v></c><c r="E1"><v>1E+16</v></c><c r="F1" t="n"><v>0</v></c></row>
            """)
        #expect(cells == [["102647", "-25.9", "0.1", "0.00001", "10000000000000000", "0"]])
    }

    /// Style 1 is the built-in "0.00", 2 the built-in "#,##0.00", 3 the custom "0.0", 4 "0.0%".
    @Test func fixedDecimalFormatsKeepTheirDecimals() throws {
        let cells = try XLSXBuilder.cells("""
            <row r="1"><c r="A1" s="3"><v>-100</v></c><c r="B1" s="1"><v>1.5</v></c><c r="C1" s="3"><v>1</v></c>\
            <c r="D1" s="2"><v>15354504</v></c><c r="E1" s="4"><v>0.259</v></c><c r="F1" s="0"><v>8.9</v></c></row>
            """, formats: [164: "0.0", 165: "0.0%"], styles: [0, 2, 4, 164, 165])
        #expect(cells == [["-100.0", "1.50", "1.0", "15,354,504.00", "25.9%", "8.9"]])
    }

    @Test func booleansErrorsAndFormulas() throws {
        let cells = try XLSXBuilder.cells("""
            <row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="e"><f>1/0</f><v>#DIV/0!</v></c>\
            <c r="D1"><f>SUM(A2:B2)</f><v>102647</v></c><c r="E1" t="str"><f>A3&amp;"区"</f><v>柯桥区</v></c>\
            <c r="F1"><f>A2*2</f></c><c r="G1" t="s"/></row>
            """)
        #expect(cells == [["TRUE", "FALSE", "#DIV/0!", "102647", "柯桥区"]])
    }

    @Test func dateSerials() throws {
        let cells = try XLSXBuilder.cells("""
            <row r="1"><c r="A1" s="1"><v>44197</v></c><c r="B1" s="2"><v>44197.75</v></c><c r="C1" s="3"><v>60</v></c>\
            <c r="D1" s="1"><v>59</v></c><c r="E1" s="1"><v>61</v></c></row>
            """, formats: [176: "yyyy\"年\"m\"月\"d\"日\""], styles: [0, 14, 22, 176])
        #expect(cells == [["2021-01-01", "2021-01-01", "1900-02-29", "1900-02-28", "1900-03-01"]])
    }

    @Test func date1904Workbooks() throws {
        let book = XLSXBuilder(sheets: [("Sheet1", XLSXBuilder.sheet("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>42735</v></c></row>"))],
                               cellStyles: [0, 14], date1904: true)
        #expect(try book.workbook().grid(sheet: 0).rows.map(\.cells) == [["2021-01-01"]])
    }

    @Test func mergedCellsBecomeSpans() throws {
        let book = XLSXBuilder(sheets: [("Sheet1", XLSXBuilder.sheet(
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>开发区主要指标情况表</t></is></c></row>",
            merges: ["A1:H1", "A5:A6", "$C$5:$D$5"]))])
        #expect(try book.workbook().grid(sheet: 0).spans == [
            CellSpan(firstLine: 1, lastLine: 1, firstColumn: 0, lastColumn: 7),
            CellSpan(firstLine: 5, lastLine: 6, firstColumn: 0, lastColumn: 0),
            CellSpan(firstLine: 5, lastLine: 5, firstColumn: 2, lastColumn: 3),
        ])
    }

    /// Row 2 and 3 are absent and row 4 holds only a styled blank: the grid still has a row
    /// for each, so row 5 is line 5; cells start at column A whatever the first filled one.
    @Test func emptyRowsKeepTheLineNumbers() throws {
        let grid = try XLSXBuilder(sheets: [("Sheet1", XLSXBuilder.sheet("""
            <row r="1"><c r="C1"><v>1</v></c></row><row r="4"><c r="A4" s="0"/></row>\
            <row r="5"><c r="B5"><v>2</v></c><c r="D5" s="0"/></row><row r="9" ht="30" customHeight="1"/>
            """))]).workbook().grid(sheet: 0)
        #expect(grid.rows.map(\.line) == [1, 2, 3, 4, 5])
        #expect(grid.rows.map(\.cells) == [["", "", "1"], [], [], [], ["", "2"]])
    }

    @Test func sheetsByIndexWithTheirNames() throws {
        let book = try XLSXBuilder(sheets: [
            ("Sheet1", XLSXBuilder.sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")),
            ("表64", XLSXBuilder.sheet("<row r=\"2\"><c r=\"B2\"><v>2</v></c></row>")),
        ]).workbook()
        #expect(book.format == "Excel workbook (.xlsx)")
        #expect(book.sheetNames == ["Sheet1", "表64"])
        #expect(try book.grid(sheet: 1).rows.map(\.cells) == [[], ["", "2"]])
        #expect(try book.grid(sheet: 0).rows.map(\.cells) == [["1"]])
    }

    /// Producers other than Excel use namespace prefixes and absolute relationship targets,
    /// and may leave out the `r` attributes.
    @Test func prefixedPartsAndAbsoluteTargets() throws {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let data = try XLSXBuilder.zip([
            .init(path: "xl/workbook.xml", data: Data("""
                <x:workbook xmlns:x="\(main)" xmlns:rel="\(relationships)"><x:sheets>\
                <x:sheet name="数据" sheetId="1" rel:id="R9"/></x:sheets></x:workbook>
                """.utf8)),
            .init(path: "xl/_rels/workbook.xml.rels", data: Data("""
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="R9" Type="\(relationships)/worksheet" Target="/xl/worksheets/data.xml"/></Relationships>
                """.utf8)),
            .init(path: "xl/worksheets/data.xml", data: Data("""
                <x:worksheet xmlns:x="\(main)"><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c>\
                <x:c><x:v>2</x:v></x:c></x:row><x:row><x:c><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>
                """.utf8), compression: .none),
        ])
        let book = try XLSXWorkbook(data: data, file: "book.xlsx")
        #expect(book.sheetNames == ["数据"])
        #expect(try book.grid(sheet: 0).rows.map(\.cells) == [["a", "2"], ["3"]])
    }
}
