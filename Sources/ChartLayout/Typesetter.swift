import ChartScene
import YearbookData

/// Places measured text: every label's box comes from the measurer, so what the layout
/// reserves is what the backend draws.
struct Typesetter {
    enum Align { case start, middle, end }
    enum VerticalAlign { case top, middle, baseline, bottom }

    var measurer: TextMeasurer
    var language: String

    func extent(_ text: String, _ font: Font) throws -> TextExtent {
        try measurer.measure(text, font: font, language: language)
    }

    func width(_ text: String, _ font: Font) throws -> Double {
        try extent(text, font).width
    }

    /// A text mark whose anchor point is `at`, aligned horizontally and vertically as asked.
    func place(_ text: String, font: Font, color: Color, at p: Point, align: Align = .start, vertical: VerticalAlign = .top,
               role: String, datum: String? = nil) throws -> TextMark {
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

    /// Breaks `text` into lines no wider than `maxWidth`: between words for Latin text, between
    /// any two characters for Han text, never before closing punctuation.
    func wrap(_ text: String, font: Font, maxWidth: Double) throws -> [String] {
        if try width(text, font) <= maxWidth { return [text] }
        let pieces = Typesetter.breakablePieces(text)
        var lines: [String] = []
        var current = ""
        for piece in pieces {
            let candidate = current + piece
            let fits = try current.isEmpty || width(candidate.trimmingTrailingSpaces, font) <= maxWidth
            if fits {
                current = candidate
            } else {
                lines.append(current.trimmingTrailingSpaces)
                current = piece.hasPrefix(" ") ? String(piece.dropFirst()) : piece
            }
        }
        if !current.isEmpty { lines.append(current.trimmingTrailingSpaces) }
        return lines
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
