import ChartScene
import Foundation
import TestSupport
import Testing
@testable import ChartLayout
@testable import YearbookData

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func shipped(_ name: String, year: Int? = nil) throws -> (Dataset, ZoneRegistry) {
    let registry = try ZoneRegistry.load(path: repositoryRoot.appendingPathComponent("Datasets/zones.tsv").path)
    let file = try TableFile.load(path: repositoryRoot.appendingPathComponent("Datasets/\(name)").path, registry: registry)
    return (try file.dataset(year: year.map { .year($0) }), registry)
}

func chart(_ name: String, year: Int? = nil, _ configure: (inout ChartDescription) -> Void) throws -> Scene {
    let (dataset, registry) = try shipped(name, year: year)
    var description = ChartDescription()
    configure(&description)
    return try Chart.layout(description, dataset: dataset, registry: registry, measurer: FixedTextMeasurer())
}

extension Scene {
    func texts(_ role: String) -> [TextMark] { texts.filter { $0.role == role } }
    func paths(_ role: String) -> [PathMark] { paths.filter { $0.role == role } }
}

/// The checks every chart must pass: every label on the canvas, no two labels overlapping.
func expectLegible(_ scene: Scene, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    for t in scene.texts {
        #expect(scene.bounds.contains(t.box), "\(t.role) \"\(t.text)\" runs off the canvas: \(t.box)", sourceLocation: sourceLocation)
    }
    let texts = scene.texts
    for i in texts.indices {
        for j in texts.indices where j > i && texts[i].box.intersects(texts[j].box) {
            Issue.record("\(texts[i].role) \"\(texts[i].text)\" overlaps \(texts[j].role) \"\(texts[j].text)\"", sourceLocation: sourceLocation)
        }
    }
}
