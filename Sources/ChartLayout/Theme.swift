import ChartScene

/// Everything about a chart's look in one value: fonts, sizes, colours and spacing. Text
/// elements inherit the root font family and colour, so changing the family (a CJK font for
/// another market, `--font`) is one assignment.
public struct Theme: Sendable {
    public var name: String
    public var fontFamily: String
    public var background: Color
    public var text: Color
    public var mutedText: Color
    public var grid: Color
    public var zeroLine: Color
    public var axis: Color
    /// Categorical colours, colour-blind safe, in the order series take them.
    public var palette: [Color]
    /// Positive / negative (diverging bars), risers / fallers (slope charts).
    public var positive: Color
    public var negative: Color
    public var neutral: Color

    public var titleSize = 16.0
    public var subtitleSize = 11.5
    public var labelSize = 11.0
    public var tickSize = 10.0
    public var valueSize = 10.0
    public var sourceSize = 9.0
    public var margin = 20.0
    /// Space between a label and what it labels.
    public var gap = 6.0

    public func font(_ size: Double, bold: Bool = false) -> Font {
        Font(family: fontFamily, size: size, weight: bold ? .bold : .regular)
    }

    public var titleFont: Font { font(titleSize, bold: true) }
    public var subtitleFont: Font { font(subtitleSize) }
    public var labelFont: Font { font(labelSize) }
    public var tickFont: Font { font(tickSize) }
    public var valueFont: Font { font(valueSize) }
    public var sourceFont: Font { font(sourceSize) }

    public func color(_ index: Int) -> Color { palette[index % palette.count] }

    /// The theme for a canvas of `width` × `height` points: type, margins and gaps shrink with
    /// a canvas smaller than a report page's column (640 × 400), down to two thirds, so a
    /// 400 × 300 chart keeps its proportions instead of drowning in full-size type.
    func scaled(toCanvas width: Double, _ height: Double) -> Theme {
        let factor = max(0.65, min(1, min(width / 640, height / 400)))
        guard factor < 1 else { return self }
        var t = self
        for path in [\Theme.titleSize, \.subtitleSize, \.labelSize, \.tickSize, \.valueSize, \.sourceSize, \.margin, \.gap] {
            t[keyPath: path] *= factor
        }
        return t
    }

    /// Colour for print and screen: Okabe–Ito hues for two-way contrasts, Paul Tol's muted
    /// scheme for many categories; both stay distinct under the common colour-vision deficiencies.
    public static let report = Theme(
        name: "report", fontFamily: "Noto Sans CJK SC",
        background: Color(hex: "#FFFFFF")!, text: Color(hex: "#222222")!, mutedText: Color(hex: "#666666")!,
        grid: Color(hex: "#E3E3E3")!, zeroLine: Color(hex: "#555555")!, axis: Color(hex: "#999999")!,
        palette: ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#332288", "#999933", "#882255", "#44AA99",
                  "#DDCC77", "#117733", "#AA4499", "#88CCEE", "#CC6677"].map { Color(hex: $0)! },
        positive: Color(hex: "#0072B2")!, negative: Color(hex: "#D55E00")!, neutral: Color(hex: "#999999")!)

    /// Greys only, for black-and-white printing: series differ by lightness.
    public static let grey = Theme(
        name: "grey", fontFamily: "Noto Sans CJK SC",
        background: Color(hex: "#FFFFFF")!, text: Color(hex: "#000000")!, mutedText: Color(hex: "#555555")!,
        grid: Color(hex: "#E6E6E6")!, zeroLine: Color(hex: "#000000")!, axis: Color(hex: "#888888")!,
        palette: ["#333333", "#9A9A9A", "#5E5E5E", "#C4C4C4", "#1A1A1A", "#7A7A7A"].map { Color(hex: $0)! },
        positive: Color(hex: "#4D4D4D")!, negative: Color(hex: "#A6A6A6")!, neutral: Color(hex: "#BDBDBD")!)

    public static let all = [report, grey]

    public static func named(_ name: String) -> Theme? { all.first { $0.name == name } }
}
