import Foundation
import Testing
@testable import YearbookData

/// Text tables the fuzz target fuzz-text (Fuzz/) found crashing the reader, reduced to what
/// triggers the fault; each now reads or is refused with an error.
@Suite struct FuzzRegressionTests {
    /// Two leading text columns with no header that are never both filled are one column
    /// (`ColumnLayout.coalesce`); a row cut short right after the left one indexed past its
    /// end when its label moved right (Index out of range).
    @Test func aShortRowInColumnsThatCoalesceDoesNotCrash() {
        let text = "名称\t产值\n甲\t\t\t乙\n\t\t丙\n"
        #expect(throws: DataError.self) { try TableFile.parse(Data(text.utf8), file: "t.tsv").dataset(year: Period(label: "2020")) }
    }
}
