import CCairo
import Foundation
import Testing

/// Fails here, not later, when Cairo, Pango or the CJK font is missing from the machine.
@Suite struct CCairoTests {
    /// Lays out `text` in Noto Sans CJK SC with the zh-CN language and returns the resolved
    /// font family, the number of glyphs the font could not draw and the logical width.
    func layOut(_ text: String) -> (family: String, unknown: Int32, width: Int32, inked: Bool) {
        let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 400, 60)
        let cr = cairo_create(surface)
        defer {
            cairo_destroy(cr)
            cairo_surface_destroy(surface)
        }
        let layout = pango_cairo_create_layout(cr)!
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        let context = pango_layout_get_context(layout)
        pango_context_set_language(context, pango_language_from_string("zh-cn"))
        pango_layout_context_changed(layout)
        let description = pango_font_description_from_string("Noto Sans CJK SC 16")
        defer { pango_font_description_free(description) }
        pango_layout_set_font_description(layout, description)
        pango_layout_set_text(layout, text, -1)

        let font = pango_context_load_font(context, description)!
        defer { g_object_unref(UnsafeMutableRawPointer(font)) }
        let resolved = pango_font_describe(font)
        defer { pango_font_description_free(resolved) }
        let family = String(cString: pango_font_description_get_family(resolved))

        var ink = PangoRectangle(), logical = PangoRectangle()
        pango_layout_get_pixel_extents(layout, &ink, &logical)
        cairo_set_source_rgb(cr, 0, 0, 0)
        pango_cairo_show_layout(cr, layout)
        cairo_surface_flush(surface)
        let data = cairo_image_surface_get_data(surface)!
        let bytes = Int(cairo_image_surface_get_stride(surface)) * 60
        let inked = (0..<bytes).contains { data[$0] != 0 }
        return (family, pango_layout_get_unknown_glyphs_count(layout), logical.width, inked)
    }

    @Test func chineseTextLaysOutInTheCJKFont() {
        let result = layOut("诸暨经济开发区 规上工业总产值 1,590.05亿元")
        #expect(result.family == "Noto Sans CJK SC")
        #expect(result.unknown == 0)
        #expect(result.width > 200)
        #expect(result.inked)
    }

    @Test func glyphsTheFontLacksAreCounted() {
        // A private-use code point: no font draws it, and Pango must say so rather than box it silently.
        #expect(layOut("开发区\u{E000}").unknown == 1)
    }

    @Test func pdfAndSvgSurfacesWrite() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ccairo-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, create) in [("t.pdf", cairo_pdf_surface_create), ("t.svg", cairo_svg_surface_create)] {
            let path = folder.appendingPathComponent(name).path
            let surface = create(path, 100, 100)
            let cr = cairo_create(surface)
            cairo_rectangle(cr, 10, 10, 50, 50)
            cairo_fill(cr)
            cairo_destroy(cr)
            cairo_surface_finish(surface)
            #expect(cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS)
            cairo_surface_destroy(surface)
            let head = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)).prefix(5), as: UTF8.self)
            #expect(head == (name.hasSuffix("pdf") ? "%PDF-" : "<?xml"))
        }
    }
}
