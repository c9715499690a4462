import TestSupport
import Testing
@testable import YearbookData

/// A table's rows and cells are packed (a label inline, rare fields boxed, a cell's unit found
/// from its row and column); everything read back must be what was put in.
@Suite struct PackedTableTests {
    /// Labels on both sides of each boundary: 15 bytes (a small string), 16 to 23 (inline),
    /// 24 and more (a string), in ASCII and with three-byte characters across the boundary.
    static let boundaryLabels: [String] = [
        "", "a", String(repeating: "x", count: 15), "1900-01-01 00:00", "1900-01-01 00:00:00",
        String(repeating: "y", count: 23), String(repeating: "z", count: 24), "诸暨经济开发区", "柯桥经济技术开发区",
        "a诸暨经济开发区", "ab诸暨经济开发区", "2020年第一季度", "柯桥经济技术开发区(柯桥区滨海工业区)",
    ]

    @Test func aLabelReadsBackAsItWasGiven() {
        let labels = Self.boundaryLabels + LoadingFastPathTests.strings(count: 3000, seed: 11)
        for label in labels {
            #expect(InlineText(label).text == label, "\(label.utf8.count) bytes: «\(label)»")
            var row = YearbookTable.Row(line: 7, label: "甲", zone: nil, isTotal: false, period: nil, indicator: nil)
            row.label = label
            #expect(row.label == label)
        }
    }

    @Test func aRowsFieldsAreIndependent() {
        let zone = Zone(name: "诸暨经济开发区", short: "诸暨", english: "Zhuji Economic Development Zone")
        let indicator = YearbookTable.RowIndicator(name: "产值", measure: .level, unit: Unit("亿元"))
        var row = YearbookTable.Row(line: 1_048_576, label: "1900-01-01 00:00", zone: zone, isTotal: true, period: .time(1900, 1, 1, 0),
                                    indicator: indicator)
        #expect(row.line == 1_048_576 && row.label == "1900-01-01 00:00" && row.zone?.name == zone.name && row.isTotal)
        #expect(row.indicator?.name == "产值" && row.indicator?.unit?.symbol == "亿元" && row.period == .time(1900, 1, 1, 0))
        #expect(row.parent == nil && !row.isSubtotal)
        row.parent = "绍兴市"
        row.zone = nil
        #expect(row.parent == "绍兴市" && row.zone == nil && row.indicator?.name == "产值")
        row.indicator = nil
        #expect(row.parent == "绍兴市" && row.indicator == nil)
        row.parent = nil
        row.isSubtotal = true
        #expect(row.parent == nil && row.zone == nil && row.indicator == nil && row.isSubtotal && row.isTotal)
        #expect(row.label == "1900-01-01 00:00" && row.period == .time(1900, 1, 1, 0) && row.line == 1_048_576)
    }

    @Test func aCellHoldsWhatItWasReadAs() {
        for content: CellContent in [.number(Value(number: 463, text: "463"), unit: "亿元"), .number(Value(number: -1.5, text: "-1.50"), unit: nil),
                                     .number(Value(number: 0, text: "0"), unit: nil), .missing(mark: ""), .missing(mark: "—"), .missing(mark: "…")] {
            let cell = YearbookTable.Cell(content)
            #expect(cell.content == content)
            #expect(cell.value == content.value)
            #expect(cell.isMissing == (content.value == nil))
        }
    }

    /// A cell's unit is its row's where rows are indicators, else its column's, else its own.
    @Test func aCellsUnitComesFromItsRowItsColumnOrItself() throws {
        let byRow = try yearbookTable("""
        地区：绍兴市
        指标\t2019年\t2020年
        地区生产总值(亿元)\t5780.74\t6000.6
        工业增加值增长(%)\t8.4\t—
        """)
        #expect(byRow.rows.indices.map { byRow.unitSymbol($0, 0) } == ["亿元", "%"])
        #expect(byRow.unitSymbol(1, 1) == "%")
        let mixed = try yearbookTable("名称\t产值\t增长(%)\n甲\t463亿元\t11.7\n乙\t12万元\t—\n丙\t—\t3\n")
        #expect((0..<3).map { mixed.unitSymbol($0, 0) } == ["亿元", "万元", nil])
        #expect((0..<3).map { mixed.unitSymbol($0, 1) } == ["%", "%", "%"])
        #expect(try mixed.dataset(year: .year(2020)).observations.map(\.unit) == ["亿元", "%", "万元", "%", "", "%"])
    }

