/// The keys a chart file may use: the long names of `yearbook plot`'s options.
extension ChartSpec {
    public static let keys = [
        "data", "sheet", "indicator-name", "registry", "kind", "indicator", "measure", "zones", "include-total", "sort", "orientation",
        "title", "subtitle", "source", "lang", "theme", "font", "log", "width", "height", "scale", "dpi", "year",
        "formats", "name",
    ]
}
