/// The size of a run of text as the backend will draw it.
public struct TextExtent: Hashable, Sendable {
    public var width: Double
    public var height: Double
    /// Distance from the top of the box to the first baseline.
    public var baseline: Double

    public init(width: Double, height: Double, baseline: Double) {
        self.width = width
        self.height = height
        self.baseline = baseline
    }
}

/// Measures text for the layout, so labels are placed from their true size. The production
/// measurer uses Pango with exactly the font the renderer draws with; tests use a fixed one.
/// It throws when the font cannot draw a character, naming the text and the font: a report
/// must never show a box.
public protocol TextMeasurer: Sendable {
    func measure(_ text: String, font: Font, language: String) throws -> TextExtent
}

/// Draws a Scene into the bytes of one output format.
public protocol SceneRenderer: Sendable {
    func render(_ scene: Scene, as format: OutputFormat, scale: Double) throws -> [UInt8]
}

public enum OutputFormat: String, Sendable, CaseIterable, Codable {
    case png, pdf, svg
}