    /// Past `FreedMemory.cellInterval` cells the reader hands freed memory back as it goes; the
    /// table it builds meanwhile is whole.
    @Test func aTableLongerThanTheReleaseIntervalReadsWhole() throws {
        let count = FreedMemory.cellInterval + 1000
        var text = "时间,合成序列\n"
        for n in 0..<count { text += "\(2000 + n / 8760)-01-01 \(n % 24 < 10 ? "0" : "")\(n % 24):00,\(n).5\n" }
        let table = try yearbookTable(text, name: "long.csv")
        #expect(table.rows.count == count && table.cells.count == count)
        for r in [0, 1, FreedMemory.cellInterval - 1, FreedMemory.cellInterval, count - 1] {
            #expect(table.cell(r, 0).value?.text == "\(r).5")
            #expect(table.rows[r].label.hasSuffix(":00") && table.rows[r].line == r + 2)
        }
        // A wide table reaches the interval in fewer rows, on both cores.
        let rows = FreedMemory.cellInterval / 20 + 100
        let wide = try yearbookTable(Self.layout(rows: rows) { r, c in "\(r).\(c)" })
        #expect(wide.rows.count == rows && wide.cells.count == rows * 20)
        for r in [0, rows / 2 - 1, rows / 2, FreedMemory.cellInterval / 20, rows - 1] {
            #expect(wide.cell(r, 19).value?.text == "\(r).19" && wide.rows[r].label == "地区\(r)")
        }
    }

    /// A layout of `rows` rows of 20 years, `cell` giving each cell's text.
    static func layout(rows: Int, _ cell: (Int, Int) -> String) -> String {
        var text = "地区\t" + (2001...2020).map { "\($0)年" }.joined(separator: "\t") + "\n"
        for r in 0..<rows { text += "地区\(r)\t" + (0..<20).map { cell(r, $0) }.joined(separator: "\t") + "\n" }
        return text
    }

    /// A body of enough cells is read on two cores; what it reads, and what it refuses, is
    /// what reading it in order would.
    @Test func aBodyReadInHalvesIsReadAsInOrder() throws {
        let rows = YearbookTableReader.cellsForTwoCores / 20 + 500
        let table = try yearbookTable(Self.layout(rows: rows) { r, k in (r + k) % 97 == 0 ? "—" : "\(r).\(k)" })
        #expect(table.rows.count == rows && table.cells.count == rows * 20)
        for r in [0, 1, rows / 2 - 1, rows / 2, rows - 1] {
            #expect(table.rows[r].label == "地区\(r)" && table.rows[r].line == r + 2)
            for k in 0..<20 { #expect(table.cell(r, k).value?.text == ((r + k) % 97 == 0 ? nil : "\(r).\(k)")) }
        }
        // Units printed only by cells of the second half: the column's unit came from its cells.
        let units = try yearbookTable(Self.layout(rows: rows) { r, k in k == 3 && r > rows / 2 ? "\(r)亿元" : "\(r)" })
        #expect(units.columns[3].unitOrigin == .cells && units.columns[2].unitOrigin != .cells)
        #expect(units.unitSymbol(rows - 1, 3) == "亿元" && units.unitSymbol(0, 3) == nil)
        // A bad cell in each half: the first in the table is reported; one in the second half alone is too.
        let early = rows / 4, late = rows * 3 / 4
        let both = thrownMessage { try yearbookTable(Self.layout(rows: rows) { r, k in (r == early || r == late) && k == 5 ? "n/v" : "1" }) }
        #expect(both?.contains("t.tsv:\(early + 2):7: error: expected a number") == true, "\(both ?? "")")
        let second = thrownMessage { try yearbookTable(Self.layout(rows: rows) { r, k in r == late && k == 5 ? "n/v" : "1" }) }
        #expect(second?.contains("t.tsv:\(late + 2):7: error: expected a number") == true, "\(second ?? "")")
    }
}
