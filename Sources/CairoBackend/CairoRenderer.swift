import ChartScene
import Foundation

/// Draws a Scene as PNG or PDF through Cairo and Pango, or writes it as SVG, with the same
/// bytes for the same Scene every run.
///
/// Text is drawn through the measurer's font map with the font description and language the
/// measurer measured with, so labels land in the boxes the layout gave them.
public struct CairoRenderer: SceneRenderer {
    /// 2000-01-01T00:00:00Z, the PDF date when SOURCE_DATE_EPOCH is not set: fixed, so output
    /// does not depend on the day it was made.
    public static let defaultSourceDateEpoch = 946_684_800

    public let measurer: PangoTextMeasurer
    /// Seconds since 1970 written as the PDF's creation and modification date.
    public let sourceDateEpoch: Int
    /// The largest chart drawn; checked before any surface is made.
    public let canvasLimit: CanvasLimit

    /// - Parameter sourceDateEpoch: the PDF date; when nil, the environment variable
    ///   SOURCE_DATE_EPOCH (the reproducible-builds convention) if it holds a whole number,
    ///   else `defaultSourceDateEpoch`.
    public init(measurer: PangoTextMeasurer, sourceDateEpoch: Int? = nil, canvasLimit: CanvasLimit = .standard) {
        self.measurer = measurer
        self.canvasLimit = canvasLimit
        self.sourceDateEpoch = sourceDateEpoch
            ?? ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap { Int($0) }
            ?? Self.defaultSourceDateEpoch
    }

    /// The bytes of `scene` in `format`. `scale` is device pixels per point and applies to PNG
    /// only (2 gives a 1600 × 1000 PNG for an 800 × 500 Scene); a PDF page and an SVG's size are
    /// the Scene's size in points whatever the scale.
    /// - Throws: `RenderError` naming the mark, text or font at fault, or the size past `canvasLimit`.
    public func render(_ scene: Scene, as format: OutputFormat, scale: Double = 1) throws -> [UInt8] {
        try scene.checkDrawable()
        try canvasLimit.check(width: scene.width, height: scene.height, scale: format == .png ? scale : nil)
        switch format {
        case .png: return try renderPNG(scene, scale: scale, limit: canvasLimit, with: measurer)
        case .pdf: return try renderPDF(scene, sourceDateEpoch: sourceDateEpoch, with: measurer)
        case .svg: return Array(try SVGWriter.document(for: scene).utf8)
        }
    }
}
