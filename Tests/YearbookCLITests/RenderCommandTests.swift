import Foundation
import Testing

/// `render` and `check` on a copy of the repository's Charts and Datasets.
@Suite struct RenderCommandTests {
    /// A scratch project: Charts/*.yaml and Datasets/ copied, nothing rendered yet.
    func project() throws -> URL {
        let root = try temporaryFolder()
        let fm = FileManager.default
        try fm.copyItem(at: repositoryRoot.appendingPathComponent("Datasets"), to: root.appendingPathComponent("Datasets"))
        try fm.createDirectory(at: root.appendingPathComponent("Charts"), withIntermediateDirectories: true)
        for name in try fm.contentsOfDirectory(atPath: repositoryRoot.appendingPathComponent("Charts").path) where name.hasSuffix(".yaml") {
            try fm.copyItem(at: repositoryRoot.appendingPathComponent("Charts/\(name)"), to: root.appendingPathComponent("Charts/\(name)"))
        }
        return root
    }

    func edit(_ file: URL, _ old: String, _ new: String) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(old))
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
    }

    @Test func renderThenCheckThenChangeAValue() throws {
        let root = try project()
        let render = try yearbook(["render", "Charts", "--jobs", "2"], in: root)
        #expect(render.status == 0, "\(render.stdout)\(render.stderr)")
        #expect(render.stdout.contains("rendered Charts/a_output_bar.yaml → png, pdf, svg, csv, scene.json"))
        #expect(render.stdout.contains("10 of 10 charts rendered, 50 files, in "))
        let csv = try String(contentsOf: root.appendingPathComponent("Charts/a_output_bar.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("zone,indicator,measure,unit,year,value\n柯桥经济技术开发区,规上工业总产值,level,亿元,2020,1590.05\n"))
        #expect(try yearbook(["check", "Charts"], in: root).stdout == "10 charts current\n")

        // The same renders as the committed charts, byte for byte.
        for name in ["a_output_bar.png", "d_rank_slope.pdf", "g_growth_dots.svg"] {
            #expect(try Data(contentsOf: root.appendingPathComponent("Charts/\(name)")) == Data(contentsOf: repositoryRoot.appendingPathComponent("Charts/\(name)")), "\(name) differs from the committed chart")
        }

        try edit(root.appendingPathComponent("Datasets/table64.tsv"), "诸暨经济开发区\t\t19164\t8.1\t4544\t-27.2\t2046179\t1.0", "诸暨经济开发区\t\t19164\t8.1\t4544\t-27.2\t2046179\t1.5")
        let stale = try yearbook(["check", "Charts"], in: root)
        #expect(stale.status == 1)
        let named = stale.stdout.split(separator: "\n").filter { $0.hasPrefix("stale: ") }.map { $0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces) }
        #expect(named == ["Charts/b_export_growth.yaml", "Charts/g_growth_dots.yaml", "Charts/j_export_growth_en.yaml"])
        #expect(stale.stdout.hasSuffix("3 of 10 charts stale or broken; run yearbook render and commit the result\n"))
        // It names the value that changed, in the data and in the chart.
        #expect(stale.stdout.contains("b_export_growth.csv: line"))
        #expect(stale.stdout.contains("«+1.0%» → value-label «+1.5%»"))
        let renders = try yearbook(["check", "Charts", "--renders", "out"], in: root)
        #expect(renders.status == 1)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("out/b_export_growth.png").path))
    }

    /// Images drawn by another machine (another HarfBuzz: text 0.03 pt wider, other PNG and PDF
    /// bytes) are the same chart; a chart file that cannot be drawn is broken, exit 2.
    @Test func checkSurvivesAnotherMachine() throws {
        let root = try project()
        #expect(try yearbook(["render", "Charts"], in: root).status == 0)
        let scene = root.appendingPathComponent("Charts/a_output_bar.scene.json")
        // Every x of every point and box 0.03 pt further right, as another shaper measures.
        let text = try String(contentsOf: scene, encoding: .utf8)
        let regex = try NSRegularExpression(pattern: "\"x\" : ([0-9.]+)")
        var shifted = text
        for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).reversed() {
            let range = Range(match.range(at: 1), in: text)!
            shifted.replaceSubrange(range, with: String(Double(text[range])! + 0.03))
        }
        #expect(shifted != text)
        try shifted.write(to: scene, atomically: true, encoding: .utf8)
        try Data([0x89, 0x50]).write(to: root.appendingPathComponent("Charts/a_output_bar.png"))
        try Data("%PDF-1.5 other machine".utf8).write(to: root.appendingPathComponent("Charts/a_output_bar.pdf"))
        let check = try yearbook(["check", "Charts"], in: root)
        #expect(check.stdout == "10 charts current\n", "\(check.stdout)")
        try "data: ../Datasets/nope.tsv\n".write(to: root.appendingPathComponent("Charts/zz_missing.yaml"), atomically: true, encoding: .utf8)
        let broken = try yearbook(["check", "Charts"], in: root)
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("zz_missing.yaml:1:7: error: «data»: no such file"))
    }

    @Test func aBrokenChartFileDoesNotStopTheOthers() throws {
        let root = try project()
        try "data: ../Datasets/table64.tsv\nyear: 2020\nindicatr: 自营出口\n".write(to: root.appendingPathComponent("Charts/zz_broken.yaml"), atomically: true, encoding: .utf8)
        try "data: ../Datasets/nope.tsv\n".write(to: root.appendingPathComponent("Charts/zz_missing.yaml"), atomically: true, encoding: .utf8)
        let run = try yearbook(["render", "Charts", "--format", "svg"], in: root)
        #expect(run.status == 2)
        #expect(run.stderr.contains("Charts/zz_broken.yaml:3:1: error: unknown key «indicatr»; did you mean «indicator»?"))
        #expect(run.stderr.contains("Charts/zz_missing.yaml:1:7: error: «data»: no such file Datasets/nope.tsv"))
        #expect(run.stdout.contains("10 of 12 charts rendered, 30 files"))
        #expect(run.stdout.hasSuffix("2 failed: Charts/zz_broken.yaml, Charts/zz_missing.yaml\n"))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("Charts/a_output_bar.svg").path))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Charts/zz_broken.csv").path))
    }

    /// Each chart is written as soon as it is drawn, not when the batch ends: by the time its
    /// line is printed its files are on disk, while the batch is still drawing the rest.
    @Test func eachChartIsWrittenWhenItsLineIsPrinted() throws {
        let root = try project()
        let process = Process()
        process.executableURL = productsDirectory.appendingPathComponent("yearbook")
        process.arguments = ["render", "Charts", "--jobs", "1", "--verbose"]
        process.currentDirectoryURL = root
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        var pending = Data(), lines = 0
        while case let chunk = out.fileHandleForReading.availableData, !chunk.isEmpty {
            pending += chunk
            while let end = pending.firstIndex(of: 0x0A) {
                let line = String(decoding: pending[..<end], as: UTF8.self)
                pending = pending[(end + 1)...]
                guard line.hasPrefix("rendered "), let spec = line.split(separator: " ").dropFirst().first else { continue }
                lines += 1
                let stem = root.appendingPathComponent(String(spec.dropLast(".yaml".count))).path
                for ext in ["png", "pdf", "svg", "csv", "scene.json"] {
                    #expect(FileManager.default.fileExists(atPath: stem + "." + ext), "\(spec): no .\(ext) when its line was printed")
                }
            }
        }
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(lines == 10)
    }

    @Test func shardsSplitTheSetWithoutOverlap() throws {
        let root = try project()
        var seen: [String] = []
        for k in 1...3 {
            let run = try yearbook(["render", "Charts", "--shard", "\(k)/3", "--format", "svg", "--out", "out"], in: root)
            #expect(run.status == 0)
            seen += run.stdout.split(separator: "\n").filter { $0.hasPrefix("rendered ") }.map { String($0.split(separator: " ")[1]) }
        }
        #expect(seen.count == 10)
        #expect(Set(seen).count == 10)
        #expect(try yearbook(["render", "--shard", "4/3"], in: root).stderr.contains("--shard 4/3: expected K/N with 1 ≤ K ≤ N"))
    }

    @Test func aPrintedSpecRendersLikeThePlot() throws {
        let root = try project()
        let table = root.appendingPathComponent("Datasets/table64.tsv").path
        let plot = ["plot", table, "--year", "2020", "--indicator", "自营出口", "--measure", "growth", "-o", "exports.png"]
        #expect(try yearbook(plot, in: root).status == 0)
        let spec = try yearbook(plot + ["--print-spec", "-"], in: root)
        #expect(spec.stdout.contains("indicator: [\"自营出口\"]\nmeasure: growth\n"))
        try spec.stdout.write(to: root.appendingPathComponent("Charts/exports.yaml"), atomically: true, encoding: .utf8)
        #expect(try yearbook(["render", "Charts/exports.yaml", "--format", "png", "--out", "rendered"], in: root).status == 0)
        #expect(try Data(contentsOf: root.appendingPathComponent("exports.png")) == Data(contentsOf: root.appendingPathComponent("rendered/exports.png")))
    }

    /// `--print-spec FILE` writes the chart file there, its table path relative to it.
    @Test func aSpecWrittenElsewhereFindsItsTable() throws {
        let root = try project()
        let plot = ["plot", "Datasets/table64.tsv", "--year", "2020", "--indicator", "自营出口", "-o", "exports.png"]
        #expect(try yearbook(plot + ["--print-spec", "Charts/sub/exports.yaml"], in: root).status == 1)  // no such folder: not written
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Charts/sub"), withIntermediateDirectories: true)
        #expect(try yearbook(plot + ["--print-spec", "Charts/sub/exports.yaml"], in: root).status == 0)
        let yaml = try String(contentsOf: root.appendingPathComponent("Charts/sub/exports.yaml"), encoding: .utf8)
        #expect(yaml.contains("data: \"../../Datasets/table64.tsv\"") || yaml.contains("data: ../../Datasets/table64.tsv"), "\(yaml)")
        #expect(try yearbook(["render", "Charts/sub/exports.yaml", "--format", "svg"], in: root).status == 0)
    }

    @Test func aChartFileNamesAWorkbookAndASheet() throws {
        let root = try project()
        let workbook = repositoryRoot.appendingPathComponent("Tests/WorkbooksTests/Fixtures/table64.xls").path
        try """
        data: \(workbook)
        sheet: 表64
        registry: ../Datasets/zones.tsv
        year: 2020
        indicator: 自营出口
        measure: growth
        formats: [svg]
        """.write(to: root.appendingPathComponent("Charts/from_xls.yaml"), atomically: true, encoding: .utf8)
        let run = try yearbook(["render", "Charts/from_xls.yaml"], in: root)
        #expect(run.status == 0, "\(run.stdout)")
        let svg = try String(contentsOf: root.appendingPathComponent("Charts/from_xls.svg"), encoding: .utf8)
        #expect(svg.contains(">诸暨现代环保装备高新技术产业园区</text>"))
        try "data: \(workbook)\nsheet: 附表\nyear: 2020\n".write(to: root.appendingPathComponent("Charts/bad_sheet.yaml"), atomically: true, encoding: .utf8)
        let bad = try yearbook(["render", "Charts/bad_sheet.yaml"], in: root)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("error: no sheet \"附表\"; it has: 1 表64"))
    }
}
