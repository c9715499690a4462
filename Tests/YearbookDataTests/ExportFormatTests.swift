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
}
