import ChartScene
import YearbookData

/// Places measured text: every label's box comes from the measurer, so what the layout
/// reserves is what the backend draws. No text leaves its box: wrapped text stops after a few
/// lines, and a text that does not fit is cut with an ellipsis — here, in one place, so every
/// chart kind shortens text the same way.
struct Typesetter {
    enum Align { case start, middle, end }
    enum VerticalAlign { case top, middle, baseline, bottom }

    var measurer: TextMeasurer
    var language: String
    /// The canvas's width: a placed text is cut to what is left between its anchor and the
    /// canvas's edge, the last guard for texts no layout rule has given a width.
    var canvasWidth = Double.infinity

    /// The most characters a chart text may have. Longer ones (a 50 MB title) are refused
    /// before layout: no chart can show them, and shaping them costs Pango minutes and
    /// gigabytes, until GLib aborts on a failed allocation.
    static let maxCharacters = 100_000

    /// The most lines a wrapped text takes (titles, sources, zone names); the rest is cut.
    static let maxLines = 3

    /// Refuses any of `texts` (what it is, the text) longer than `maxCharacters`, counting only
    /// that far so a huge text costs no more than a long one.
    static func refuseOverlong(_ texts: [(what: String, text: String)]) throws {
        for (what, text) in texts where !text.dropFirst(maxCharacters).isEmpty {
            throw ChartError.textTooLong(what, text, limit: maxCharacters)
        }
    }

    func extent(_ text: String, _ font: Font) throws -> TextExtent {
        try measurer.measure(text, font: font, language: language)
    }

    func width(_ text: String, _ font: Font) throws -> Double {
        try extent(text, font).width
    }

    /// A text mark whose anchor point is `at`, aligned horizontally and vertically as asked.
    /// The text is cut with an ellipsis to the room between `at` and the canvas's edges.
    func place(_ text: String, font: Font, color: Color, at p: Point, align: Align = .start, vertical: VerticalAlign = .top,
               role: String, datum: String? = nil) throws -> TextMark {
        let room: Double
        switch align {
        case .start: room = canvasWidth - p.x
        case .middle: room = 2 * min(p.x, canvasWidth - p.x)
        case .end: room = p.x
        }
        let text = try ellipsised(text, font: font, maxWidth: room)
        let e = try extent(text, font)
        let x: Double
        switch align {
        case .start: x = p.x
        case .middle: x = p.x - e.width / 2
        case .end: x = p.x - e.width
        }
        let y: Double
        switch vertical {
        case .top: y = p.y
        case .middle: y = p.y - e.height / 2
        case .baseline: y = p.y - e.baseline
        case .bottom: y = p.y - e.height
        }
        return TextMark(role: role, text: text, box: Rect(x: x, y: y, width: e.width, height: e.height), baseline: e.baseline,
                        font: font, color: color, datum: datum)
    }

    /// Breaks `text` into at most `maxLines` lines no wider than `maxWidth`: between words for
    /// Latin text, between any two characters for Han text, never before closing punctuation.
    /// What does not fit — text beyond the last line, a word wider than a line — is cut with an
    /// ellipsis.
    func wrap(_ text: String, font: Font, maxWidth: Double, maxLines: Int = Typesetter.maxLines) throws -> [String] {
        let room = Typesetter.characterRoom(font, maxWidth) * maxLines
        if text.count <= room, try width(text, font) <= maxWidth { return [text] }
        let pieces = Typesetter.breakablePieces(text.count > room ? String(text.prefix(room)) + "…" : text)
        var lines: [String] = []
        var current = ""
        for (index, piece) in pieces.enumerated() {
            let candidate = current + piece
            let fits = try current.isEmpty || width(candidate.trimmingTrailingSpaces, font) <= maxWidth
            if fits {
                current = candidate
                continue
            }
            if lines.count == maxLines - 1 {
                current += pieces[index...].joined()
                break
            }
            lines.append(current.trimmingTrailingSpaces)
            current = piece.hasPrefix(" ") ? String(piece.dropFirst()) : piece
        }
        if !current.isEmpty { lines.append(current.trimmingTrailingSpaces) }
        return try lines.map { try ellipsised($0, font: font, maxWidth: maxWidth) }
    }

    /// `text` whole when it fits in `maxWidth`, else its longest prefix that fits with "…"
    /// after it, or nothing when not even the ellipsis fits.
    func ellipsised(_ text: String, font: Font, maxWidth: Double) throws -> String {
        let room = Typesetter.characterRoom(font, maxWidth)
        if text.count <= room, try width(text, font) <= maxWidth { return text }
        let characters = Array(text.prefix(room))
        func shortened(_ n: Int) -> String { String(characters[..<n]).trimmingTrailingSpaces + "…" }
        guard try width("…", font) <= maxWidth else { return "" }
        var fits = 0, tooLong = characters.count + 1
        while tooLong - fits > 1 {
            let n = (fits + tooLong) / 2
            if try width(shortened(n), font) <= maxWidth { fits = n } else { tooLong = n }
        }
        return shortened(fits)
    }

    /// The most characters `maxWidth` can hold, counting a tenth of an em as the narrowest
    /// character, so a long text is cut before it is measured and costs no more than a short
    /// one.
    static func characterRoom(_ font: Font, _ maxWidth: Double) -> Int {
        Int(min(max(maxWidth, 0) / (font.size * 0.1), 1e9)) + 1
    }

    static let noBreakBefore: Set<Character> = ["）", ")", "、", "，", "。", "：", "；", "》", "」", ",", ".", ":", ";", "%"]

    static func breakablePieces(_ text: String) -> [String] {
        var pieces: [String] = []
        for ch in text {
            if let last = pieces.last, noBreakBefore.contains(ch) || (!isHan(ch) && ch != " " && !(last.last.map(isHan) ?? true)) {
                pieces[pieces.count - 1] = last + String(ch)
            } else {
                pieces.append(String(ch))
            }
        }
        return pieces
    }

    static func isHan(_ ch: Character) -> Bool {
        ch.unicodeScalars.first.map(YearbookData.Label.isHan) ?? false
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var s = self
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}
