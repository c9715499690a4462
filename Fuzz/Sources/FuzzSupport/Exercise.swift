import ChartLayout
import Foundation
import TestSupport
import Workbooks
import YearbookData

/// What every target does with a table it managed to load: build the dataset, run the
/// consistency checks and the exports, and lay out every chart kind (and the kind the data
/// choose) with the fixed-metrics measurer, so a fuzzed cell reaches the numerics and the
/// layout too, not just the reader.
public enum Exercise {
    static let measurer = FixedTextMeasurer()

    /// Every sheet (or HTML table) of `book`, each through `table(_:)`.
    public static func workbook(_ book: any Workbook, file: String) {
        for index in book.sheetNames.indices {
            guard let grid = try? book.grid(sheet: index) else { continue }
            guard let table = try? TableFile.read(grid, file: file, format: book.format, registry: .empty) else { continue }
            self.table(table)
        }
    }

    public static func table(_ file: TableFile) {
        let year: Period?
        if case .yearbook(let table) = file.content, !table.carriesPeriods { year = Period(label: "2020") } else { year = nil }
        guard let dataset = try? file.dataset(year: year) else { return }
        _ = ConsistencyCheck.run(file, dataset: dataset)
        for format in ExportFormat.allCases { _ = format.render(dataset.observations) }
        charts(ChartDescription(), dataset: dataset, registry: file.registry)
    }

    /// `description` laid out as it is, and as each chart kind in turn.
    public static func charts(_ description: ChartDescription, dataset: Dataset, registry: ZoneRegistry) {
        for kind in [nil] + ChartKind.allCases.map(Optional.some) {
            var d = description
            if let kind { d.kind = kind }
            _ = try? Chart.draw(d, dataset: dataset, registry: registry, measurer: measurer)
        }
    }
}
