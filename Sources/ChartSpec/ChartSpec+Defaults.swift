extension ChartSpec {
    /// The folder's defaults, a hidden file beside the chart files (so no search takes it for a
    /// chart): a house style — theme, fonts, size, palette, source — set once for a folder.
    public static let defaultsFile = ".yearbook.yaml"

    /// The keys a defaults file may set; a chart file's own value wins.
    public static let inheritedKeys = ["theme", "font", "palette", "width", "height", "scale", "dpi", "source", "lang", "formats"]

    /// This chart with every inheritable key it does not set taken from `defaults`.
    func inheriting(_ defaults: ChartSpec) -> ChartSpec {
        var spec = self
        for key in ChartSpec.inheritedKeys where locations[key] == nil && defaults.locations[key] != nil {
            switch key {
            case "theme": spec.description.theme = defaults.description.theme
            case "font": spec.description.fontFamily = defaults.description.fontFamily
            case "palette": spec.description.palette = defaults.description.palette
            case "width": spec.description.width = defaults.description.width
            case "height": spec.description.height = defaults.description.height
            case "scale", "dpi": if locations["scale"] == nil && locations["dpi"] == nil { spec.scale = defaults.scale }
            case "source": spec.description.source = defaults.description.source
            case "lang": spec.description.language = defaults.description.language
            case "formats": spec.formats = defaults.formats
            default: break
            }
            spec.locations[key] = defaults.locations[key]
        }
        return spec
    }
}
