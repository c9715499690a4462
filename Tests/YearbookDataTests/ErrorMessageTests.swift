import Foundation
import TestSupport
import Testing
@testable import YearbookData

/// Every kind of bad input gets a message naming the file, line and cell and what was expected.
@Suite struct ErrorMessageTests {
    /// The message's first line; a cell refused after the layout was understood adds a note
    /// saying how the table was read.
    func firstLine(_ message: String?) -> String? { message?.components(separatedBy: "\n").first }

    @Test func missingFile() {
        #expect(thrownMessage { _ = try TableFile.load(path: "no/such/table.tsv") } == "no/such/table.tsv: error: no such file")
    }

    @Test func emptyFile() {
        #expect(thrownMessage { _ = try loadTable("") } == "t.tsv: error: the file is empty; expected a table (title lines, a header, data rows)")
        #expect(thrownMessage { _ = try loadTable(" \n\u{3000}\n") } == "t.tsv: error: the file is empty; expected a table (title lines, a header, data rows)")
    }

    @Test func onlyTitleLines() {
        #expect(thrownMessage { _ = try loadTable("表 64\n开发区主要指标情况表\n") } == "t.tsv: error: no table found: expected a header row with at least two cells, followed by data rows")
    }

    /// In a CSV a row that runs past the header is most likely a comma inside a number.
    @Test func raggedRowTooLong() {
        let message = thrownMessage { _ = try loadTable("名称,值,增长(%)\n甲,1,2\n乙,1,234,3\n", name: "t.csv") }
        #expect(message == "t.csv:3:4: error: this row has 4 cells but the header defines 3 columns; every data row needs exactly 3 (use — for a missing value) (cell D3)")
    }

    @Test func raggedRowTooShort() {
        let message = thrownMessage { _ = try loadTable("名称,值,增长(%)\n甲,1,2\n乙,1\n", name: "t.csv") }
        #expect(message == "t.csv:3:2: error: this row has 2 cells but the header defines 3 columns; every data row needs exactly 3 (use — for a missing value) (cell B3)")
    }

    @Test func headerWithNoDataUnderIt() {
        let message = thrownMessage { _ = try loadTable("表 1\n名 称\t合同利用外资(万美元)\t\n\t实绩\t增长(%)\n\n注：无数据\n") }
        #expect(message == "t.tsv:3: error: the header ends here but no data rows follow; expected rows with a label and values")
    }

    @Test func textInANumericColumn() {
        let message = thrownMessage { _ = try loadTable("名称\t合同利用外资(万美元)\t\n\t实绩\t增长(%)\n甲\t12\t3.5\n乙\t12\t约三成\n") }
        #expect(firstLine(message) == "t.tsv:4:3: error: expected a number or a missing-value mark (—, …, -, x or empty) in column «合同利用外资(万美元) / 增长(%)», found \"约三成\" (cell C4)")
        #expect(message?.hasSuffix("note: the table was read with header on lines 1–2; row labels in column A «名称»; values in columns B–C; units %, 万美元; if that is wrong, check the header rows above the data (a title or 单位 line must have one cell)") == true)
    }

    @Test func aCellInAUnitTheColumnContradicts() {
        let message = thrownMessage { _ = try loadTable("名称\t规上工业总产值(万元)\n甲\t463亿元\n") }
        #expect(firstLine(message) == "t.tsv:2:2: error: the value is in 亿元 but column «规上工业总产值(万元)» is in 万元; the table contradicts itself, fix the cell or the header (cell B2)")
    }

    @Test func aGrowthColumnInMoney() {
        let message = thrownMessage { _ = try loadTable("名称\t产值(亿元)\t增长(万元)\n甲\t1\t2\n") }
        #expect(firstLine(message) == "t.tsv:1:3: error: column «增长(万元)» says its unit is 万元, but a growth column is in % (cell C1)")
    }

    @Test func aSubColumnContradictingItsGroupsUnit() {
        let message = thrownMessage { _ = try loadTable("名称\t外资(万美元)\t\n\t实绩(万元)\t增长(%)\n甲\t1\t2\n") }
        #expect(firstLine(message) == "t.tsv:1:2: error: column «外资(万美元) / 实绩(万元)» says its unit is 万元, but its group «外资(万美元)» says 万美元 (cell B1)")
    }

    @Test func dataAfterTheNotes() {
        let message = thrownMessage { _ = try loadTable("名称\t值\n甲\t1\n注：说明\n乙\t2\n") }
        #expect(message == "t.tsv:4: error: a data row follows the table's notes; expected notes or the source line only after the table (or a blank line before another table)")
    }

    /// Every row running past a header cut short is a portal's habit: read what has a header, warn.
    @Test func aValueColumnWithoutAHeader() throws {
        let table = try yearbookTable("名称\t值\t\n\t实绩\t\n甲\t1\t5\n")
        #expect(table.columns.count == 1)
        #expect(table.warnings.map(\.description) == ["t.tsv:3:3: warning: columns C–C hold values but the header stops at column B; those values are not read (cell C3)"])
    }

    /// With no title and no file name (standard input), nothing names what the years measure.
    @Test func yearColumnsWithNothingNamingTheIndicator() {
        let message = thrownMessage { _ = try TableFile.parse(Data("地区,2019,2020\n甲区,1,2\n".utf8), file: "<stdin>") }
        #expect(firstLine(message) == "<stdin>:1:2: error: column «2019» gives a period but no indicator; expected a title line above the table naming what it measures, or an indicator label above the periods (or give one with --indicator-name) (cell B1)")
    }

    @Test func aRowWithValuesButNoLabel() {
        let message = thrownMessage { _ = try loadTable("名称\t值\n甲\t1\n\t2\n乙\t3\n") }
        #expect(firstLine(message) == "t.tsv:3:1: error: this row has values but no label; expected the name of a zone or region in column A (cell A3)")
    }

    @Test func badLongFormFields() {
        let header = "zone,indicator,measure,unit,year,value\n"
        #expect(thrownMessage { _ = try loadTable(header + "甲,产值,size,亿元,2020,1\n", name: "l.csv") }
                == "l.csv:2:3: error: measure \"size\" is not valid; expected one of level, growth, share, rank, index (cell C2)")
        #expect(thrownMessage { _ = try loadTable(header + "甲,产值,level,亿元,去年,1\n", name: "l.csv") }
                == "l.csv:2:5: error: year \"去年\" is not valid; expected a year such as 2020, or a period such as 2020-02 or 2020Q1 (cell E2)")
        #expect(thrownMessage { _ = try loadTable(header + "甲,产值,level,亿元,2020,—\n", name: "l.csv") }
                == "l.csv:2:6: error: value \"—\" is not valid; expected a plain number, or an empty field for a missing value (cell F2)")
    }
}
