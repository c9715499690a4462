import Testing
@testable import ChartSpec

/// A chart's output name becomes file names: refused, with the key's line, when it would
/// leave the folder, hide the files, break a listing or overflow a file system's names.
@Suite struct OutputNameTests {
    @Test(arguments: [
        ("\"..\"", ".. names a folder, not a file"),
        ("\".\"", ". names a folder, not a file"),
        ("\".hidden\"", "a name starting with a dot would make hidden files"),
        ("\"a/b\"", "a name holds no folders (no /); render with --out to choose the folder"),
        ("\"../../etc/x\"", "a name starting with a dot would make hidden files"),
        ("\"two\\nlines\"", "a name holds no line breaks or other control characters"),
        ("\"bell\\a\"", "a name holds no line breaks or other control characters"),
        ("\"\"", "it is empty"),
        ("\"\(String(repeating: "图", count: 67))\"", "it is 201 bytes long, more than the 200 a name may have"),
    ])
    func aBadNameIsRefusedAtItsLine(_ value: String, _ problem: String) {
        let text = "data: t.tsv\nname: \(value)\n"
        #expect(thrownMessage { try ChartSpec.parse(text, file: "c.yaml") } == "c.yaml:2:7: error: «name»: cannot name the output files: \(problem)")
    }

    @Test func aNameOfTwoHundredBytesIsFine() throws {
        let name = String(repeating: "a", count: 200)
        #expect(try ChartSpec.parse("data: t.tsv\nname: \(name)\n", file: "c.yaml").name == name)
    }

    @Test func aHiddenChartFileNeedsAName() throws {
        #expect(thrownMessage { try ChartSpec.parse("data: t.tsv\n", file: "Charts/.draft.yaml") }
            == "Charts/.draft.yaml: error: its own name cannot name the output files: a name starting with a dot would make hidden files; add name: to choose another")
        #expect(try ChartSpec.parse("data: t.tsv\nname: draft\n", file: "Charts/.draft.yaml").name == "draft")
    }

    private func thrownMessage(_ body: () throws -> ChartSpec) -> String? {
        do { _ = try body(); return nil } catch { return "\(error)" }
    }
}
