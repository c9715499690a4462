import Testing
import ChartScales

@Suite struct MagnitudeTests {
    @Test(arguments: [
        ("万元", 15354504.0, "亿元", 1e4),
        ("万元", 10000, "亿元", 1e4),
        ("万元", 9999, "万元", 1),
        ("元", 1.2e8, "亿元", 1e8),
        ("元", 35000, "万元", 1e4),
        ("元", 9999, "元", 1),
        ("美元", 50000, "万美元", 1e4),
        ("美元", 3e8, "亿美元", 1e8),
        ("万美元", 12000, "亿美元", 1e4),
        ("万美元", 800, "万美元", 1),
        ("家", 15000, "万家", 1e4),
        ("人", 2.5e8, "亿人", 1e8),
        ("人次", 50000, "万人次", 1e4),
        ("万人", 20000, "亿人", 1e4),
        ("万吨", 30000, "亿吨", 1e4),
        ("万元", -15354504, "亿元", 1e4),
        // 万亿 from 1 万亿 of the base: 17,419,000,000,000 元 is 17.42 万亿元.
        ("元", 17_419_000_000_000, "万亿元", 1e12),
        ("元", 1e12, "万亿元", 1e12),
        ("元", 9.9e11, "亿元", 1e8),
        ("万元", 1.7e9, "万亿元", 1e8),
        ("万美元", 2e8, "万亿美元", 1e8),
        ("万亿元", 5e3, "万亿元", 1),
        // 亿 past 1 万亿 reads as 万亿 (M2 of 2,275,538 亿元 is 227.55 万亿元); below it stays.
        ("亿元", 2_275_538, "万亿元", 1e4),
        ("亿元", 9999, "亿元", 1),
        // Never scaled: percentages, ranks, no unit, units we do not know.
        ("%", 1e5, "%", 1),
        ("位", 1e5, "位", 1),
        ("", 1e9, "", 1),
        ("平方千米", 1e5, "平方千米", 1),
        ("万元", .nan, "万元", 1),
    ])
    func displayUnit(unit: String, maxAbs: Double, shown: String, divisor: Double) {
        #expect(Magnitude.display(unit: unit, maxAbs: maxAbs) == DisplayUnit(unit: shown, divisor: divisor))
    }

    /// 自营出口 of the zones, 万元: the largest is 15354504, so the chart shows 亿元 and
    /// 2046179 万元 reads 204.62.
    @Test func exportsInTenThousandsShowInHundredMillions() {
        let display = Magnitude.display(unit: "万元", maxAbs: 15354504)
        #expect(display.unit == "亿元")
        #expect(display.divisor == 10000)
        #expect(display.scaled(2046179) == 204.6179)
        #expect(NumberFormat.grouped(display.scaled(2046179), decimals: 2) == "204.62")
        #expect(NumberFormat.value(display.scaled(15354504), decimals: nil) == "1,535.45")
    }
}
