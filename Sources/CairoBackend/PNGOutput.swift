import CCairo
import ChartScene

/// Rasterises `scene` at `scale` device pixels per point and encodes it as PNG (`PNGEncoder`:
/// no timestamp, so equal Scenes give equal bytes).
func renderPNG(_ scene: Scene, scale: Double, limit: CanvasLimit, with measurer: PangoTextMeasurer) throws -> [UInt8] {
    let surface = try rasterise(scene, scale: scale, limit: limit, with: measurer)
    defer { cairo_surface_destroy(surface) }
    return try PNGEncoder.encode(surface, opaque: scene.background.map { $0.alpha >= 1 } ?? false, pixelsPerPoint: scale)
}

/// An ARGB image surface of (width · scale) × (height · scale) pixels with `scene` drawn on it,
/// transparent where the Scene has no background, once `limit` allows its size. The caller
/// destroys it.
func rasterise(_ scene: Scene, scale: Double, limit: CanvasLimit, with measurer: PangoTextMeasurer) throws -> OpaquePointer {
    try limit.check(width: scene.width, height: scene.height, scale: scale)
    let width = max(1, Int((scene.width * scale).rounded()))
    let height = max(1, Int((scene.height * scale).rounded()))
    let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height))!
    let cairo = cairo_create(surface)!
    defer { cairo_destroy(cairo) }
    cairo_scale(cairo, scale, scale)
    do {
        try SceneDrawing.draw(scene, on: cairo, with: measurer)
        try check(cairo_status(cairo), writing: .png)
    } catch {
        cairo_surface_destroy(surface)
        throw error
    }
    cairo_surface_flush(surface)
    return surface
}
