import ChartScales
import Foundation
import YearbookData

/// Formats a chart's numbers one way for ticks and labels alike: large amounts scaled to 万/亿
/// (15354504 万元 shows as 1,535.45 亿元), thousands grouped, growth signed, the unit said once
/// in the subtitle rather than on every number.
struct ValueText {
    var unit: String
    var divisor: Double
    var measure: Measure
    var language: ChartLanguage
    /// Decimals of every scaled label in the chart, so a column of labels lines up and the
    /// largest reads in 4 significant digits: 2 below 100, 1 below 1,000, none above.
    var scaledDecimals: Int
    /// The base of an index (上年同月=100): its axis is drawn around it, with a line at it.
    var baseline: Double?

    init(unit: String, measure: Measure, maxAbs: Double, language: ChartLanguage = .zh) {
        var display = measure == .level ? Magnitude.display(unit: unit, maxAbs: maxAbs, language: language == .zh ? .zh : .en)
            : DisplayUnit(unit: unit, divisor: 1)
        // Rescale only when the largest value keeps three integer digits: 61,429 万美元 reads
        // better than 6.14 亿美元, whose smaller neighbours would shrink to 0.08.
        if maxAbs / display.divisor < 100 { display = DisplayUnit(unit: unit, divisor: 1) }
        self.unit = display.unit
        self.divisor = display.divisor
        self.measure = measure
        self.language = language
        let largest = maxAbs / display.divisor
        scaledDecimals = largest < 100 ? 2 : largest < 1000 ? 1 : 0
        baseline = measure == .index ? 100 : nil
    }

    func scaled(_ v: Double) -> Double { v / divisor }

    /// A value label: the printed precision when shown as printed (1,590.05), unless the table
    /// prints more digits than a reader takes in (1,827.52414 → 1,828: four significant
    /// digits); at most 2 decimals when scaled.
    func label(_ value: Value) -> String {
        var v = scaled(value.number)
        var decimals = value.number == 0 ? 0 : divisor == 1 ? value.decimals : scaledDecimals
        if v != 0, v.isFinite {
            // Significant digits as shown: the integer digits and the decimals, or, below 1,
            // the decimals after the leading zeros.
            let magnitude = Int(floor(log10(abs(v))))
            let significant = magnitude >= 0 ? magnitude + 1 + decimals : decimals + magnitude + 1
            if significant > 6 { decimals = max(0, 3 - magnitude) }
            // A rescaled amount past the last unit (10,119 万亿元) reads in 4 digits: 10,120.
            if divisor != 1, magnitude >= 4 {
                let unit = pow(10, Double(magnitude - 3))
                v = (v / unit).rounded() * unit
            }
        }
        // Past every unit word (10¹⁶ and up) a number reads only with an exponent.
        if abs(v) >= 1e7 { return ValueText.exponent(v, digits: 4) + (measure == .growth || measure == .share ? "%" : "") }
        switch measure {
        case .growth: return NumberFormat.signed(v, decimals: decimals) + "%"
        case .share: return NumberFormat.grouped(v, decimals: decimals) + "%"
        case .rank, .level, .index: return NumberFormat.grouped(v, decimals: decimals)
        }
    }

    func tick(_ v: Double, step: Double) -> String {
        let text = abs(v) >= 1e7 ? ValueText.exponent(v, digits: 3) : NumberFormat.tick(v, step: step)
        return text + (measure == .growth || measure == .share ? "%" : "")
    }

    /// `v` with `digits` significant digits and a decimal exponent (1.235e10), for amounts no
    /// unit word reaches.
    static func exponent(_ v: Double, digits: Int) -> String {
        String(format: "%.\(digits)g", v).replacingOccurrences(of: "e+", with: "e").replacingOccurrences(of: "-", with: NumberFormat.minus)
    }

    /// The unit phrase for the subtitle: 单位：亿元, or 比上年增长(%) for growth.
    func unitPhrase(_ language: ChartLanguage) -> String {
        switch (measure, language) {
        case (.growth, .zh): return "比上年增长(%)"
        case (.growth, .en): return "growth on the previous year (%)"
        case (.share, .zh): return "占比(%)"
        case (.share, .en): return "share (%)"
        case (.rank, .zh): return "位次"
        case (.rank, .en): return "rank"
        case (.index, .zh): return unit.isEmpty ? "指数" : "指数(\(unit))"
        case (.index, .en): return unit.isEmpty ? "index" : "index (\(unit))"
        case (.level, .zh): return unit.isEmpty ? "" : "单位：\(unit)"
        case (.level, .en): return unit.isEmpty ? "" : "unit: \(unit)"
        }
    }
}
