import Testing
@testable import YearbookData

@Suite struct ExportFormatTests {
    let observations: Observations = [
        Observation(zone: "甲, 乙", indicator: "产值", measure: .level, unit: "亿元", period: .year(2020), value: Value(number: 1.5, text: "1.50")),
        Observation(zone: "丙\"区\"", indicator: "产值", measure: .growth, unit: "%", period: .month(2020, 2), value: nil),
    ]

    @Test func csvQuotesOnlyWhatNeedsIt() {
        #expect(ExportFormat.csv.render(observations) == #"""
        zone,indicator,measure,unit,year,value
        "甲, 乙",产值,level,亿元,2020,1.50
        "丙""区""",产值,growth,%,2020-02,

        """#)
    }

    @Test func tsv() {
        #expect(ExportFormat.tsv.render(observations) == "zone\tindicator\tmeasure\tunit\tyear\tvalue\n甲, 乙\t产值\tlevel\t亿元\t2020\t1.50\n丙\"区\"\t产值\tgrowth\t%\t2020-02\t\n")
    }

    @Test func jsonWritesNullForMissing() {
        #expect(ExportFormat.json.render(observations) == #"""
        [
          {"zone": "甲, 乙", "indicator": "产值", "measure": "level", "unit": "亿元", "year": 2020, "value": 1.50},
          {"zone": "丙\"区\"", "indicator": "产值", "measure": "growth", "unit": "%", "year": "2020-02", "value": null}
        ]

        """#)
    }

    @Test func markdown() {
        #expect(ExportFormat.markdown.render([observations[0]]) == #"""
        | zone | indicator | measure | unit | year | value |
        |---|---|---|---|---:|---:|
        | 甲, 乙 | 产值 | level | 亿元 | 2020 | 1.50 |

        """#)
    }

    /// Written in pieces, an export is the same bytes as written whole, and no piece but the
    /// last is much smaller than asked for.
    @Test func piecesMakeTheWholeExport() throws {
        let dataset = try TableFile.load(path: datasetPath("table64.tsv"), registry: shippedRegistry()).dataset(year: .year(2020))
        for format in ExportFormat.allCases {
            for output in TextOutput.allCases {
                let whole = format.bytes(dataset.observations, as: output)
                for piece in [1, 7, 100, 1 << 20] {
                    var pieces: [[UInt8]] = []
                    format.write(dataset.observations, as: output, in: piece) { pieces.append($0) }
                    #expect(Array(pieces.joined()) == whole, "\(format) \(piece)")
                    if format == .csv || format == .tsv {
                        #expect(pieces.dropLast().allSatisfy { $0.count >= piece }, "\(format) \(piece)")
                        #expect(piece < whole.count || pieces.count == 1, "\(format) \(piece)")
                    }
                }
            }
        }
    }

    /// An export long enough to be formatted on two cores, chunk by chunk, is the text of its
    /// observations line after line, as one core writes it: for stored observations and for a
    /// table's cells, with fields to quote and periods of every kind across the chunks' edges.
    @Test func twoCoresWriteWhatOneWould() throws {
        let count = 5 * ExportFormat.chunk + 123
        let zones = ["甲区", "乙, 丙", "丁\"区\"", "诸暨经济开发区", "a\tb"], periods: [Period] = [.year(2020), .month(2021, 2), .quarter(2019, 4), .time(2020, 1, 31, 46_800)]
        func observation(_ n: Int) -> Observation {
            let indicator = n % 3 == 0 ? "规上工业总产值" : "出口", unit = n % 2 == 0 ? "亿元" : "%"
            let measure: Measure = n % 5 == 0 ? .growth : .level
            let value: Value? = n % 13 == 0 ? nil : Value(number: Double(n) / 10, text: String(Double(n) / 10))
            return Observation(zone: zones[n / 7 % zones.count], indicator: indicator, measure: measure, unit: unit,
                               period: periods[n / 11 % periods.count], value: value)
        }
        let list = Observations((0..<count).map(observation))
        var text = "地区\t" + (2001...2020).map { "\($0)年" }.joined(separator: "\t") + "\n"
        for r in 0..<(count / 20) { text += "地区\(r)\t" + (0..<20).map { $0 == r % 20 ? "—" : "\(r).\($0)" }.joined(separator: "\t") + "\n" }
        let table = try yearbookTable(text).dataset(year: nil).observations
        #expect(table.count >= 4 * ExportFormat.chunk)
        for observations in [list, table] {
            for format in [ExportFormat.csv, .tsv] {
                let quote = format == .csv ? ExportFormat.csvField : ExportFormat.tsvField
                var expected = ExportFormat.header.joined(separator: format == .csv ? "," : "\t") + "\n"
                for o in observations {
                    expected += [o.zone, o.indicator, o.measure.rawValue, o.unit, o.period.description, o.value?.text ?? ""].map(quote)
                        .joined(separator: format == .csv ? "," : "\t") + "\n"
                }
                #expect(format.render(observations) == expected, "\(format)")
                var pieces: [[UInt8]] = []
                format.write(observations, as: .utf8, in: 1 << 16) { pieces.append($0) }
                #expect(String(decoding: Array(pieces.joined()), as: UTF8.self) == expected, "\(format) in pieces")
            }
        }
    }
}
