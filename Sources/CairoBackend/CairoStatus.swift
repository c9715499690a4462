import CCairo
import ChartScene

/// Turns a Cairo status other than success into a `RenderError` naming the format.
func check(_ status: cairo_status_t, writing format: OutputFormat) throws {
    guard status != CAIRO_STATUS_SUCCESS else { return }
    throw RenderError.cairo(format: format.rawValue, status: String(cString: cairo_status_to_string(status)))
}
