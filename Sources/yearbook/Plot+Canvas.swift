import CairoBackend

extension Plot {
    /// The canvas limit (the environment may move it), once `--width`, `--height` and, for a
    /// PNG, `--scale` are within it: a size too large is refused naming its option before the
    /// table is read, let alone a surface allocated.
    func checkedCanvas() throws -> CanvasLimit {
        let limit = try CanvasLimit.fromEnvironment()
        do {
            try limit.check(width: width, height: height, scale: try chosenFormat() == .png ? scale : nil)
        } catch let error as RenderError {
            throw Failure.canvas(option: error.canvasKey ?? "width", error.description)
        }
        return limit
    }
}
