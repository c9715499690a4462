import ArgumentParser
import CairoBackend
import ChartSpec

extension Plot {
    /// The canvas limit (the environment may move it), once `--width`, `--height` and, for a
    /// PNG, `--scale` are within it: a size too large is refused naming its option before the
    /// table is read, let alone a surface allocated.
    func checkedCanvas() throws -> CanvasLimit {
        let limit = try CanvasLimit.fromEnvironment()
        do {
            try limit.check(width: width, height: height, scale: try chosenFormat() == .png ? pixelsPerPoint : nil)
        } catch let error as RenderError {
            throw Failure.canvas(option: error.canvasKey ?? "width", error.description)
        }
        return limit
    }
}

/// A `--width` or `--height` with its unit, in points.
struct Points: ExpressibleByArgument {
    var value: Double

    init(_ value: Double) { self.value = value }

    init?(argument: String) {
        guard let points = Length.points(argument) else { return nil }
        value = points
    }

    var defaultValueDescription: String { value == value.rounded() ? String(Int(value)) : String(value) }
}
