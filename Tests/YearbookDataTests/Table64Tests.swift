import Foundation
import TestSupport
import Testing
@testable import YearbookData

/// 表 64 as shipped: the reference table every loader rule is checked against.
@Suite struct Table64Tests {
    let file: TableFile
    let table: YearbookTable

    init() throws {
        file = try TableFile.load(path: datasetPath("table64.tsv"), registry: try shippedRegistry())
        guard case .yearbook(let t) = file.content else { throw DataError(SourceLocation(file: "table64"), "not a yearbook table") }
        table = t
    }

    @Test func titleHeaderAndProvenance() {
        #expect(table.title == ["表 64", "开发区主要指标情况表"])
        #expect(table.headerRows.count == 2)
        #expect(table.labelHeader == "名称")
        #expect(table.ignoredColumns == [1])
        #expect(table.sources == ["(市商务局 提供)"])
        #expect(table.notes.isEmpty)
        #expect(file.format == "TSV · UTF-8")
    }

    @Test func groupCellsSpanTheirSubColumns() {
        #expect(table.columns.map(\.name) == [
            "合同利用外资(万美元) / 实绩", "合同利用外资(万美元) / 增长(%)",
            "实际利用外资(万美元) / 实绩", "实际利用外资(万美元) / 增长(%)",
            "自营出口(万元) / 实绩", "自营出口(万元) / 增长(%)",
        ])
        #expect(table.columns.map(\.indicator) == ["合同利用外资", "合同利用外资", "实际利用外资", "实际利用外资", "自营出口", "自营出口"])
        #expect(table.columns.map(\.measure) == [.level, .growth, .level, .growth, .level, .growth])
    }

    @Test func unitsFromHeadersNotConfusedByGroups() {
        #expect(table.columns.map { $0.unit?.symbol } == ["万美元", "%", "万美元", "%", "万元", "%"])
        #expect(table.columns[0].unitOrigin == .group)
        #expect(table.columns[1].unitOrigin == .header)
    }

    @Test func totalRowAndZones() {
        #expect(table.rows.count == 10)
        #expect(table.rows.filter(\.isTotal).map(\.label) == ["合计"])
        #expect(table.rows[1].zone?.name == "滨海新区")
        #expect(table.rows[2].label == "柯桥经济技术开发区(柯桥区滨海工业区)")
        #expect(table.rows[2].zone?.name == "柯桥经济技术开发区")
        #expect(table.rows[3].zone?.name == "杭州湾上虞经济技术开发区")
        #expect(table.rows.dropFirst().allSatisfy { $0.zone != nil })
    }

    @Test func missingIsNeverZeroAndZeroIsKept() {
        let xinchang = table.rows.firstIndex { $0.label == "新昌经济开发区" }!
        #expect(table.cells(of: xinchang).map { $0.value?.text } == ["1200", nil, "0", nil, "278758", "0"])
        #expect(table.cell(xinchang, 1).isMissing)
        #expect(!table.cell(xinchang, 2).isMissing)
        let missing = table.rows.indices.flatMap { r in table.cells(of: r).filter(\.isMissing).map { _ in table.rows[r].label } }
        #expect(missing == ["新昌高新技术产业园区", "新昌经济开发区", "新昌经济开发区"])
    }

    @Test func exportsSixtyRecordsWithPrintedValues() throws {
        let csv = ExportFormat.csv.render(try file.dataset(year: .year(2020)).observations)
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(lines.count == 61)
        #expect(lines[0] == "zone,indicator,measure,unit,year,value")
        #expect(lines.contains("诸暨经济开发区,自营出口,level,万元,2020,2046179"))
        #expect(lines.contains("新昌经济开发区,实际利用外资,growth,%,2020,"))
        #expect(lines.contains("柯桥经济技术开发区,合同利用外资,growth,%,2020,-100.0"))
        #expect(lines.contains("合计,合同利用外资,level,万美元,2020,102647"))
        #expect(Set(lines.dropFirst().map { $0.split(separator: ",")[0] }).count == 10)
    }

    /// The table prints no year: without --year its values load with none, and the checks say so.
    @Test func printsNoYear() throws {
        #expect(!table.carriesPeriods)
        let dataset = try file.dataset()
        #expect(dataset.observations.count == 60 && dataset.periods == [.unspecified])
        #expect(ConsistencyCheck.run(file, dataset: dataset).findings.map(\.message) == [
            "the table prints no year (not in its title, its header or a 年份 column); its values are read without one, give it with --year",
        ])
    }

    /// The yearbook's 合 计 row does equal the sum of its nine zones, in all three level columns.
    @Test func totalEqualsTheSumOfItsNineZones() throws {
        let report = ConsistencyCheck.run(file, dataset: try file.dataset(year: .year(2020)))
        #expect(report.findings.isEmpty)
        #expect(report.passed.filter { $0.contains("= sum of its 9 zones") }.count == 3)
    }

    @Test func reEncodedAsGB18030OrCSVExportsByteIdentically() throws {
        let text = try String(contentsOfFile: datasetPath("table64.tsv"), encoding: .utf8)
        let registry = try shippedRegistry()
        func export(_ data: Data, _ name: String) throws -> String {
            ExportFormat.csv.render(try TableFile.parse(data, file: name, registry: registry).dataset(year: .year(2020)).observations)
        }
        let reference = try export(Data(text.utf8), "table64.tsv")
        let gbk = try TableFile.parse(reencode(text, as: "GB18030"), file: "table64.tsv", registry: registry)
        #expect(gbk.format == "TSV · GB18030")
        #expect(try export(reencode(text, as: "GB18030"), "table64.tsv") == reference)
        let csv = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map { ExportFormat.csvField(String($0)) }.joined(separator: ",") }
            .joined(separator: "\r\n")
        #expect(try export(Data(csv.utf8), "table64.csv") == reference)
        #expect(try export(Data([0xEF, 0xBB, 0xBF]) + Data(csv.utf8), "table64.csv") == reference)
    }
}
