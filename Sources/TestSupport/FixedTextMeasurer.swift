import ChartScene

/// A measurer for Scene tests that do not want to depend on installed fonts: a Han character
/// is 1 em wide, anything else 0.55 em, lines 1.4 em tall with the baseline at 1.1 em (close to
/// Noto Sans CJK's metrics). Characters listed in `undrawable` fail as a missing glyph would.
public struct FixedTextMeasurer: TextMeasurer {
    public var undrawable: Set<Character>

    public init(undrawable: Set<Character> = []) {
        self.undrawable = undrawable
    }

    public struct MissingGlyph: Error, CustomStringConvertible {
        public var description: String
    }

    public func measure(_ text: String, font: Font, language: String) throws -> TextExtent {
        if let bad = text.first(where: undrawable.contains) {
            throw MissingGlyph(description: "the font \(font.family) cannot draw \"\(text)\" (no glyph for \(bad))")
        }
        let em = font.size
        let width = text.reduce(0.0) { sum, ch in
            let wide = ch.unicodeScalars.first.map { $0.value >= 0x2E80 } ?? false
            return sum + (wide ? em : em * 0.55)
        }
        return TextExtent(width: width, height: em * 1.4, baseline: em * 1.1)
    }
}
