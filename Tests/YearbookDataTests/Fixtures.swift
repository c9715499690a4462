import Foundation
import TestSupport
@testable import YearbookData

/// The repository's root, so tests can read the shipped Datasets.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func datasetPath(_ name: String) -> String {
    repositoryRoot.appendingPathComponent("Datasets").appendingPathComponent(name).path
}

func shippedRegistry() throws -> ZoneRegistry {
    try ZoneRegistry.load(path: datasetPath("zones.tsv"))
}

/// Reads `text` as if it were the file `name`.
func loadTable(_ text: String, name: String = "t.tsv", registry: ZoneRegistry = .empty) throws -> TableFile {
    try TableFile.parse(Data(text.utf8), file: name, registry: registry)
}

func yearbookTable(_ text: String, name: String = "t.tsv", registry: ZoneRegistry = .empty) throws -> YearbookTable {
    guard case .yearbook(let table) = try loadTable(text, name: name, registry: registry).content else {
        throw DataError(SourceLocation(file: name), "not a yearbook table")
    }
    return table
}

