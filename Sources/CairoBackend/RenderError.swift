/// Why text could not be measured or a Scene could not be drawn. Every message is a whole
/// sentence that names what was asked for and what to do, and they all live here, so the CLI
/// can print `description` as it is.
public enum RenderError: Error, Equatable, CustomStringConvertible {
    /// The font lacks glyphs for some characters of `text`; `missing` lists them as U+XXXX.
    case missingGlyphs(text: String, family: String, missing: [String])
    /// fontconfig had no font of the family asked for and picked `substitute` instead.
    case fontNotInstalled(family: String, substitute: String)
    /// A folder given to `PangoTextMeasurer(fontFolders:)` could not be read by fontconfig.
    case unreadableFontFolder(String)
    /// The Scene's own width or height is not a positive number.
    case invalidSceneSize(width: Double, height: Double)
    /// A mark (named by role) holds NaN or an infinity in a coordinate, size or colour.
    case notFinite(role: String)
    /// A path's stroke has a negative width or a dash pattern no format can draw.
    case invalidStroke(role: String)
    /// A text mark's font size is not positive.
    case invalidFontSize(role: String, size: Double)
    case invalidScale(Double)
    /// A side of the chart is longer than `CanvasLimit` allows.
    case canvasTooLarge(side: String, points: Double, limit: Double)
    /// The PNG would have more pixels than `CanvasLimit` allows, or more than Cairo's 32767 a side.
    case imageTooLarge(width: Double, height: Double, limit: Double)
    /// An environment variable sets a canvas limit Cairo cannot honour.
    case invalidCanvasLimit(variable: String, value: String, range: ClosedRange<Double>)
    /// Cairo reported an error while drawing or writing `format`.
    case cairo(format: String, status: String)
    /// The PNG encoder (libdeflate) refused the image.
    case encoding(String)
    /// Cairo, Pango or fontconfig could not be loaded; the loader's own words.
    case drawingLibrariesMissing(String)

    public var description: String {
        switch self {
        case .missingGlyphs(let text, let family, let missing):
            let count = missing.count == 1 ? "1 character has no glyph" : "\(missing.count) characters have no glyph"
            return "the font \(family) cannot draw \"\(text)\" (\(count): \(missing.joined(separator: ", "))); choose another font with --font"
        case .fontNotInstalled(let family, let substitute):
            return "the font \"\(family)\" is not installed (fontconfig substituted \"\(substitute)\"); install it, or add its folder with --font-dir"
        case .unreadableFontFolder(let path):
            return "the font folder \(path) could not be read; check that it exists and holds font files"
        case .invalidSceneSize(let width, let height):
            return "the chart cannot be drawn at \(width) × \(height) points; its width and height must be positive"
        case .notFinite(let role):
            return "the mark «\(role)» holds a number that is not finite (NaN or infinity), so the chart cannot be drawn"
        case .invalidStroke(let role):
            return "the mark «\(role)» has a negative line width or a dash pattern with a negative or all-zero length, so it cannot be drawn"
        case .invalidFontSize(let role, let size):
            return "the text mark «\(role)» has the font size \(size); a font size must be positive"
        case .invalidScale(let scale):
            return "the scale \(scale) cannot be used for a PNG; give a positive number such as 1 or 2"
        case .canvasTooLarge(let side, let points, let limit):
            return "a chart \(whole(points)) points \(side == "width" ? "wide" : "high") is larger than the \(whole(limit)) points a side yearbook draws; "
                + "choose a smaller \(side), or raise the limit with \(CanvasLimit.pointsVariable)=N (up to \(whole(CanvasLimit.pointsRange.upperBound)))"
        case .imageTooLarge(let width, let height, let limit):
            return "a PNG of \(whole(width)) × \(whole(height)) pixels is larger than the \(whole(limit)) megapixels "
                + "(and \(whole(CanvasLimit.largestImageSide)) pixels a side) yearbook draws; choose a smaller scale, width or height, "
                + "or raise the limit with \(CanvasLimit.megapixelsVariable)=N (up to \(whole(CanvasLimit.megapixelsRange.upperBound)))"
        case .invalidCanvasLimit(let variable, let value, let range):
            return "\(variable)=\(value) is not a number from \(whole(range.lowerBound)) to \(whole(range.upperBound)); unset it, or give one in that range"
        case .cairo(let format, let status):
            return "Cairo failed while writing the \(format.uppercased()): \(status)"
        case .drawingLibrariesMissing(let reason):
            return "charts cannot be drawn without Cairo, Pango and fontconfig (\(reason)); install them (Debian: apt-get install libcairo2 libpangocairo-1.0-0)"
        case .encoding(let reason):
            return "the PNG could not be encoded: \(reason)"
        }
    }
}

/// `value` without a fraction or an exponent when it is a whole number of reasonable size
/// (1e7 reads as 10000000), so a message shows the size the way a user typed or thinks of it.
private func whole(_ value: Double) -> String {
    value.isFinite && value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
}
