import CairoBackend
import ChartScene

/// Scenes built by hand, their text boxes measured by the real measurer as layout would.
enum Fixtures {
    static let zone = "柯桥经济技术开发区"
    static let value = "1,590.05"
    static let blue = Color(hex: "#4E79A7")!
    static let grey = Color(hex: "#8C8C8C")!
    static let orange = Color(hex: "#F28E2B")!
    static let black = Color(red: 0, green: 0, blue: 0)

    /// One measurer for the whole suite, shared by tests running in parallel like a CLI run's
    /// charts would be.
    private static let sharedMeasurer = Result { try PangoTextMeasurer() }
    static func measurer() throws -> PangoTextMeasurer { try sharedMeasurer.get() }

    static func renderer() throws -> CairoRenderer { CairoRenderer(measurer: try measurer()) }

    /// A text mark at `origin` (the box's top-left) sized by the measurer.
    static func text(_ string: String, at origin: Point, size: Double, weight: Font.Weight = .regular, role: String, datum: String? = nil) throws -> Mark {
        let font = Font(family: "Noto Sans CJK SC", size: size, weight: weight)
        let extent = try measurer().measure(string, font: font, language: "zh-CN")
        return .text(TextMark(
            role: role, text: string,
            box: Rect(x: origin.x, y: origin.y, width: extent.width, height: extent.height),
            baseline: extent.baseline, font: font, color: black, datum: datum
        ))
    }

    /// A bar with its zone and value labels, a dashed reference rule, a hollow circle marker
    /// and a bold title; the plot area is a clipped group.
    static func barChart(title: String = "2020年各开发区规上工业总产值") throws -> Scene {
        let plot = Rect(x: 170, y: 50, width: 210, height: 110)
        return Scene(
            width: 400, height: 200, background: Color(red: 1, green: 1, blue: 1),
            marks: [
                try text(title, at: Point(20, 12), size: 16, weight: .bold, role: "title"),
                try text(zone, at: Point(16, 84), size: 12, role: "tick-label", datum: zone),
                .group(GroupMark(role: "plot", marks: [
                    .rect(Rect(x: 170, y: 80, width: 150, height: 24), role: "bar", fill: blue, datum: "1590.05"),
                    .rule(from: Point(260, 55), to: Point(260, 155), role: "reference",
                          stroke: Stroke(color: grey, width: 1.5, dash: [4, 3])),
                    .circle(center: Point(300, 135), radius: 6, role: "marker", fill: nil,
                            stroke: Stroke(color: orange, width: 2)),
                ], clip: plot)),
                try text(value, at: Point(326, 84), size: 10, role: "value-label", datum: "1590.05"),
            ],
            title: title,
            description: "\(zone)2020年规上工业总产值为\(value)亿元。",
            language: "zh-CN"
        )
    }
}
