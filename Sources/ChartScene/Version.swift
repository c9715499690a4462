/// The tool's version, in one place: `yearbook --version` prints it and every PDF and SVG
/// records it, so a report's figure can be traced to the release that drew it.
public enum YearbookVersion {
    public static let current = "0.4.0"
}
