import CCairo
import ChartScene

extension CairoRenderer {
    /// The grey level (0 black … 255 white, over white) of every pixel of `scene` drawn at
    /// `scale`, row by row, so tests can see where ink lands without decoding a PNG.
    package func greyLevels(_ scene: Scene, scale: Double) throws -> (width: Int, height: Int, levels: [UInt8]) {
        try scene.checkDrawable()
        let surface = try rasterise(scene, scale: scale, limit: canvasLimit, with: measurer)
        defer { cairo_surface_destroy(surface) }
        let width = Int(cairo_image_surface_get_width(surface)), height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = UnsafeRawPointer(cairo_image_surface_get_data(surface)!)
        var levels: [UInt8] = []
        levels.reserveCapacity(width * height)
        for y in 0..<height {
            for x in 0..<width {
                // Premultiplied ARGB in native byte order: over white, a channel is c + (255 − alpha).
                let pixel = data.load(fromByteOffset: y * stride + x * 4, as: UInt32.self)
                let blank = 255 - Int(pixel >> 24)
                let sum = Int((pixel >> 16) & 0xFF) + Int((pixel >> 8) & 0xFF) + Int(pixel & 0xFF) + 3 * blank
                levels.append(UInt8(sum / 3))
            }
        }
        return (width, height, levels)
    }
}
