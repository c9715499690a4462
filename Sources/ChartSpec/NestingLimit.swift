import YearbookData

/// Yams (libyaml underneath) reads nested lists and mappings by recursion, so a chart file
/// nested a few thousand levels deep overflows the stack and kills the process, and with it a
/// whole batch. The text is scanned for its depth before Yams sees it.
enum NestingLimit {
    /// Far beyond any chart file, whose deepest value is a list under a key (two levels),
    /// and far below what overflows the stack.
    static let maxDepth = 64

    /// Refuses `text` when it nests deeper than `maxDepth`, naming the line and column where it
    /// does. The depth is the block levels (each indentation deeper than the one around it,
    /// and each further `- ` or `? ` opening an entry on the same line) plus the flow levels
    /// (`[` and `{` not yet closed); brackets in quoted strings and comments do not count.
    static func check(_ text: String, file: String) throws {
        var indents: [Int] = []
        var flow = 0
        var quote: Character?
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let characters = Array(line)
            var column = 0
            if quote == nil && flow == 0 {
                let indent = characters.prefix { $0 == " " }.count
                guard indent < characters.count, characters[indent] != "#" else { continue }
                while let last = indents.last, last >= indent { indents.removeLast() }
                indents.append(indent)
                column = indent
                while column + 1 < characters.count, "-?".contains(characters[column]), characters[column + 1] == " " {
                    column += 2
                    while column < characters.count, characters[column] == " " { column += 1 }
                    indents.append(column)
                }
            }
            var previous: Character = " "
            while column < characters.count {
                let c = characters[column]
                if let open = quote {
                    if c == "\\" && open == "\"" {
                        column += 1
                    } else if c == open {
                        quote = nil
                    }
                } else if c == "#" && (previous == " " || previous == "\t") {
                    break
                } else if (c == "\"" || c == "'") && " \t[{,:-?".contains(previous) {
                    quote = c
                } else if c == "[" || c == "{" {
                    flow += 1
                    if indents.count + flow > maxDepth {
                        throw tooDeep(file, line: index + 1, column: column + 1)
                    }
                } else if c == "]" || c == "}" {
                    flow = max(0, flow - 1)
                }
                previous = c
                column += 1
            }
            if quote == nil && flow == 0 && indents.count > maxDepth {
                throw tooDeep(file, line: index + 1, column: nil)
            }
        }
    }

    static func tooDeep(_ file: String, line: Int, column: Int?) -> DataError {
        DataError(SourceLocation(file: file, line: line, column: column, isCell: false),
                  "lists and mappings nest more than \(maxDepth) levels deep here; a chart file needs two at most (a list under a key)")
    }
}
