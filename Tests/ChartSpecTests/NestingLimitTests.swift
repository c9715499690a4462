import TestSupport
import Testing
@testable import ChartSpec

/// A chart file nested thousands of levels deep overflowed the stack inside Yams; it is now
/// refused before parsing, with the file, line and column where it gets too deep.
@Suite struct NestingLimitTests {
    static let tooDeep = "lists and mappings nest more than 64 levels deep here; a chart file needs two at most (a list under a key)"

    @Test func deepFlowListsInYAMLAreRefusedAtTheBracket() {
        let text = "data: x.tsv\nindicator: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "\n"
        // The mapping is the first level, so the 64th bracket, after the 11 columns of
        // `indicator: `, is the 65th.
        #expect(thrownMessage { try ChartSpec.parse(text, file: "deep.yaml") } == "deep.yaml:2:75: error: " + Self.tooDeep)
    }

    @Test func deepJSONIsRefused() {
        let text = "{\"data\": \"x.tsv\", \"indicator\": " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "}"
        let message = thrownMessage { try ChartSpec.parse(text, file: "deep.json") }
        #expect(message?.hasPrefix("deep.json:1:") == true)
        #expect(message?.hasSuffix(Self.tooDeep) == true)
    }

    @Test func deepBlockNestingIsRefusedAtItsLine() {
        let indented = (0..<200).map { String(repeating: " ", count: 2 * $0) + "- a" }.joined(separator: "\n")
        #expect(thrownMessage { try ChartSpec.parse("data: x.tsv\nindicator:\n" + indented, file: "deep.yaml") }
                == "deep.yaml:66: error: " + Self.tooDeep)
        let compact = "data: x.tsv\nindicator:\n" + String(repeating: "- ", count: 5000) + "a\n"
        #expect(thrownMessage { try ChartSpec.parse(compact, file: "deep.yaml") } == "deep.yaml:3: error: " + Self.tooDeep)
    }

    /// Within the limit, Yams reads the file and the usual checks speak.
    @Test func nestingWithinTheLimitReachesTheKeyChecks() {
        let text = "data: x.tsv\nindicator: " + String(repeating: "[", count: 63) + "a" + String(repeating: "]", count: 63) + "\n"
        #expect(thrownMessage { try ChartSpec.parse(text, file: "ok.yaml") }?.contains("«indicator»: expected a list of values") == true)
    }

    @Test func bracketsInQuotesAndCommentsDoNotCount() throws {
        let brackets = String(repeating: "[", count: 100)
        let spec = try ChartSpec.parse("""
        data: x.tsv   # \(brackets)
        title: "\(brackets)"
        subtitle: '\(brackets) it''s'
        source: 资料来源：统计局 [2021
        """, file: "ok.yaml")
        #expect(spec.description.title == brackets)
        #expect(spec.description.subtitle == brackets + " it's")
    }
}
