import ChartScales
import ChartScene
import YearbookData

/// The time axis under a line chart: ticks at sensible steps of the periods' own kind (years,
/// quarters, months, days), the year named once (2016年1月, 4月, 7月 … 2017年1月), labels that
/// never touch.
struct TimeAxis {
    var first: Period
    var last: Period
    var language: ChartLanguage
    var theme: Theme
    var typesetter: Typesetter

    func marks(x: (Double) -> Double, left: Double, right: Double, top: Double) throws -> [Mark] {
        let ts = typesetter, font = theme.tickFont
        let ticks = try TimeTicks.ticks(first: first.ordinal, last: last.ordinal, granularity: first.granularity,
                                        language: language == .zh ? .zh : .en, availableLength: max(right - left, 1),
                                        gap: theme.gap * 1.5) { try ts.width($0, font) }
        var marks: [Mark] = []
        for tick in ticks where !tick.label.isEmpty {
            let p = x(tick.ordinal)
            guard p >= left - 0.5, p <= right + 0.5 else { continue }
            marks.append(.text(try ts.place(tick.label, font: font, color: tick.isMajor ? theme.text : theme.mutedText,
                                            at: Point(p, top), align: .middle, role: "tick-label", datum: "time:" + tick.label)))
        }
        return marks
    }
}
