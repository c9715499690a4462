/// Groups among a table's rows. Yearbooks show them two ways: by indentation (`吉林省` then
/// `  长春市`, `  吉林市` …), or by kind (a province row among city rows). Either way the group's
/// row is a subtotal of its members: not a zone to rank, and a sum that `--strict` can check.
enum RowHierarchy {
    /// Marks subtotals and parents in `rows`, given each row's indentation (leading spaces,
    /// U+3000 and U+00A0 in its label cell); returns what a reader should be told.
    static func apply(_ rows: inout [YearbookTable.Row], indents: [Int], file: String) -> [ConsistencyReport.Finding] {
        var findings: [ConsistencyReport.Finding] = []
        let candidates = rows.indices.filter { !rows[$0].isTotal }
        let levels = Set(candidates.map { indents[$0] })
        if levels.count > 1 {
            var stack: [Int] = []
            var orphans: [Int] = []
            let base = levels.min()!
            for i in candidates {
                while let top = stack.last, indents[top] >= indents[i] { stack.removeLast() }
                if let top = stack.last {
                    rows[top].isSubtotal = true
                    rows[i].parent = rows[top].label
                } else if indents[i] > base {
                    orphans.append(i)
                }
                stack.append(i)
            }
            if let first = orphans.first, let last = orphans.last {
                findings.append(.init(location: SourceLocation(file: file, line: rows[first].line),
                                      message: "rows on lines \(rows[first].line)–\(rows[last].line) are indented under a group whose own row is not in this table (the page lists only part of that group); they are read as ordinary rows"))
            }
            return findings
        }
        // No indentation: a row of a higher kind than most (a province among cities) sums a group.
        let kinds = candidates.map { RegionKind.of(rows[$0].label) }
        var counts: [RegionKind: Int] = [:]
        for case let kind? in kinds { counts[kind, default: 0] += 1 }
        guard let (common, count) = counts.max(by: { $0.value < $1.value }), count >= 3 else { return findings }
        for (i, kind) in zip(candidates, kinds) where kind.map({ $0 > common }) == true && counts[kind!]! < count {
            rows[i].isSubtotal = true
        }
        return findings
    }

    /// How far a label cell is indented, counting leading white space of any width as one step.
    static func indent(_ raw: String) -> Int {
        raw.unicodeScalars.prefix { $0 == " " || $0 == "\u{3000}" || $0 == "\u{00A0}" || $0 == "\t" }.count
    }
}
