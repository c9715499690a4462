import Foundation
import ChartScene

/// Writes a Scene as SVG directly rather than through Cairo's SVG surface, which turns every
/// glyph into an outline: here text stays text — selectable, searchable, read aloud, light —
/// drawn by the viewer in a CJK font stack, its baseline where Pango measured it.
struct SVGWriter {
    /// Fonts tried after the mark's own family: the same design under its other names, then the
    /// platforms' default Simplified Chinese UI fonts.
    static let fallbackFamilies = ["Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "sans-serif"]

    private let idPrefix: String
    private var output = ""
    private var clipCount = 0
    /// `fontFamilyList` of each family met so far: a chart has a few families and many texts.
    private var familyLists: [String: String] = [:]

    /// The whole document for `scene`, one element per line, indented by group depth.
    static func document(for scene: Scene) throws -> String {
        var writer = SVGWriter(idPrefix: svgIDPrefix(for: scene))
        writer.write(scene)
        return writer.output
    }

    private init(idPrefix: String) {
        self.idPrefix = idPrefix
    }

    private mutating func write(_ scene: Scene) {
        let titleID = idPrefix + "-title", descriptionID = idPrefix + "-desc"
        var root = [
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("width", svgNumber(scene.width)), ("height", svgNumber(scene.height)),
            ("viewBox", "0 0 \(svgNumber(scene.width)) \(svgNumber(scene.height))"),
            ("role", "img"),
        ]
        if !scene.title.isEmpty { root.append(("aria-labelledby", titleID)) }
        if !scene.description.isEmpty { root.append(("aria-describedby", descriptionID)) }
        root += [("lang", scene.language), ("xml:lang", scene.language)]
        line(0, "<svg\(attributes(root))>")
        if !scene.title.isEmpty { line(1, "<title id=\"\(titleID)\">\(xmlEscaped(scene.title))</title>") }
        if !scene.description.isEmpty { line(1, "<desc id=\"\(descriptionID)\">\(xmlEscaped(scene.description))</desc>") }
        line(1, "<metadata>yearbook \(YearbookVersion.current)</metadata>")
        if let background = scene.background {
            let size = [("width", svgNumber(scene.width)), ("height", svgNumber(scene.height))]
            line(1, "<rect class=\"background\"\(attributes(size + paint("fill", background)))/>")
        }
        for mark in scene.marks { write(mark, depth: 1) }
        line(0, "</svg>")
    }

    private mutating func write(_ mark: Mark, depth: Int) {
        switch mark {
        case .path(let path): write(path, depth: depth)
        case .text(let run): write(run, depth: depth)
        case .group(let group):
            var pairs = [("class", group.role)]
            if let clip = group.clip {
                clipCount += 1
                let id = "\(idPrefix)-clip\(clipCount)"
                line(depth, "<clipPath id=\"\(id)\"><rect\(attributes(rectangle(clip)))/></clipPath>")
                pairs.append(("clip-path", "url(#\(id))"))
            }
            line(depth, "<g\(attributes(pairs))>")
            for child in group.marks { write(child, depth: depth + 1) }
            line(depth, "</g>")
        }
    }

    private mutating func write(_ path: PathMark, depth: Int) {
        var pairs = [("class", path.role)]
        if let datum = path.datum { pairs.append(("data-datum", datum)) }
        pairs.append(("d", pathData(path.elements)))
        pairs += path.fill.map { paint("fill", $0) } ?? [("fill", "none")]
        if let stroke = path.stroke {
            pairs += paint("stroke", stroke.color) + [("stroke-width", svgNumber(stroke.width))]
            if !stroke.dash.isEmpty { pairs.append(("stroke-dasharray", stroke.dash.map(svgNumber).joined(separator: " "))) }
        }
        line(depth, "<path\(attributes(pairs))/>")
    }

    private mutating func write(_ run: TextMark, depth: Int) {
        var pairs = [("class", run.role)]
        if let datum = run.datum { pairs.append(("data-datum", datum)) }
        pairs += [
            ("x", svgNumber(run.box.x)), ("y", svgNumber(run.box.y + run.baseline)),
            ("font-family", familyList(run.font.family)), ("font-size", svgNumber(run.font.size)),
            ("font-weight", run.font.weight == .bold ? "bold" : "normal"),
        ]
        pairs += paint("fill", run.color) + [("xml:space", "preserve")]
        line(depth, "<text\(attributes(pairs))>\(xmlEscaped(run.text))</text>")
    }

    private func pathData(_ elements: [PathMark.Element]) -> String {
        elements.map { element in
            switch element {
            case .move(let p): return "M\(svgNumber(p.x)) \(svgNumber(p.y))"
            case .line(let p): return "L\(svgNumber(p.x)) \(svgNumber(p.y))"
            case .curve(let a, let b, let p):
                return "C\([a.x, a.y, b.x, b.y, p.x, p.y].map(svgNumber).joined(separator: " "))"
            case .close: return "Z"
            }
        }.joined()
    }

    private mutating func familyList(_ family: String) -> String {
        if let known = familyLists[family] { return known }
        let list = fontFamilyList(family)
        familyLists[family] = list
        return list
    }

    /// The mark's family (or families) first, then the fallbacks, each once; names quoted for
    /// CSS, generic names bare as CSS requires.
    private func fontFamilyList(_ family: String) -> String {
        var seen = Set<String>()
        return (familyNames(family) + Self.fallbackFamilies)
            .filter { seen.insert(comparableFamily($0)).inserted }
            .map { isGenericFamily($0) ? $0 : "'" + $0.replacingOccurrences(of: "'", with: "\\'") + "'" }
            .joined(separator: ", ")
    }

    private func paint(_ name: String, _ color: Color) -> [(String, String)] {
        color.alpha < 1 ? [(name, color.hex), (name + "-opacity", svgNumber(color.alpha))] : [(name, color.hex)]
    }

    private func rectangle(_ r: Rect) -> [(String, String)] {
        [("x", svgNumber(r.x)), ("y", svgNumber(r.y)), ("width", svgNumber(r.width)), ("height", svgNumber(r.height))]
    }

    private func attributes(_ pairs: [(String, String)]) -> String {
        pairs.map { " \($0.0)=\"\(xmlEscaped($0.1))\"" }.joined()
    }

    private mutating func line(_ depth: Int, _ element: String) {
        output += String(repeating: "  ", count: depth) + element + "\n"
    }
}
