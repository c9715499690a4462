import Foundation
import Testing

@Suite struct ExportCommandTests {
    @Test func table64AsCSV() throws {
        let run = try yearbook(["export", "Datasets/table64.tsv", "--format", "csv", "--year", "2020"])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 61)
        #expect(lines.contains("诸暨经济开发区,自营出口,level,万元,2020,2046179"))
        #expect(lines.contains("新昌经济开发区,实际利用外资,growth,%,2020,"))
    }

    @Test func jsonHasNullsForMissingValues() throws {
        let run = try yearbook(["export", "Datasets/table64.tsv", "--format", "json", "--year", "2020"])
        let records = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(records.count == 60)
        #expect(records.filter { $0["value"] is NSNull }.count == 3)
        #expect(records.first?["year"] as? Int == 2020)
    }

    @Test func aTableThatCarriesYearsNeedsNone() throws {
        let run = try yearbook(["export", "Datasets/rankings-provincial.tsv", "--format", "tsv"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("柯桥经济技术开发区\t综合考评排名\trank\t位\t2018\t11\n"))
        #expect(run.stdout.contains("诸暨经济开发区\t综合考评排名\trank\t位\t2019\t23\n"))
    }

    @Test func standardInputInGB18030ExportsLikeTheUTF8File() throws {
        let utf8 = try yearbook(["export", "Datasets/table64.tsv", "--year", "2020"])
        let iconv = Process()
        iconv.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        iconv.arguments = ["-f", "UTF-8", "-t", "GB18030", repositoryRoot.appendingPathComponent("Datasets/table64.tsv").path]
        let pipe = Pipe()
        iconv.standardOutput = pipe
        try iconv.run()
        let gbk = pipe.fileHandleForReading.readDataToEndOfFile()
        iconv.waitUntilExit()
        #expect(String(data: gbk, encoding: .utf8) == nil)
        let fromStdin = try yearbook(["export", "-", "--year", "2020"], stdin: gbk)
        #expect(fromStdin.status == 0)
        #expect(fromStdin.stdout == utf8.stdout)
    }

    @Test func writesTheOutputFileWhole() throws {
        let folder = try temporaryFolder()
        let output = folder.appendingPathComponent("t64.md").path
        let run = try yearbook(["export", "Datasets/table64.tsv", "--format", "markdown", "--year", "2020", "--output", output])
        #expect(run.status == 0)
        #expect(run.stdout == "")
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(text.hasPrefix("| zone | indicator | measure | unit | year | value |\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["t64.md"])
    }

    /// An export of two megabytes goes to its file a megabyte at a time: the file is the
    /// same bytes as standard output, and nothing else is left in the folder.
    @Test func aLargeExportIsWrittenInPiecesAndWhole() throws {
        let folder = try temporaryFolder()
        let table = folder.appendingPathComponent("long.tsv")
        var text = "地区"
        for year in 2001...2020 { text += "\t\(year)年" }
        text += "\n"
        for zone in 0..<3_000 { text += "地区\(zone)" + (0..<20).map { "\t\(Double(zone * 20 + $0) / 8)" }.joined() + "\n" }
        try text.write(to: table, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("long.csv")
        let written = try yearbook(["export", table.path, "--output", output.path])
        let printed = try yearbook(["export", table.path])
        #expect(written.status == 0 && printed.status == 0)
        let file = try Data(contentsOf: output)
        #expect(file.count > 2 << 20 && file.split(separator: 0x0A).count == 1 + 60_000)
        #expect(file == Data(printed.stdout.utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["long.csv", "long.tsv"])
    }

    @Test func aFailedExportLeavesNothingWritten() throws {
        let folder = try temporaryFolder()
        let table = folder.appendingPathComponent("bad-total.tsv")
        try "名称\t出口(万元)\n合计\t100\n甲\t40\n乙\t50\n".write(to: table, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out.csv")
        let run = try yearbook(["export", table.path, "--year", "2020", "--strict", "--output", output.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("bad-total.tsv:2:2: warning: 合计 «出口(万元)» is 100 but its 2 zones sum to 90 (cell B2)\n"))
        #expect(run.stderr.contains("yearbook: error: 1 consistency warning(s) and --strict was given"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["bad-total.tsv"])
    }

    @Test func warningsWithoutStrictStillExport() throws {
        let folder = try temporaryFolder()
        let table = folder.appendingPathComponent("bad-total.tsv")
        try "名称\t出口(万元)\n合计\t100\n甲\t40\n乙\t50\n".write(to: table, atomically: true, encoding: .utf8)
        let run = try yearbook(["export", table.path, "--year", "2020"])
        #expect(run.status == 0)
        #expect(run.stderr.contains("warning: 合计 «出口(万元)» is 100"))
        #expect(run.stdout.split(separator: "\n").count == 4)
    }

    @Test func badInputExitsNonZeroWithTheMessage() throws {
        let missing = try yearbook(["export", "Datasets/nope.tsv", "--year", "2020"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "Datasets/nope.tsv: error: no such file\n")
        let noYear = try yearbook(["export", "Datasets/table64.tsv"])
        #expect(noYear.status == 0)
        #expect(noYear.stdout.contains("\n合计,合同利用外资,level,万美元,,102647\n"))
        #expect(noYear.stderr == "Datasets/table64.tsv: warning: the table prints no year (not in its title, its header or a 年份 column); its values are read without one, give it with --year\n")
        let badFormat = try yearbook(["export", "Datasets/table64.tsv", "--format", "xml"])
        #expect(badFormat.status != 0)
        #expect(badFormat.stderr.contains("xml"))
    }
}

@Suite struct InspectCommandTests {
    @Test func showsWhatTheLoaderUnderstood() throws {
        let run = try yearbook(["inspect", "Datasets/table64.tsv"])
        #expect(run.status == 0)
        let out = run.stdout
        #expect(out.contains("  registry   12 known, from Datasets/zones.tsv\n"))
        #expect(out.contains("  format     yearbook table · TSV · UTF-8\n"))
        #expect(out.contains("  title      表 64 · 开发区主要指标情况表\n"))
        #expect(out.contains("D  合同利用外资(万美元) / 增长(%) → 合同利用外资 · growth · % (unit from its header)\n"))
        #expect(out.contains("line 7  合计  total row\n"))
        #expect(out.contains("line 9  柯桥经济技术开发区(柯桥区滨海工业区)  → 柯桥经济技术开发区 (Keqiao Economic and Technological Development Zone)\n"))
        #expect(out.contains("  missing    3 cells\n"))
        #expect(out.contains("F15 新昌高新技术产业园区 · 实际利用外资 growth (—)\n"))
        #expect(out.contains("  source     (市商务局 提供)\n"))
        #expect(out.contains("ok  合计 «自营出口(万元) / 实绩» = sum of its 9 zones (15354504)\n"))
    }

    @Test func longFormFilesShowFlags() throws {
        let run = try yearbook(["inspect", "Datasets/zhuji-smart-vision.csv"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("  format     long form · CSV · UTF-8\n"))
        #expect(run.stdout.contains("target: 诸暨经济开发区 · 智能视觉产业平台总产值 2025"))
    }

    @Test func aRegistryCanBeNamed() throws {
        let folder = try temporaryFolder()
        let table = folder.appendingPathComponent("t.csv")
        try "名称,产值(亿元)\n柯桥经开区,1590.05\n".write(to: table, atomically: true, encoding: .utf8)
        let without = try yearbook(["export", table.path, "--year", "2020"])
        #expect(without.stdout.contains("\n柯桥经开区,产值,level,亿元,2020,1590.05\n"))
        let with = try yearbook(["export", table.path, "--year", "2020", "--registry", "Datasets/zones.tsv"])
        #expect(with.stdout.contains("\n柯桥经济技术开发区,产值,level,亿元,2020,1590.05\n"))
    }
}
