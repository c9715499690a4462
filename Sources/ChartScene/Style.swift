/// How a path's outline is drawn.
public struct Stroke: Hashable, Sendable, Codable {
    public var color: Color
    public var width: Double
    /// Dash lengths in points (on, off, …); empty for a solid line.
    public var dash: [Double]

    public init(color: Color, width: Double, dash: [Double] = []) {
        self.color = color
        self.width = width
        self.dash = dash
    }
}

/// A font as the layout asks for it; the backend resolves it (Pango, fontconfig).
public struct Font: Hashable, Sendable, Codable {
    public enum Weight: String, Hashable, Sendable, Codable {
        case regular, bold
    }

    public var family: String
    public var size: Double
    public var weight: Weight

    public init(family: String, size: Double, weight: Weight = .regular) {
        self.family = family
        self.size = size
        self.weight = weight
    }
}
