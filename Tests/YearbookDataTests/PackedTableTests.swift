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

    /// Past `FreedMemory.rowInterval` rows the reader hands freed memory back as it goes; the
    /// table it builds meanwhile is whole.
    @Test func aTableLongerThanTheReleaseIntervalReadsWhole() throws {
        let count = FreedMemory.rowInterval + 1000
        var text = "时间,合成序列\n"
        for n in 0..<count { text += "\(2000 + n / 8760)-01-01 \(n % 24 < 10 ? "0" : "")\(n % 24):00,\(n).5\n" }
        let table = try yearbookTable(text, name: "long.csv")
        #expect(table.rows.count == count && table.cells.count == count)
        for r in [0, 1, FreedMemory.rowInterval - 1, FreedMemory.rowInterval, count - 1] {
            #expect(table.cell(r, 0).value?.text == "\(r).5")
            #expect(table.rows[r].label.hasSuffix(":00") && table.rows[r].line == r + 2)
        }
    }
}
