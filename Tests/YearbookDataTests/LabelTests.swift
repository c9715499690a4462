import Testing
@testable import YearbookData

@Suite struct LabelTests {
    @Test(arguments: [
        ("名 称", "名称"),
        ("合 计", "合计"),
        ("项\u{3000}目", "项目"),
        ("  合同利用外资（万美元）  ", "合同利用外资(万美元)"),
        ("增长（％）", "增长(%)"),
        ("表 64", "表 64"),
        ("Total  row", "Total row"),
        ("２０２０年", "2020年"),
    ])
    func normalises(raw: String, expected: String) {
        #expect(Label.normalise(raw) == expected)
    }

    @Test func splitsTrailingParenthesis() {
        let split = Label.trailingParenthesis("滨海新区(绍兴高新技术产业开发区、袍江经济技术开发区)")
        #expect(split?.head == "滨海新区")
        #expect(split?.inner == "绍兴高新技术产业开发区、袍江经济技术开发区")
        #expect(Label.trailingParenthesis("诸暨经济开发区") == nil)
    }
}

@Suite struct CellContentTests {
    @Test(arguments: ["", " ", "—", "——", "…", "-", "x", "X", "－"])
    func missingMarks(raw: String) {
        guard case .missing = CellContent(parsing: raw) else {
            Issue.record("\"\(raw)\" should be missing")
            return
        }
    }

    @Test(arguments: [
        ("0", "0", 0.0, nil as String?),
        ("-100.0", "-100.0", -100.0, nil),
        ("+8.9", "8.9", 8.9, nil),
        ("−3.8", "-3.8", -3.8, nil),
        ("1,590.05", "1590.05", 1590.05, nil),
        ("15354504", "15354504", 15354504, nil),
        ("12.5%", "12.5", 12.5, "%"),
        ("463亿元", "463", 463, "亿元"),
        ("1.2E+05", "1.2e05", 120000, nil),
        ("3e2", "3e2", 300, nil),
        ("１２３", "123", 123, nil),
    ])
    func numbers(raw: String, text: String, number: Double, unit: String?) {
        guard case .number(let value, let printedUnit) = CellContent(parsing: raw) else {
            Issue.record("\"\(raw)\" should be a number")
            return
        }
        #expect(value.text == text)
        #expect(value.number == number)
        #expect(printedUnit == unit)
    }

    @Test(arguments: ["abc", "1,23", "12.3.4", "增长", "2020年度", "3 apples", "e5", "1e5e5", "1.5ee3"])
    func text(raw: String) {
        guard case .text = CellContent(parsing: raw) else {
            Issue.record("\"\(raw)\" should be text")
            return
        }
    }

    @Test func zeroIsAValueNotMissing() {
        #expect(CellContent(parsing: "0").value?.number == 0)
        #expect(CellContent(parsing: "—").value == nil)
    }
}

@Suite struct UnitTests {
    @Test func convertsWithinADimension() {
        #expect(Unit("万元").convert(15354504, to: Unit("亿元")) == 1535.4504)
        #expect(Unit("亿元").convert(1, to: Unit("万元")) == 10000)
        #expect(Unit("公顷").convert(100, to: Unit("平方千米")) == 1)
        #expect(Unit("平方公里").canConvert(to: Unit("平方千米")))
    }

    @Test func neverConvertsAcrossCurrencies() {
        #expect(Unit("万美元").convert(1, to: Unit("万元")) == nil)
        #expect(!Unit("万美元").canConvert(to: Unit("亿元")))
        #expect(!Unit("家").canConvert(to: Unit("个")))
        #expect(Unit("万人").convert(1, to: Unit("人")) == 10000)
    }

    @Test func recognisesUnitsButNotNames() {
        #expect(Unit.isRecognised("万美元"))
        #expect(Unit.isRecognised("%"))
        #expect(Unit.isRecognised("平方千米"))
        #expect(!Unit.isRecognised("柯桥区滨海工业区"))
        #expect(!Unit.isRecognised("不含新昌制药厂"))
    }
}

@Suite struct PeriodTests {
    @Test(arguments: [
        ("2020", "2020"), ("2020年", "2020"), ("2019年度", "2019"), ("2020-02", "2020-02"),
        ("2020年2月", "2020-02"), ("2020Q1", "2020Q1"), ("2020年一季度", "2020Q1"), ("２０２１年", "2021"),
    ])
    func parses(label: String, expected: String) {
        #expect(Period(label: label)?.description == expected)
    }

    @Test(arguments: ["20", "abc", "2020年13月", "1850", "2020 apples", "实绩"])
    func rejects(label: String) {
        #expect(Period(label: label) == nil)
    }

    @Test func ordersInTime() {
        #expect(Period.year(2019) < Period.year(2020))
        #expect(Period.month(2020, 2) < Period.quarter(2020, 2))
    }
}
