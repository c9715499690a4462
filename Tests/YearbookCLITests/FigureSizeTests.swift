import Foundation
import Testing

/// Figures made to a report's measure: sizes in mm, cm, in or px, a resolution that documents
/// read, and the version that drew them recorded in the files.
@Suite struct FigureSizeTests {
    func pngHeader(_ url: URL) throws -> (width: UInt32, height: UInt32, pixelsPerMetre: UInt32?) {
        let bytes = [UInt8](try Data(contentsOf: url))
        func u32(_ at: Int) -> UInt32 { bytes[at..<(at + 4)].reduce(0) { $0 << 8 | UInt32($1) } }
        let pHYs = bytes.indices.dropLast(12).first { bytes[$0..<($0 + 4)].elementsEqual("pHYs".utf8) }
        return (u32(16), u32(20), pHYs.map { u32($0 + 4) })
    }

    @Test func sizesWithUnitsAndDPI() throws {
        let folder = try temporaryFolder()
        let png = folder.appendingPathComponent("w.png")
        let run = try yearbook(["plot", "Datasets/table64.tsv", "--year", "2020", "--indicator", "自营出口",
                                "--width", "160mm", "--height", "4in", "--dpi", "300", "-o", png.path])
        #expect(run.status == 0, "\(run.stderr)")
        let header = try pngHeader(png)
        // 160 mm and 4 in at 300 dpi; 300 dpi is 11,811 pixels per metre.
        #expect(header.width == 1890 && header.height == 1200)
        #expect(header.pixelsPerMetre == 11811)
        let plain = folder.appendingPathComponent("p.png")
        #expect(try yearbook(["plot", "Datasets/table64.tsv", "--year", "2020", "--indicator", "自营出口", "--width", "800px", "-o", plain.path]).status == 0)
        // 800 CSS px are 600 pt; the default 2 pixels per point is 144 dpi.
        #expect(try pngHeader(plain).width == 1200 && pngHeader(plain).pixelsPerMetre == 5669)
        let bad = try yearbook(["plot", "Datasets/table64.tsv", "--width", "wide", "-o", plain.path])
        #expect(bad.status != 0 && bad.stderr.contains("--width"))
    }

    @Test func theVersionIsPrintedAndRecorded() throws {
        let version = try yearbook(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(version.split(separator: ".").count == 3)
        let folder = try temporaryFolder()
        let svg = folder.appendingPathComponent("v.svg"), pdf = folder.appendingPathComponent("v.pdf")
        for out in [svg, pdf] {
            #expect(try yearbook(["plot", "Datasets/table64.tsv", "--year", "2020", "--indicator", "自营出口", "-o", out.path]).status == 0)
        }
        #expect(try String(contentsOf: svg, encoding: .utf8).contains("<metadata>yearbook \(version)</metadata>"))
        #expect(try Data(contentsOf: pdf).range(of: Data("yearbook \(version)".utf8)) != nil)
    }
}
