import CDrawingLibraries

/// Cairo, Pango and fontconfig are loaded when the first chart is drawn, not when the process
/// starts (see CDrawingLibraries): everything that draws calls `load` first, so that a machine
/// without them gets a sentence instead of a failed look-up.
enum DrawingLibraries {
    /// - Throws: `RenderError.drawingLibrariesMissing` with the loader's reason.
    static func load() throws {
        if let failure = yb_drawing_libraries_load() { throw RenderError.drawingLibrariesMissing(String(cString: failure)) }
    }
}
