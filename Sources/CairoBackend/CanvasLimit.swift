import Foundation

/// The largest chart yearbook draws, in points a side and, for a PNG, in pixels. Cairo
/// allocates a PNG's pixels (4 bytes each) before it draws anything, and a page far past any
/// paper size makes it crash or draw a blank page, so a size past these bounds is refused
/// before anything is laid out or allocated, for `plot`'s options and chart files alike.
/// The environment may move the bounds (`YEARBOOK_MAX_POINTS`, `YEARBOOK_MAX_MEGAPIXELS`)
/// within what Cairo itself can do.
public struct CanvasLimit: Sendable, Equatable {
    public static let pointsVariable = "YEARBOOK_MAX_POINTS"
    public static let megapixelsVariable = "YEARBOOK_MAX_MEGAPIXELS"
    /// What the variables may ask for: Cairo's coordinates are 24.8 fixed point, and its image
    /// surfaces stop at 32767 pixels a side (about 1,074 megapixels).
    static let pointsRange = 200.0...100_000
    static let megapixelsRange = 1.0...1_000
    static let largestImageSide = 32767.0

    /// Points a side (width and height each).
    public var maxPoints: Double
    /// Millions of pixels in a PNG: 100 is a 400 MB image in memory.
    public var maxMegapixels: Double

    public init(maxPoints: Double = 20_000, maxMegapixels: Double = 100) {
        self.maxPoints = maxPoints
        self.maxMegapixels = maxMegapixels
    }

    public static let standard = CanvasLimit()

    /// The standard limit, with the bounds `environment` sets; a variable that is not a number
    /// in its range is an error naming it.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws(RenderError) -> CanvasLimit {
        func value(_ variable: String, _ range: ClosedRange<Double>, _ fallback: Double) throws(RenderError) -> Double {
            guard let text = environment[variable] else { return fallback }
            guard let number = Double(text), range.contains(number) else {
                throw .invalidCanvasLimit(variable: variable, value: text, range: range)
            }
            return number
        }
        return CanvasLimit(maxPoints: try value(pointsVariable, pointsRange, standard.maxPoints),
                           maxMegapixels: try value(megapixelsVariable, megapixelsRange, standard.maxMegapixels))
    }

    /// Throws when a chart of `width` × `height` points cannot be drawn within the limit, or,
    /// given the `scale` of a PNG (pixels per point), when its pixels would be too many.
    public func check(width: Double, height: Double, scale: Double?) throws(RenderError) {
        guard width.isFinite, height.isFinite, width > 0, height > 0 else { throw .invalidSceneSize(width: width, height: height) }
        if width > maxPoints { throw .canvasTooLarge(side: "width", points: width, limit: maxPoints) }
        if height > maxPoints { throw .canvasTooLarge(side: "height", points: height, limit: maxPoints) }
        guard let scale else { return }
        guard scale.isFinite, scale > 0 else { throw .invalidScale(scale) }
        let pixels = (width: (width * scale).rounded(), height: (height * scale).rounded())
        if pixels.width > Self.largestImageSide || pixels.height > Self.largestImageSide || pixels.width * pixels.height > maxMegapixels * 1e6 {
            throw .imageTooLarge(width: pixels.width, height: pixels.height, limit: maxMegapixels)
        }
    }
}

extension RenderError {
    /// The option or chart-file key to blame for a size the limit refused, so the CLI can name
    /// `--width` and a chart file the line of `width:`; nil for any other error.
    public var canvasKey: String? {
        switch self {
        case .canvasTooLarge(let side, _, _): return side
        case .invalidSceneSize(let width, _): return width.isFinite && width > 0 ? "height" : "width"
        case .imageTooLarge, .invalidScale: return "scale"
        default: return nil
        }
    }
}
