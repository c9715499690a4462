import CCairo
import ChartScene
import Foundation

/// Draws `scene` on one PDF page of the Scene's size in points. Text goes through Pango, so the
/// PDF holds real text (selectable, searchable) in an embedded subset of the font.
/// `sourceDateEpoch` stamps both the creation and the modification date: Cairo would otherwise
/// write the current time, and the same Scene must give the same bytes.
func renderPDF(_ scene: Scene, sourceDateEpoch: Int, with measurer: PangoTextMeasurer) throws -> [UInt8] {
    let date = iso8601(sourceDateEpoch)
    let sink = ByteSink()
    try sink.collect { write, closure in
        let surface = cairo_pdf_surface_create_for_stream(write, closure, scene.width, scene.height)!
        defer { cairo_surface_destroy(surface) }
        let metadata: [(cairo_pdf_metadata_t, String)] = [
            (CAIRO_PDF_METADATA_TITLE, scene.title),
            (CAIRO_PDF_METADATA_SUBJECT, scene.description),
            (CAIRO_PDF_METADATA_CREATOR, "yearbook \(YearbookVersion.current)"),
            (CAIRO_PDF_METADATA_CREATE_DATE, date),
            (CAIRO_PDF_METADATA_MOD_DATE, date),
        ]
        for (key, value) in metadata where !value.isEmpty {
            cairo_pdf_surface_set_metadata(surface, key, value)
        }
        let cairo = cairo_create(surface)!
        defer { cairo_destroy(cairo) }
        try SceneDrawing.draw(scene, on: cairo, with: measurer)
        try check(cairo_status(cairo), writing: .pdf)
        cairo_surface_finish(surface)
        try check(cairo_surface_status(surface), writing: .pdf)
    }
    return sink.bytes
}

/// `seconds` since 1970 as the ISO 8601 UTC time `cairo_pdf_surface_set_metadata` expects
/// (`2000-01-01T00:00:00Z`). Cairo 1.16 turns it into `(20000101000000Z)`, leaving out the
/// `D:` prefix PDF recommends; poppler (pdfinfo) reads it as the right date.
private func iso8601(_ seconds: Int) -> String {
    var time = time_t(seconds)
    var fields = tm()
    gmtime_r(&time, &fields)
    func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return "\(fields.tm_year + 1900)-\(two(fields.tm_mon + 1))-\(two(fields.tm_mday))T\(two(fields.tm_hour)):\(two(fields.tm_min)):\(two(fields.tm_sec))Z"
}
