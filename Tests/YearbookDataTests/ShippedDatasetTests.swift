import Foundation
import Testing
@testable import YearbookData

/// Every table in Datasets/ loads, passes its consistency checks and is traced in the README.
@Suite struct ShippedDatasetTests {
    static let exports: [(file: String, year: Period?)] = {
        let text = (try? String(contentsOfFile: datasetPath("exports.tsv"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return (cells[0], cells.count > 1 ? Period(label: cells[1]) : nil)
        }
    }()

    @Test func everyTableIsListedForExport() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: datasetPath(""))
            .filter { ($0.hasSuffix(".tsv") || $0.hasSuffix(".csv")) && $0 != "zones.tsv" && $0 != "exports.tsv" }
        #expect(Set(files) == Set(ShippedDatasetTests.exports.map(\.file)))
    }

    @Test(arguments: exports.map(\.file))
    func loadsCleanly(file: String) throws {
        let year = ShippedDatasetTests.exports.first { $0.file == file }?.year
        let table = try TableFile.load(path: datasetPath(file), registry: try shippedRegistry())
        let dataset = try table.dataset(year: year)
        #expect(!dataset.observations.isEmpty)
        let report = ConsistencyCheck.run(table, dataset: dataset)
        #expect(report.findings.isEmpty, "\(report.findings)")
        let unknown = Set(dataset.observations.filter { !$0.isTotal && table.registry.resolve($0.zone) == nil }.map(\.zone))
        #expect(unknown.isEmpty, "zones missing from zones.tsv: \(unknown.sorted())")
    }

    @Test(arguments: exports.map(\.file) + ["zones.tsv"])
    func tracedInTheReadme(file: String) throws {
        let readme = try String(contentsOfFile: datasetPath("README.md"), encoding: .utf8)
        #expect(readme.contains(file))
    }
}
