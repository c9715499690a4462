import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `yearbook plot` end to end: the files it writes are valid, carry their text, and are the
/// same bytes every time.
@Suite struct PlotCommandTests {
    let chart = ["plot", "Datasets/table64.tsv", "--year", "2020", "--indicator", "自营出口", "--measure", "growth"]

    func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/\(tool)")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(tool) failed")
        return String(decoding: data, as: UTF8.self)
    }

    @Test func pngAtTwiceTheSizeByDefault() throws {
        let folder = try temporaryFolder()
        let out = folder.appendingPathComponent("g.png").path
        let result = try yearbook(chart + ["-o", out])
        #expect(result.status == 0, "\(result.stderr)")
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: out)))
        #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        func be32(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        #expect(be32(16) == 1600)
        #expect(be32(20) == 1000)
        let one = try yearbook(chart + ["-o", out, "--scale", "1", "--width", "600", "--height", "400"])
        #expect(one.status == 0)
        let small = [UInt8](try Data(contentsOf: URL(fileURLWithPath: out)))
        #expect(small[16..<20].reduce(0) { $0 << 8 | Int($1) } == 600)
    }

    @Test func pdfEmbedsASubsetCJKFontAndItsTextExtracts() throws {
        let folder = try temporaryFolder()
        let out = folder.appendingPathComponent("g.pdf").path
        #expect(try yearbook(chart + ["-o", out]).status == 0)
        let fonts = try run("pdffonts", [out])
        let cjk = fonts.split(separator: "\n").filter { $0.contains("NotoSansCJK") }
        #expect(!cjk.isEmpty, "pdffonts: \(fonts)")
        #expect(cjk.allSatisfy { $0.contains("yes yes") && $0.contains("+") }, "not embedded as subsets: \(fonts)")
        let text = try run("pdftotext", [out, "-"])
        #expect(text.contains("诸暨现代环保装备高新技术产业园区"))
        #expect(text.contains("2020年各开发区自营出口增长"))
        let info = try run("pdfinfo", [out])
        let title = info.split(separator: "\n").first { $0.hasPrefix("Title:") }.map { $0.dropFirst(6).trimmingCharacters(in: .whitespaces) }
        #expect(title == "2020年各开发区自营出口增长")
    }

    @Test func svgParsesAndCarriesItsText() throws {
        let folder = try temporaryFolder()
        let out = folder.appendingPathComponent("g.svg").path
        #expect(try yearbook(chart + ["-o", out]).status == 0)
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.contains("<title"))
        #expect(text.contains("<desc"))
        #expect(text.contains(">嵊州经济开发区</text>"))
        let parser = XMLParser(data: Data(text.utf8))
        #expect(parser.parse(), "the SVG is not well-formed XML: \(String(describing: parser.parserError))")
    }

    @Test func sameInputSameBytes() throws {
        let folder = try temporaryFolder()
        for ext in ["png", "pdf", "svg"] {
            let a = folder.appendingPathComponent("a.\(ext)").path, b = folder.appendingPathComponent("b.\(ext)").path
            #expect(try yearbook(chart + ["-o", a]).status == 0)
            Thread.sleep(forTimeInterval: ext == "pdf" ? 1.1 : 0)
            #expect(try yearbook(chart + ["-o", b]).status == 0)
            #expect(try Data(contentsOf: URL(fileURLWithPath: a)) == Data(contentsOf: URL(fileURLWithPath: b)), "\(ext) differs between runs")
        }
    }

    @Test func altTextIsWrittenFromTheData() throws {
        let result = try yearbook(["plot", "Datasets/zone-profiles-2020.tsv", "--year", "2020", "--indicator", "规上工业总产值", "--alt-text"])
        #expect(result.status == 0)
        #expect(result.stdout == "2020年规上工业总产值最高的是柯桥经济技术开发区，1,590.05亿元；最低的是新昌经济开发区，116.77亿元；滨海新区数据缺失。\n")
    }

    @Test func everyKindRendersFromTheShippedDatasets() throws {
        let folder = try temporaryFolder()
        let cases: [[String]] = [
            ["Datasets/zone-profiles-2020.tsv", "--year", "2020", "--indicator", "规上工业总产值"],
            ["Datasets/table64.tsv", "--year", "2020", "--indicator", "自营出口", "--measure", "growth"],
            ["Datasets/table64.tsv", "--year", "2020", "--indicator", "合同利用外资", "--indicator", "实际利用外资", "--measure", "level"],
            ["Datasets/table64.tsv", "--year", "2020", "--kind", "stacked", "--measure", "level"],
            ["Datasets/zhuji-timeline.csv", "--indicator", "工业总产值"],
            ["Datasets/zhuji-smart-vision.csv", "--log"],
            ["Datasets/rankings-provincial.tsv"],
            ["Datasets/rankings-national.csv", "--kind", "bump", "--indicator", "全国排名"],
            ["Datasets/table64.tsv", "--year", "2020", "--kind", "dots"],
        ]
        for (n, arguments) in cases.enumerated() {
            for ext in ["png", "pdf", "svg"] {
                let out = folder.appendingPathComponent("\(n).\(ext)").path
                let result = try yearbook(["plot"] + arguments + ["-o", out])
                #expect(result.status == 0, "\(arguments) → \(ext): \(result.stderr)")
            }
        }
    }

    @Test func errorsNameWhatIsWrong() throws {
        let unknown = try yearbook(["plot", "Datasets/table64.tsv", "--year", "2020", "--indicator", "自营出品", "-o", "/tmp/x.png"])
        #expect(unknown.status == 2)
        // The same message a chart file gets, naming the option instead of a line.
        #expect(unknown.stderr == "--indicator: error: «indicator»: Datasets/table64.tsv has no indicator \"自营出品\"; did you mean 自营出口? It has: 自营出口, 合同利用外资, 实际利用外资\n")
        let noOutput = try yearbook(["plot", "Datasets/table64.tsv", "--year", "2020"])
        #expect(noOutput.status != 0)
        #expect(noOutput.stderr.contains("say where to write the chart with -o"))
        let badExtension = try yearbook(["plot", "Datasets/table64.tsv", "--year", "2020", "-o", "/tmp/x.jpg"])
        #expect(badExtension.status == 1)
        #expect(badExtension.stderr.contains("cannot tell the format from the extension \".jpg\""))
        let badFont = try yearbook(["plot", "Datasets/table64.tsv", "--year", "2020", "--font", "No Such Font", "-o", "/tmp/x.png"])
        #expect(badFont.status == 1)
        #expect(badFont.stderr.contains("the font \"No Such Font\" is not installed"))
    }

    @Test func standardOutputNeedsAFormat() throws {
        let result = try yearbook(chart + ["-o", "-", "--format", "svg"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("<?xml") || result.stdout.hasPrefix("<svg"))
    }
}

/// `plot` runs the same chart job as `render`: it writes the chart's data CSV beside it, never
/// over the table it draws.
@Suite struct PlotDataCSVTests {
    @Test func theDataCSVGoesBesideTheChart() throws {
        let scratch = try Scratch()
        #expect(try scratch.shell(":", ["plot", "t.tsv", "--year", "2020", "-o", "out.svg"]).status == 0)
        #expect(String(decoding: scratch.bytes("out.csv") ?? Data(), as: UTF8.self).hasPrefix("zone,indicator,measure,unit,year,value\nA,产值,level,亿元,2020,12\n"))
        try scratch.write("t.csv", "名称,产值(亿元)\nA,12\nB,7\n")
        #expect(try scratch.shell(":", ["plot", "t.csv", "--year", "2020", "-o", "t.svg"]).status == 0)
        #expect(String(decoding: scratch.bytes("t.csv") ?? Data(), as: UTF8.self) == "名称,产值(亿元)\nA,12\nB,7\n")
    }
}
