/// A chart's output name becomes the stem of the files written next to the chart file (or in
/// `--out`): it must name a file in that folder, visible, printable in a report of what was
/// written, and short enough for any file system once an extension and the suffix of a
/// temporary file are added to it.
enum OutputName {
    static let maxBytes = 200

    /// Why `name` cannot be an output name, or nil when it can.
    static func problem(_ name: String) -> String? {
        if name.isEmpty { return "it is empty" }
        if name == "." || name == ".." { return "\(name) names a folder, not a file" }
        if name.hasPrefix(".") { return "a name starting with a dot would make hidden files" }
        if name.contains("/") { return "a name holds no folders (no /); render with --out to choose the folder" }
        if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" }) {
            return "a name holds no line breaks or other control characters"
        }
        if name.utf8.count > maxBytes { return "it is \(name.utf8.count) bytes long, more than the \(maxBytes) a name may have" }
        return nil
    }
}
