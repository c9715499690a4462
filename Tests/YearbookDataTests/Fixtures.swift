import Foundation
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

/// The message of the DataError `body` throws, or nil when it throws none.
func errorMessage(_ body: () throws -> Void) -> String? {
    do {
        try body()
        return nil
    } catch let error as DataError {
        return error.description
    } catch {
        return "unexpected error: \(error)"
    }
}

/// Re-encodes UTF-8 text with iconv, as a GBK-saving spreadsheet would.
func encode(_ text: String, as encoding: String) -> Data {
    let cd = iconv_open(encoding, "UTF-8")
    defer { iconv_close(cd) }
    var input = Array(text.utf8).map { CChar(bitPattern: $0) }
    var output = [CChar](repeating: 0, count: input.count * 4 + 16)
    let written: Int = input.withUnsafeMutableBufferPointer { inBuf in
        output.withUnsafeMutableBufferPointer { outBuf in
            var inPtr = inBuf.baseAddress, outPtr = outBuf.baseAddress
            var inLeft = inBuf.count, outLeft = outBuf.count
            precondition(iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) != -1, "iconv failed")
            return outBuf.count - outLeft
        }
    }
    return Data(output.prefix(written).map { UInt8(bitPattern: $0) })
}
