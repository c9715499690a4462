import ArgumentParser
import Foundation
import YearbookData

struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what the loader understood of a table.",
        discussion: """
        Encoding, title, header tree with units and measures, row labels with the zones they \
        resolve to, total rows, missing cells, notes and source, and the consistency checks.

        Examples:
          yearbook inspect Datasets/table64.tsv
          yearbook inspect --registry Datasets/zones.tsv export.csv
        """)

    @OptionGroup var options: TableOptions

    func run() throws {
        try reporting {
            let file = try options.load()
            let dataset: Dataset?
            switch file.content {
            case .yearbook(let table): dataset = try table.dataset()
            case .tidy(let d): dataset = d
            }
            let report = ConsistencyCheck.run(file, dataset: dataset)
            try StandardOutput.write(InspectReport(file: file, report: report).text)
            try options.reportFindings(report)
        }
    }
}

/// The text `inspect` prints: one section per thing the loader decided.
struct InspectReport {
    var file: TableFile
    var report: ConsistencyReport

    var text: String {
        var out = "\(file.file)\n"
        func line(_ key: String, _ value: String) { out += "  " + key.padding(toLength: 11, withPad: " ", startingAt: 0) + value + "\n" }
        func item(_ text: String) { out += "             " + text + "\n" }
        let zones = file.registry.zones.count
        if !file.sheets.isEmpty {
            line("sheets", file.sheets.enumerated().map { "\($0.offset + 1) \($0.element)" }.joined(separator: ", ") + " (choose with --sheet)")
        }
        line("registry", zones == 0 ? "no registry found: row labels are kept as printed" : "\(zones) known, from \(file.registry.origin ?? "?")")
        switch file.content {
        case .yearbook(let table):
            line("format", "yearbook table · \(file.format)")
            line("title", table.title.isEmpty ? "(none)" : table.title.joined(separator: " · "))
            if let zone = table.fixedZone {
                let region = zone.isEmpty ? "a region the table does not name" : zone
                line("rows", table.periodColumn == table.labelColumn ? "periods of \(region), one per row" : "indicators of \(region), one per row (unit from each label)")
            }
            if let origin = table.indicatorOrigin { line("indicator", "\(table.columns.first?.indicator ?? "") (from \(origin); --indicator-name sets another)") }
            if let unit = table.tableUnit { line("unit", "\(unit.symbol) (from the 单位 line)") }
            let lines = table.headerLines
            line("header", "\(lines.count) row\(lines.count == 1 ? "" : "s"), line\(lines.count == 1 ? "" : "s") \(lines.map(String.init).joined(separator: "–"))")
            item("\(letter(table.labelColumn))  \(table.labelHeader.isEmpty ? "(no header)" : table.labelHeader): row labels")
            if let ic = table.indicatorColumn { item("\(letter(ic))  \(table.headerRows[0][ic].isEmpty ? "(no header)" : table.headerRows[0][ic]): each row's indicator") }
            if let pc = table.periodColumn, pc != table.labelColumn { item("\(letter(pc))  \(table.headerRows[0][pc]): each row's year") }
            for c in table.ignoredColumns { item("\(letter(c))  \(table.headerRows[0][c].isEmpty ? "(no header)" : table.headerRows[0][c]): no values, ignored") }
            for column in table.columns {
                var what = "\(column.indicator) · \(column.measure.rawValue) · \(column.unit?.symbol ?? "no unit")"
                if let period = column.period { what += " · \(period)" }
                if let zone = column.zone { what += " · \(zone)" }
                if column.isQuarterly { what += " · quarterly" }
                item("\(column.letter)  \(column.name) → \(what)" + (column.unitOrigin == .none ? "" : " (unit from \(column.unitOrigin.rawValue))"))
            }
            let periods = table.periods
            line("year", periods.isEmpty ? "none printed (give one with --year)"
                 : periods.map(\.description).joined(separator: ", ") + (table.titlePeriod != nil ? " (from the title)" : ""))
            let totals = table.rows.filter(\.isTotal).count
            let subtotals = table.rows.filter(\.isSubtotal).count
            line("rows", "\(table.rows.count) (\(totals) total" + (subtotals > 0 ? ", \(subtotals) subtotal" : "") + ")")
            for row in table.rows {
                var what = row.isTotal ? "total row" : row.isSubtotal ? "subtotal of the rows under it" : row.zone.map { "→ \($0.name)" + ($0.name == row.label ? "" : " (\($0.english))") } ?? "not in the registry"
                if row.zone != nil, row.zone?.name == row.label, let english = row.zone?.english { what = "zone (\(english))" }
                if let p = row.period { what += " · \(p)" }
                if let parent = row.parent { what += " · in \(parent)" }
                item("line \(row.line)  \(row.label)  \(what)")
            }
            var missing: [String] = []
            for (r, row) in table.rows.enumerated() {
                for (column, cell) in zip(table.columns, table.cells(of: r)) {
                    guard case .missing(let mark) = cell.content else { continue }
                    missing.append("\(column.letter)\(row.line) \(row.label) · \(column.indicator) \(column.measure.rawValue) (\(mark.isEmpty ? "empty" : mark))")
                }
            }
            line("missing", missing.isEmpty ? "none" : "\(missing.count) cell\(missing.count == 1 ? "" : "s")")
            missing.forEach(item)
            line("notes", table.notes.isEmpty ? "none" : "")
            table.notes.forEach(item)
            line("source", table.sources.isEmpty ? "none" : table.sources.joined(separator: " · "))
        case .tidy(let dataset):
            line("format", "long form · \(file.format)")
            line("values", "\(dataset.observations.count), \(dataset.observations.filter { $0.value == nil }.count) missing")
            line("zones", dataset.zones.joined(separator: ", "))
            line("indicators", "")
            for indicator in dataset.indicators {
                let rows = dataset.observations.filter { $0.indicator == indicator }
                let measures = Set(rows.map { "\($0.measure.rawValue) \($0.unit)" }).sorted().joined(separator: ", ")
                item("\(indicator): \(measures)")
            }
            line("years", dataset.periods.map(\.description).joined(separator: ", "))
            for o in dataset.observations where o.flag != nil {
                item("\(o.flag!.rawValue): \(o.zone) · \(o.indicator) \(o.period)" + (o.note.map { " — \($0)" } ?? ""))
            }
        }
        line("checks", report.passed.isEmpty && report.findings.isEmpty ? "nothing to check" : "")
        report.passed.forEach { item("ok  " + $0) }
        report.findings.forEach { item("warning  " + $0.message) }
        return out
    }

    private func letter(_ index: Int) -> String { SourceLocation.columnLetters(index + 1) }
}
