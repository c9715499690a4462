import Foundation
import Testing

/// Data CSVs for the programs people open them in: a BOM for Excel, GB18030 on request.
@Suite struct EncodingOutputTests {
    @Test func exportForExcelAndInGB18030() throws {
        let plain = try yearbook(["export", "Datasets/table64.tsv", "--year", "2020"])
        let excel = try yearbook(["export", "Datasets/table64.tsv", "--year", "2020", "--excel"])
        #expect(excel.stdoutBytes.prefix(3) == Data([0xEF, 0xBB, 0xBF]))
        #expect(excel.stdoutBytes.dropFirst(3) == Data(plain.stdout.utf8))
        let gb = try yearbook(["export", "Datasets/table64.tsv", "--year", "2020", "--encoding", "gb18030"])
        // 合计 in GB18030 is BA CF BC C6.
        #expect(gb.stdoutBytes.range(of: Data([0xBA, 0xCF, 0xBC, 0xC6])) != nil)
        #expect(try yearbook(["export", "Datasets/table64.tsv", "--encoding", "latin1"]).status == 2)
    }

    @Test func renderWritesTheChartCSVForExcel() throws {
        let scratch = try Scratch()
        try scratch.chart("c.yaml", formats: "[svg]", "")
        #expect(try scratch.shell(":", ["render", "c.yaml", "--excel"]).status == 0)
        #expect(scratch.bytes("c.csv")?.prefix(3) == Data([0xEF, 0xBB, 0xBF]))
    }
}
