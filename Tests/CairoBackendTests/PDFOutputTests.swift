import Foundation
import CairoBackend
import ChartScene
import Testing

@Suite struct PDFOutputTests {
    @Test func theCJKFontIsEmbeddedAsASubset() throws {
        let pdf = try Fixtures.renderer().render(try Fixtures.barChart(), as: .pdf, scale: 1)
        let listing = try withTemporaryFile(pdf, suffix: "pdf") { try runTool("pdffonts", [$0]) }
        // name type… emb sub uni object generation: the flags are the 5th and 4th from the end.
        let embeddedSubsets = listing.split(separator: "\n").filter { line in
            let columns = line.split(separator: " ").map(String.init)
            guard columns.count > 6, columns[0].contains("+NotoSansCJK") else { return false }
            return columns[columns.count - 5] == "yes" && columns[columns.count - 4] == "yes"
        }
        #expect(!embeddedSubsets.isEmpty, "pdffonts listed:\n\(listing)")
    }

    @Test func theTextIsRealText() throws {
        let pdf = try Fixtures.renderer().render(try Fixtures.barChart(), as: .pdf, scale: 1)
        let text = try withTemporaryFile(pdf, suffix: "pdf") { try runTool("pdftotext", [$0, "-"]) }
        #expect(text.contains(Fixtures.zone))
        #expect(text.contains(Fixtures.value))
    }

    @Test func metadataComesFromTheSceneAndTheSourceDate() throws {
        let scene = try Fixtures.barChart()
        let renderer = CairoRenderer(measurer: try Fixtures.measurer(), sourceDateEpoch: 1_600_000_000)
        let pdf = try renderer.render(scene, as: .pdf, scale: 1)
        let info = try withTemporaryFile(pdf, suffix: "pdf") { try runTool("pdfinfo", ["-isodates", $0]) }
        let fields = Dictionary(info.split(separator: "\n").compactMap { line -> (String, String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }, uniquingKeysWith: { first, _ in first })
        #expect(fields["Title"] == scene.title)
        #expect(fields["Subject"] == scene.description)
        #expect(fields["Creator"] == "yearbook \(YearbookVersion.current)")
        #expect(fields["CreationDate"] == "2020-09-13T12:26:40Z")
        #expect(fields["ModDate"] == "2020-09-13T12:26:40Z")
        #expect(fields["Page size"]?.hasPrefix("400 x 200 pts") == true)
    }

    @Test func withoutASourceDateTheDateIsFixed() throws {
        #expect(CairoRenderer(measurer: try Fixtures.measurer(), sourceDateEpoch: nil).sourceDateEpoch
            == (ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap { Int($0) } ?? 946_684_800))
    }
}
