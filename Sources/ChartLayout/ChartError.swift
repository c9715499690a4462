import YearbookData

/// Why a chart cannot be drawn, as a whole sentence for the user; names that do not match
/// come with the ones that would, closest first.
public struct ChartError: Error, Equatable, Sendable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) { self.description = description }

    static func unknown(_ what: String, _ name: String, in file: String, available: [String]) -> ChartError {
        let ranked = Suggestions.closest(to: name, in: available)
        return ChartError("\(file): no \(what) \"\(name)\"; \(ranked.count == 1 ? "the table has" : "it has"): \(ranked.joined(separator: ", "))")
    }

    static func nothingToDraw(_ file: String, _ why: String) -> ChartError {
        ChartError("\(file): nothing to draw: \(why)")
    }

    static func kindNeeds(_ kind: ChartKind, _ what: String) -> ChartError {
        ChartError("a \(kind.rawValue) chart needs \(what)")
    }

    static func textTooLong(_ what: String, _ text: String, limit: Int) -> ChartError {
        ChartError("the \(what) «\(text.prefix(20))…» is longer than \(limit) characters; a chart shows a few lines at most, so shorten it")
    }

    static func logScale(_ value: Double, zone: String, indicator: String) -> ChartError {
        ChartError("a log scale needs values above zero, but \(zone) «\(indicator)» is \(value); drop --log or the zone")
    }
}

/// Ranks candidate names by how close they are to what the user typed, so an error can say
/// "did you mean 自营出口?".
public enum Suggestions {
    public static func closest(to name: String, in candidates: [String]) -> [String] {
        let target = Array(Label.key(name))
        // Edits per character, so a long name sharing most of what was typed (柯桥经济技术开发区
        // for 柯桥开发区) ranks above a short one needing fewer edits (滨海新区).
        func score(_ candidate: String) -> Double {
            let c = Array(Label.key(candidate))
            return Double(distance(target, c)) / Double(max(target.count, c.count, 1))
        }
        return candidates.enumerated().sorted { a, b in
            let da = score(a.element), db = score(b.element)
            return da != db ? da < db : a.offset < b.offset
        }.map(\.element)
    }

    /// Levenshtein distance over characters (a Han character counts as one).
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
