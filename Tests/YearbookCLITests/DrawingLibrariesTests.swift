import Foundation
import Testing

/// Cairo, Pango and fontconfig are loaded when the first chart is drawn (CDrawingLibraries), and
/// `make` strikes them from the libraries the binary loads at start.
@Suite struct DrawingLibrariesTests {
    static var binary: String { productsDirectory.appendingPathComponent("yearbook").path }

    /// What `tool arguments…` prints on standard output.
    static func output(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text
    }

    /// Whether the binary leaves Cairo to be loaded on first use, as `make` builds it.
    static var loadsCairoOnDemand: Bool {
        (try? output("/usr/bin/ldd", [binary]).contains("libcairo") == false) ?? false
    }

    /// Every function of theirs the package calls goes through CDrawingLibraries' look-up: one
    /// the binary referred to itself would be bound from libraries it no longer loads at start.
    @Test func theBinaryRefersToNoFunctionOfTheDrawingLibraries() throws {
        let undefined = try Self.output("/usr/bin/nm", ["-D", "--undefined-only", Self.binary]).split(separator: "\n").compactMap { $0.split(separator: " ").last }
        #expect(undefined.count > 10, "nm listed nothing: \(undefined)")
        let theirs = undefined.filter { name in ["cairo_", "pango_", "Fc", "g_", "FT_", "hb_"].contains { name.hasPrefix($0) } }
        #expect(theirs.isEmpty, "called directly: \(theirs)")
    }

    /// A table is read and exported where Cairo cannot be loaded (here a broken libcairo.so.2
    /// first on the library path); drawing then fails with a sentence, and writes nothing.
    @Test(.enabled(if: loadsCairoOnDemand, "built without make: the binary loads Cairo at start"))
    func exportRunsWhereCairoCannotBeLoaded() throws {
        let scratch = try Scratch()
        try FileManager.default.createDirectory(at: scratch.url("lib"), withIntermediateDirectories: false)
        try scratch.write("lib/libcairo.so.2", "")
        let environment = ["LD_LIBRARY_PATH": scratch.url("lib").path]
        let export = try scratch.shell(":", ["export", "t.tsv", "--year", "2020", "--format", "csv"], environment: environment)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout == "zone,indicator,measure,unit,year,value\nA,产值,level,亿元,2020,12\nB,产值,level,亿元,2020,7\n")
        let plot = try scratch.shell(":", ["plot", "t.tsv", "--year", "2020", "-o", "t.png"], environment: environment)
        #expect(plot.status == 1)
        #expect(plot.stderr.contains("yearbook: error: charts cannot be drawn without Cairo, Pango and fontconfig ("), "\(plot.stderr)")
        #expect(plot.stderr.contains("libcairo.so.2"))
        #expect(scratch.bytes("t.png") == nil)
    }
}
