import ChartScales
import YearbookData

/// Formats a chart's numbers one way for ticks and labels alike: large amounts scaled to 万/亿
/// (15354504 万元 shows as 1,535.45 亿元), thousands grouped, growth signed, the unit said once
/// in the subtitle rather than on every number.
struct ValueText {
    var unit: String
    var divisor: Double
    var measure: Measure
    /// Decimals of every scaled label in the chart, so a column of labels lines up: 2 below
    /// 1,000, 1 below 10,000, none above.
    var scaledDecimals: Int

    init(unit: String, measure: Measure, maxAbs: Double) {
        var display = Magnitude.display(unit: unit, maxAbs: maxAbs)
        // Rescale only when the largest value keeps three integer digits: 61,429 万美元 reads
        // better than 6.14 亿美元, whose smaller neighbours would shrink to 0.08.
        if maxAbs / display.divisor < 100 { display = DisplayUnit(unit: unit, divisor: 1) }
        self.unit = display.unit
        self.divisor = display.divisor
        self.measure = measure
        let largest = maxAbs / display.divisor
        scaledDecimals = largest < 1000 ? 2 : largest < 10000 ? 1 : 0
    }

    func scaled(_ v: Double) -> Double { v / divisor }

    /// A value label: the printed precision when shown as printed, at most 2 decimals when scaled.
    func label(_ value: Value) -> String {
        let v = scaled(value.number)
        let decimals = value.number == 0 ? 0 : divisor == 1 ? value.decimals : scaledDecimals
        switch measure {
        case .growth: return NumberFormat.signed(v, decimals: decimals) + "%"
        case .share: return NumberFormat.grouped(v, decimals: decimals) + "%"
        case .rank, .level, .index: return NumberFormat.grouped(v, decimals: decimals)
        }
    }

    func tick(_ v: Double, step: Double) -> String {
        NumberFormat.tick(v, step: step) + (measure == .growth || measure == .share ? "%" : "")
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
