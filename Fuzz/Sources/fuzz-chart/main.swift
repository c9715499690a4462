import CairoBackend
import ChartSpec
import FuzzSupport
import YearbookData

// A chart file (YAML or JSON, any encoding): parsed, held to the canvas limit and checked
// against the data as `render` does, then drawn from two small tables that hold every
// measure, so the keys it sets reach the layout.
Fuzzer.run { data in
    let spec = try ChartSpec.parse(try TextDecoder.decode(data, file: "fuzz.yaml").text, file: "fuzz.yaml")
    try CanvasLimit.standard.check(width: spec.description.width, height: spec.description.height, scale: spec.scale)
    for table in ChartTables.all {
        guard let dataset = try? table.dataset(year: spec.suppliedYear(for: table)),
              let description = try? spec.checked(against: table, dataset: dataset) else { continue }
        Exercise.charts(description, dataset: dataset, registry: table.registry)
    }
}
