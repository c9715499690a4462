import CCairo
import ChartScene

/// Font options for every Pango context, measuring and drawing alike. Unhinted metrics and
/// fractional glyph positions make a text's advance the same at every scale and in every
/// format, so a box measured once holds for the PNG at 2× and for the PDF. Slight hinting is
/// vertical only: it keeps the horizontal strokes of Han characters crisp in a PNG without
/// moving any advance. Grey antialiasing, because a report figure is viewed on unknown screens
/// and printed, where subpixel colour fringes would show.
func configureTextContext(_ context: OpaquePointer) {
    let options = cairo_font_options_create()
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_SLIGHT)
    cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
    pango_cairo_context_set_font_options(context, options)
    cairo_font_options_destroy(options)
    pango_context_set_round_glyph_positions(context, 0)
}

/// The Pango font description of `font`. Its size is absolute — in user-space units, which a
/// Scene defines as points — so no resolution (Pango assumes 96 dpi) can rescale it: a 16-pt
/// Han character is 16 units wide in every format.
func fontDescription(_ font: Font) -> OpaquePointer {
    let description = pango_font_description_new()!
    pango_font_description_set_family(description, font.family)
    pango_font_description_set_absolute_size(description, font.size * Double(PANGO_SCALE))
    pango_font_description_set_weight(description, font.weight == .bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
    return description
}

/// The key under which a font's family check is remembered.
struct FontCheck: Hashable {
    var family: String
    var weight: Font.Weight
    var language: String
}

/// Pango marks a glyph no font could supply with this bit, the character's code point below it.
private let unknownGlyphFlag: PangoGlyph = 0x1000_0000

extension PangoTextMeasurer {
    /// Lays out `text` in `context` — the one place text is laid out, for measuring and for
    /// drawing, so the two cannot disagree. Sets the context's language first, so Pango gives
    /// shared Han code points the shapes of that language. The caller holds the lock
    /// (`withPango`) and releases the layout with `g_object_unref`.
    /// - Throws: `RenderError.fontNotInstalled`, `RenderError.missingGlyphs`.
    func makeLayout(_ text: String, font: Font, language: String, in context: OpaquePointer) throws -> OpaquePointer {
        let pangoLanguage = pango_language_from_string(language)
        if pango_context_get_language(context) != pangoLanguage {
            pango_context_set_language(context, pangoLanguage)
        }
        let description = fontDescription(font)
        defer { pango_font_description_free(description) }
        try checkFamily(of: font, described: description, language: language, in: context)

        let layout = pango_layout_new(context)!
        pango_layout_set_font_description(layout, description)
        pango_layout_set_text(layout, text, -1)
        if pango_layout_get_unknown_glyphs_count(layout) > 0 {
            let missing = unknownCharacters(in: layout)
            g_object_unref(UnsafeMutableRawPointer(layout))
            throw RenderError.missingGlyphs(text: text, family: font.family, missing: missing)
        }
        return layout
    }

    /// Throws when fontconfig would substitute another family for `font`'s, remembering the
    /// outcome per family, weight and language.
    private func checkFamily(of font: Font, described description: OpaquePointer, language: String, in context: OpaquePointer) throws {
        let check = FontCheck(family: font.family, weight: font.weight, language: language)
        let outcome: RenderError?
        if let known = checkedFamilies[check] {
            outcome = known
        } else {
            outcome = substitution(for: font.family, described: description, in: context)
            checkedFamilies[check] = outcome
        }
        if let outcome { throw outcome }
    }

    /// Loads the font Pango picks for `description` and compares every family name of its
    /// fontconfig pattern with the names asked for. All names count, not only the one
    /// `pango_font_describe` reports: fontconfig puts a font's localised name first when the
    /// language asks for it (思源黑体 for Source Han Sans SC under zh-CN).
    private func substitution(for family: String, described description: OpaquePointer, in context: OpaquePointer) -> RenderError? {
        let wanted = familyNames(family)
        if wanted.isEmpty || wanted.contains(where: isGenericFamily) { return nil }
        guard let font = pango_context_load_font(context, description) else {
            return .fontNotInstalled(family: family, substitute: "no font at all")
        }
        defer { g_object_unref(UnsafeMutableRawPointer(font)) }
        let pattern = pango_fc_font_get_pattern(UnsafeMutablePointer<PangoFcFont>(OpaquePointer(font)))
        var names: [String] = []
        var value: UnsafeMutablePointer<FcChar8>?
        while FcPatternGetString(pattern, FC_FAMILY, Int32(names.count), &value) == FcResultMatch, let value {
            names.append(String(cString: value))
        }
        let comparableWanted = Set(wanted.map(comparableFamily))
        if names.contains(where: { comparableWanted.contains(comparableFamily($0)) }) { return nil }
        return .fontNotInstalled(family: family, substitute: names.first ?? "an unnamed font")
    }

    /// The characters of `layout` that no font could draw, as U+XXXX, in text order.
    private func unknownCharacters(in layout: OpaquePointer) -> [String] {
        var missing: [String] = []
        let iterator = pango_layout_get_iter(layout)
        defer { pango_layout_iter_free(iterator) }
        repeat {
            guard let run = pango_layout_iter_get_run_readonly(iterator) else { continue }
            let glyphs = run.pointee.glyphs.pointee
            for index in 0..<Int(glyphs.num_glyphs) where glyphs.glyphs[index].glyph & unknownGlyphFlag != 0 {
                let hex = String(glyphs.glyphs[index].glyph & ~unknownGlyphFlag, radix: 16, uppercase: true)
                missing.append("U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex)
            }
        } while pango_layout_iter_next_run(iterator) != 0
        return missing
    }
}
