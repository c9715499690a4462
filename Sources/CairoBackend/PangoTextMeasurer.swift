import CCairo
import ChartScene
import Foundation

/// Measures text with Pango exactly as `CairoRenderer` draws it, so a label placed from its
/// measured box is where the glyphs land.
///
/// One font map and one Pango context serve every measurement: a new font map loads every font
/// and its shaping data afresh, which costs more than drawing a whole chart. Results are cached by text, font and
/// language, failures included, so layout can ask freely. Pango font maps are not thread-safe,
/// so a lock guards all Pango work — the renderer's drawing as well, which is why the renderer
/// draws through the measurer it is given.
public final class PangoTextMeasurer: TextMeasurer, @unchecked Sendable {
    private struct Key: Hashable {
        var text: String
        var font: Font
        var language: String
    }

    private let lock = NSLock()
    let fontMap: UnsafeMutablePointer<PangoFontMap>
    private let context: OpaquePointer
    private var cache: [Key: Result<TextExtent, any Error>] = [:]
    /// Fonts already checked against fontconfig's substitution, with the outcome.
    var checkedFamilies: [FontCheck: RenderError?] = [:]
    private var layoutsMeasured = 0

    /// - Parameter fontFolders: folders of font files to use besides the installed fonts
    ///   (the CLI's `--font-dir`); they are added to fontconfig before the font map is made.
    public init(fontFolders: [String] = []) throws {
        try DrawingLibraries.load()
        try addFontFolders(fontFolders)
        fontMap = pango_cairo_font_map_new()
        context = pango_font_map_create_context(fontMap)
        configureTextContext(context)
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(context))
        g_object_unref(UnsafeMutableRawPointer(fontMap))
    }

    /// The box of `text` in points: width and height of Pango's logical rectangle and the
    /// distance from its top to the first baseline.
    /// - Throws: `RenderError.fontNotInstalled` when fontconfig substitutes another family,
    ///   `RenderError.missingGlyphs` when no font can draw a character.
    public func measure(_ text: String, font: Font, language: String) throws -> TextExtent {
        let key = Key(text: text, font: font, language: language)
        return try withPango {
            if let known = cache[key] { return known }
            layoutsMeasured += 1
            let result = Result { try extent(of: text, font: font, language: language) }
            cache[key] = result
            return result
        }.get()
    }

    private func extent(of text: String, font: Font, language: String) throws -> TextExtent {
        let layout = try makeLayout(text, font: font, language: language, in: context)
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        let scale = Double(PANGO_SCALE)
        return TextExtent(
            width: Double(logical.width) / scale,
            height: Double(logical.height) / scale,
            baseline: Double(pango_layout_get_baseline(layout)) / scale
        )
    }

    /// Runs `body` holding the lock that guards the font map, its contexts and the caches.
    func withPango<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// How many texts were actually laid out by `measure` (cache misses), for tests.
    package var measurementCount: Int { withPango { layoutsMeasured } }
}
