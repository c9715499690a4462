extension YearbookTableReader {
    static func unitLine(_ text: String) -> Unit? {
        for prefix in ["单位:", "单位 :", "计量单位:"] where text.hasPrefix(prefix) {
            let symbol = String(text.dropFirst(prefix.count)).trimmingCharacters(in: " ")
            return symbol.isEmpty ? nil : Unit(symbol)
        }
        return nil
    }

    static func isTotal(_ label: String) -> Bool {
        let key = Label.key(label).lowercased()
        return totalLabels.contains(key) || key.hasPrefix("合计") || key.hasPrefix("总计")
    }

    static func isSource(_ text: String) -> Bool {
        let key = Label.key(text).lowercased()
        if sourcePrefixes.contains(where: { key.hasPrefix($0) }) { return true }
        return key.hasPrefix("(") && key.hasSuffix("提供)")
    }

    /// A line that opens the notes under a table: 注：…, 说明：…, 资料来源：…, (市商务局 提供).
    static func isNoteText(_ cell: String) -> Bool {
        let key = Label.key(cell).lowercased()
        return isSource(cell) || notePrefixes.contains { key.hasPrefix($0) }
    }
}
