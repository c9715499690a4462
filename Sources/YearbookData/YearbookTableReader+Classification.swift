extension YearbookTableReader {
    static func unitLine(_ text: String) -> Unit? {
        for prefix in ["单位:", "单位 :", "计量单位:"] where text.hasPrefix(prefix) {
            let symbol = String(text.dropFirst(prefix.count)).trimmingCharacters(in: " ")
            return symbol.isEmpty ? nil : Unit(symbol)
        }
        return nil
    }

    static func isTotal(_ label: String) -> Bool {
        let key = Label.caseFoldedKey(label)
        // Told by its first character first: hashing Chinese text normalises it, and every
        // row's label is asked.
        guard totalInitials.mayStart(key) else { return false }
        return totalLabels.contains(key) || Label.startsWithAny(key, ["合计", "总计"])
    }

    private static let totalInitials = Initials(totalLabels + ["合计", "总计"])

    static func isSource(_ text: String) -> Bool {
        isSourceKey(Label.caseFoldedKey(text))
    }

    private static func isSourceKey(_ key: String) -> Bool {
        Label.startsWithAny(key, sourcePrefixes) || (key.hasPrefix("(") && key.hasSuffix("提供)"))
    }

    /// A line that opens the notes under a table: 注：…, 说明：…, 资料来源：…, (市商务局 提供).
    static func isNoteText(_ cell: String) -> Bool {
        // No note or source line starts with a digit; a dated series has a million cells that do.
        if let first = cell.unicodeScalars.first(where: { !Label.isSpace($0) }), ("0"..."9").contains(first) || ("０"..."９").contains(first) { return false }
        // Then by its first character, as a total is: every row's label is asked.
        let key = Label.caseFoldedKey(cell)
        guard noteInitials.mayStart(key) else { return false }
        return isSourceKey(key) || Label.startsWithAny(key, notePrefixes)
    }

    private static let noteInitials = Initials(notePrefixes + sourcePrefixes + ["("])
}
