import CCairo
import ChartScene

/// Draws a Scene's marks on a Cairo context whose user space is the Scene's (points, origin
/// top-left, y down), the same for the PNG and the PDF surface.
struct SceneDrawing {
    let cairo: OpaquePointer
    /// A Pango context following `cairo`'s transformation, made from the measurer's font map.
    let text: OpaquePointer
    let measurer: PangoTextMeasurer
    let language: String

    /// Draws `scene` on `cairo`. Holds the measurer's lock throughout, since Pango shares the
    /// font map with every measurement.
    static func draw(_ scene: Scene, on cairo: OpaquePointer, with measurer: PangoTextMeasurer) throws {
        try measurer.withPango {
            let text = pango_font_map_create_context(measurer.fontMap)!
            defer { g_object_unref(UnsafeMutableRawPointer(text)) }
            configureTextContext(text)
            pango_cairo_update_context(cairo, text)
            let drawing = SceneDrawing(cairo: cairo, text: text, measurer: measurer, language: scene.language)
            // SVG's default, so a sharp corner looks the same in all three formats.
            cairo_set_miter_limit(cairo, 4)
            if let background = scene.background {
                drawing.setSource(background)
                cairo_paint(cairo)
            }
            for mark in scene.marks { try drawing.draw(mark) }
        }
    }

    private func draw(_ mark: Mark) throws {
        switch mark {
        case .path(let path): draw(path)
        case .text(let run): try draw(run)
        case .group(let group):
            cairo_save(cairo)
            if let clip = group.clip {
                cairo_rectangle(cairo, clip.x, clip.y, clip.width, clip.height)
                cairo_clip(cairo)
            }
            for child in group.marks { try draw(child) }
            cairo_restore(cairo)
        }
    }

    /// Fill first, then stroke over it, as SVG paints.
    private func draw(_ path: PathMark) {
        cairo_new_path(cairo)
        for element in path.elements {
            switch element {
            case .move(let p): cairo_move_to(cairo, p.x, p.y)
            case .line(let p): cairo_line_to(cairo, p.x, p.y)
            case .curve(let a, let b, let p): cairo_curve_to(cairo, a.x, a.y, b.x, b.y, p.x, p.y)
            case .close: cairo_close_path(cairo)
            }
        }
        if let fill = path.fill {
            setSource(fill)
            cairo_fill_preserve(cairo)
        }
        if let stroke = path.stroke {
            setSource(stroke.color)
            cairo_set_line_width(cairo, stroke.width)
            cairo_set_dash(cairo, stroke.dash, Int32(stroke.dash.count), 0)
            cairo_stroke(cairo)
        }
        cairo_new_path(cairo)
    }

    /// Puts the layout's first baseline on the mark's (`box.y + baseline`), so a Scene laid out
    /// with another measurer still has its text where the SVG puts it; with this measurer the
    /// two baselines are the same and the layout's top sits at `box.y`.
    private func draw(_ run: TextMark) throws {
        let layout = try measurer.makeLayout(run.text, font: run.font, language: language, in: text)
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        let layoutBaseline = Double(pango_layout_get_baseline(layout)) / Double(PANGO_SCALE)
        setSource(run.color)
        cairo_move_to(cairo, run.box.x, run.box.y + run.baseline - layoutBaseline)
        pango_cairo_show_layout(cairo, layout)
    }

    private func setSource(_ color: Color) {
        cairo_set_source_rgba(cairo, color.red, color.green, color.blue, color.alpha)
    }
}
