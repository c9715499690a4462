import Testing
import ChartScales

/// Scaling for units the Chinese rules do not know, and for English charts.
@Suite struct MagnitudeWordsTests {
    @Test(arguments: [
        (0.0, "", 1.0), (9999, "", 1), (10_000, "thousand", 1e3), (-12_000, "thousand", 1e3),
        (999_999, "thousand", 1e3), (1e6, "million", 1e6), (59_184_116_488.9977, "billion", 1e9),
        (1.7e13, "trillion", 1e12), (1e20, "trillion", 1e12), (.nan, "", 1), (.infinity, "", 1),
    ])
    func english(maxAbs: Double, unit: String, divisor: Double) {
        #expect(Magnitude.english(maxAbs: maxAbs) == DisplayUnit(unit: unit, divisor: divisor))
    }

    @Test(arguments: [
        (0.0, "", 1.0), (9999, "", 1), (10_000, "万", 1e4), (-5e7, "万", 1e4),
        (1e8, "亿", 1e8), (9.99e11, "亿", 1e8), (17_419_000_000_000, "万亿", 1e12), (.nan, "", 1),
    ])
    func chinese(maxAbs: Double, unit: String, divisor: Double) {
        #expect(Magnitude.chinese(maxAbs: maxAbs) == DisplayUnit(unit: unit, divisor: divisor))
    }

    @Test(arguments: [
        ("current US$", 1.7e13, MagnitudeLanguage.en, "trillion current US$", 1e12),
        ("", 3e6, .en, "million", 1e6),
        ("", 3e6, .zh, "万", 1e4),
        ("", 5000, .zh, "", 1),
        ("平方千米", 1e5, .zh, "万平方千米", 1e4),
        ("tonnes", 2.5e9, .en, "billion tonnes", 1e9),
        // The known Chinese units keep their own rules, in either language.
        ("元", 17_419_000_000_000, .zh, "万亿元", 1e12),
        ("万元", 15354504, .en, "亿元", 1e4),
        ("亿元", 1e6, .zh, "万亿元", 1e4),
        // Ratios, ranks, indexes and units that already carry a magnitude are left alone.
        ("%", 1e5, .zh, "%", 1),
        ("%", 1e5, .en, "%", 1),
        ("% of GDP", 1e5, .en, "% of GDP", 1),
        ("位", 1e5, .zh, "位", 1),
        ("上年=100", 1e5, .zh, "上年=100", 1),
        ("index (2015=100)", 1e5, .en, "index (2015=100)", 1),
        ("万平方千米", 1e5, .zh, "万平方千米", 1),
        ("million US$", 1e5, .en, "million US$", 1),
        ("thousands", 1e7, .en, "thousands", 1),
        ("°C", 1e5, .en, "°C", 1),
    ] as [(String, Double, MagnitudeLanguage, String, Double)])
    func display(unit: String, maxAbs: Double, language: MagnitudeLanguage, shown: String, divisor: Double) {
        #expect(Magnitude.display(unit: unit, maxAbs: maxAbs, language: language) == DisplayUnit(unit: shown, divisor: divisor))
    }

    /// The issue's numbers: 17,419,000,000,000 元 reads 17.42 万亿元; 59,184,116,488.9977 in an
    /// English chart reads 59.18 billion.
    @Test func theIssuesNumbersBecomeReadable() {
        let yuan = Magnitude.display(unit: "元", maxAbs: 17_419_000_000_000)
        #expect(NumberFormat.significant(yuan.scaled(17_419_000_000_000)) + " " + yuan.unit == "17.42 万亿元")
        let dollars = Magnitude.display(unit: "", maxAbs: 59_184_116_488.9977, language: .en)
        #expect(NumberFormat.significant(dollars.scaled(59_184_116_488.9977)) + " " + dollars.unit == "59.18 billion")
    }
}
