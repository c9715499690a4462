import Foundation
import Testing
@testable import YearbookData

/// The shortcuts that make loading fast must answer exactly as the general code they skip:
/// each is checked against it on many generated inputs.
@Suite struct LoadingFastPathTests {
    /// Characters a printed label is made of, the awkward ones over-represented.
    static let alphabet: [String] = ["a", "Z", "0", "7", ".", "-", ",", "\"", " ", "  ", "\u{3000}", "\u{00A0}", "\t", "\u{FEFF}",
                                     "（", "）", "％", "１", "名", "称", "合", "计", "é", "É", "Ω", "\u{2212}", "\n", "\r\n", "e", "+", "2020-01-01 13:00"]

    static func strings(count: Int, seed: UInt64) -> [String] {
        var state = seed
        func next() -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int(truncatingIfNeeded: (z ^ (z >> 31)) >> 1)
        }
        return (0..<count).map { _ in (0..<(next() % 8)).map { _ in alphabet[next() % alphabet.count] }.joined() }
    }

    @Test func spaceIsUnicodeWhiteSpace() {
        for value in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(value) else { continue }
            #expect(Label.isSpace(s) == (s.properties.isWhitespace || value == 0xFEFF), "U+\(String(value, radix: 16))")
        }
    }

    @Test func aNormalLabelIsLeftAsItIs() {
        for raw in Self.strings(count: 20_000, seed: 1) {
            if Label.isNormal(raw) { #expect(Label.normalise(raw) == raw, "\(raw.debugDescription)") }
            #expect(Label.key(raw) == String(String.UnicodeScalarView(Label.normalise(raw).unicodeScalars.filter { $0 != " " })), "\(raw.debugDescription)")
            #expect(Label.caseFoldedKey(raw) == Label.key(raw).lowercased(), "\(raw.debugDescription)")
        }
    }

    @Test func plainNumbersReadAsTheGeneralReaderReadsThem() {
        let digits = ["0", "1", "9", "5", ".", "-", "00", "12.50"]
        var state: UInt64 = 7
        for _ in 0..<20_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let raw = (0..<(Int(state >> 60) % 6 + 1)).map { k in digits[Int((state >> UInt64(8 * k)) & 0xFF) % digits.count] }.joined()
            // A column scan counts a plain number without parsing it: it must be one.
            #expect(!CellContent.isPlainNumber(raw) || CellContent(parsing: raw).value != nil, "\(raw)")
            guard let plain = CellContent.plainNumber(raw) else { continue }
            let general = CellContent.number(raw)
            #expect(general?.0 == plain && general?.1 == nil, "\(raw)")
        }
    }

    /// A column of periods gives up on a column of names after its first fifth: the answer is
    /// the one counting every cell through `Period.sequence` gives.
    @Test func aPeriodColumnIsFoundAsByCountingEveryCell() {
        let cells = ["2020", "2020年", "2020-01", "2020.1", "2020.10", "2021Q1", "2020-01-31 13:00", "43861", "45000", "北京", "合计", "", " ", "…", "12.5", "Y2024年"]
        var state: UInt64 = 11
        func next() -> Int { state = state &* 6364136223846793005 &+ 1442695040888963407; return Int(state >> 33) }
        for round in 0..<5_000 {
            let count = next() % 12 + 1
            // Some columns all periods, or all serials, so both answers are exercised.
            let pool = round % 3 == 0 ? Array(cells[0..<7]) : round % 7 == 0 ? ["43861", "45000", ""] : cells
            let column = (0..<count).map { _ in pool[next() % pool.count] }
            let rows = column.enumerated().map { CellGrid.Row(line: $0.offset + 1, cells: [$0.element, "1"]) }
            let filled = column.map(Label.normalise).filter { !$0.isEmpty }
            let expected = filled.count >= 2 && Period.sequence(filled).filter { $0 != nil }.count * 5 >= filled.count * 4
            #expect(ColumnLayout.holdsPeriods(rows, column: 0, first: true) == expected, "\(column)")
        }
    }

    /// Whether a label column carries units is decided as soon as the rows left cannot change
    /// it: the answer is the one counting every label gives.
    @Test func unitsInLabelsAreFoundAsByCountingEveryLabel() {
        let cells = ["地区生产总值(亿元)", "增长(%)", "人口(万人)", "杭州市", "合计", "", " ", "GDP (USD)", "Population"]
        var state: UInt64 = 17
        func next() -> Int { state = state &* 6364136223846793005 &+ 1442695040888963407; return Int(state >> 33) }
        for _ in 0..<5_000 {
            let column = (0..<(next() % 12 + 1)).map { _ in cells[next() % cells.count] }
            let rows = column.enumerated().map { CellGrid.Row(line: $0.offset + 1, cells: [$0.element, "1"]) }
            let filled = column.map(Label.normalise).filter { !$0.isEmpty }
            let expected = !filled.isEmpty && filled.filter { Label.unitInParentheses($0) != nil }.count * 2 > filled.count
            #expect(ColumnLayout.carriesUnits(rows, column: 0) == expected, "\(column)")
        }
    }

    /// Short plain numbers are converted without `strtod`, to the same double, bit for bit.
    @Test func shortDecimalsConvertAsStrtodDoes() {
        func exact(_ text: String) -> Double? {
            if case .exact(let number) = CellContent.scanPlain(text) { return number }
            return nil
        }
        var state: UInt64 = 3
        func next() -> UInt64 { state = state &* 6364136223846793005 &+ 1442695040888963407; return state >> 11 }
        for _ in 0..<100_000 {
            let length = Int(next() % 15) + 1
            var digits = String(next() % 1_000_000_000_000_000)
            digits = String(digits.suffix(length)).padding(toLength: length, withPad: "9", startingAt: 0)
            let dot = Int(next() % UInt64(length + 1))
            var text = dot == 0 || dot == length ? digits : String(digits.prefix(dot)) + "." + String(digits.dropFirst(dot))
            if next() % 2 == 0 { text = "-" + text }
            guard CellContent.isPlainNumber(text) else { continue }
            #expect(exact(text)?.bitPattern == Double(text)?.bitPattern, "\(text)")
        }
        for text in ["0", "-0", "0.0", "-0.0", "999999999999999", "0.000000000000001", "0.0000000000000000000001", "00000000000000000012.5",
                     "123456789012345", "1.5", "-100.0"] {
            #expect(exact(text)?.bitPattern == Double(text)?.bitPattern, "\(text)")
        }
        #expect(CellContent.scanPlain("1234567890123456") == .long && CellContent.scanPlain("0.00000000000000000000001") == .long)
        #expect(CellContent.plainNumber("1234567890123456")?.number == 1234567890123456)
        for text in ["", "-", ".", "1.", ".5", "1.2.3", "--1", "1-", "1e5", "1,000", "+1", " 1", "１"] {
            #expect(CellContent.scanPlain(text) == .notPlain, "\(text)")
        }
    }

    /// A row opening the notes is told by its first character before its prefixes are
    /// compared: the answer is the one comparing every prefix gives.
    @Test func noteLinesAreFoundAsByComparingEveryPrefix() {
        let starts = YearbookTableReader.notePrefixes + YearbookTableReader.sourcePrefixes + ["（", "(", "Ｎｏｔｅ", "NOTE", " 注", "　说明", "地区", "合计", "2020", "", "提供)"]
        let rests = ["", "：数据", ":", "市商务局 提供)", "提供）", "s", " 1", "区"]
        var state: UInt64 = 5
        func next() -> Int { state = state &* 6364136223846793005 &+ 1442695040888963407; return Int(state >> 33) }
        for _ in 0..<5_000 {
            let cell = starts[next() % starts.count] + rests[next() % rests.count]
            let startsWithDigit = cell.unicodeScalars.first { !Label.isSpace($0) }.map { ("0"..."9").contains($0) || ("０"..."９").contains($0) } ?? false
            let expected = !startsWithDigit && (YearbookTableReader.isSource(cell)
                || Label.startsWithAny(Label.caseFoldedKey(cell), YearbookTableReader.notePrefixes))
            #expect(YearbookTableReader.isNoteText(cell) == expected, "\(cell)")
        }
    }

    /// A long form's plain years are read from their bytes as `Period(label:)` reads them.
    @Test func plainYearsReadAsPeriodsDo() {
        for year in 0..<10_000 {
            for text in [String(year), String(format: "%04d", year), " \(year)", "\(year)年", "+\(year)"] {
                if let fast = Period.plainYear(text) { #expect(fast == Period(label: text), "\(text)") }
            }
            let padded = String(format: "%04d", year)
            #expect((Period.plainYear(padded) != nil) == (1900...2200).contains(year), "\(padded)")
        }
    }

    @Test func quotedFieldsSurviveTheByteSplitter() throws {
        let fields = Self.strings(count: 3_000, seed: 2)
        let rows = stride(from: 0, to: fields.count, by: 5).map { Array(fields[$0..<min($0 + 5, fields.count)]) }
        let text = rows.map { $0.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",") }.joined(separator: "\r\n")
        let grid = try CellGrid.parse(text, delimiter: .comma, file: "t.csv")
        #expect(grid.rows.map(\.cells) == rows)
    }

    @Test func distinctPeriodsInOrderAreThoseOfTheSortedPeriods() {
        let kinds: [Period] = [.year(2020), .month(2020, 1), .quarter(2020, 1), .month(2020, 2), .day(2020, 2, 1), .year(2021),
                               .time(2020, 1, 1, 3600), .year(2019), .unspecified]
        var state: UInt64 = 11
        for _ in 0..<2_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let periods = (0..<Int(state >> 60)).map { k in kinds[Int((state >> UInt64(4 * k)) & 0xF) % kinds.count] }
            var expected: [Period] = []
            for p in periods.sorted() where !expected.contains(p) { expected.append(p) }
            #expect(Period.distinctAscending(periods) == expected, "\(periods)")
            #expect(Period.distinctAscending(periods.sorted()) == expected, "\(periods.sorted())")
        }
    }

    @Test func datedPeriodsAreWrittenInTheirISOForm() {
        var state: UInt64 = 5
        func next(_ n: Int) -> Int { state = state &* 6364136223846793005 &+ 1442695040888963407; return Int(state >> 33) % n }
        for _ in 0..<5_000 {
            let y = 1000 + next(9000), m = 1 + next(12), d = 1 + next(31), s = next(86_400)
            let clock = String(format: "T%02d:%02d", s / 3600, s / 60 % 60) + (s % 60 == 0 ? "" : String(format: ":%02d", s % 60))
            #expect(Period.month(y, m).description == String(format: "%d-%02d", y, m))
            #expect(Period.day(y, m, d).description == String(format: "%d-%02d-%02d", y, m, d))
            #expect(Period.time(y, m, d, s).description == String(format: "%d-%02d-%02d", y, m, d) + clock)
        }
        // Outside the fields the direct form writes, the general one still does.
        #expect(Period.month(12345, 1).description == "12345-01" && Period.day(-5, 1, 2).description == "-5-01-02")
    }

    @Test func aStreamedLongFormIsTheLongFormReadFromItsGrid() throws {
        let text = """
        # 资料来源：测试
        zone,indicator,measure,unit,year,value,flag,note
        诸暨经开区,规上工业总产值,level,亿元,2019,1127,,
        诸暨经开区,规上工业总产值,level,亿元,2020,1180.5,,
        诸暨经开区,规上工业总产值,growth,%,2020,4.7,,

        合计,规上工业总产值,level,亿元,2020,"2,001",estimate,含 新区
        """
        let streamed = try TableFile.parse(Data(text.utf8), file: "t.csv")
        let grid = try CellGrid.parse(text, delimiter: .comma, file: "t.csv")
        let fromGrid = try TableFile.read(grid, file: "t.csv", format: "CSV · UTF-8", registry: .empty)
        let a = try streamed.dataset(), b = try fromGrid.dataset()
        #expect(a.observations == b.observations)
        #expect(a.sources == b.sources && a.sources == ["资料来源：测试"])
        #expect(a.observations.count == 4)
        #expect(a.observations.last?.isTotal == true)
        #expect(a.observations.last?.location?.line == 7)
    }
}

/// A table of a million values is mostly these structs; their size is what loading it costs.
@Suite struct LoadedSizeTests {
    @Test func anObservationStaysSmall() {
        #expect(MemoryLayout<Observation>.stride <= 128)
        #expect(MemoryLayout<Series.Point>.stride <= 48)
        #expect(MemoryLayout<YearbookData.SourceLocation>.size <= 25)
        #expect(MemoryLayout<YearbookTable.Row>.stride <= 56)
        #expect(MemoryLayout<YearbookTable.Cell>.stride <= 32)
    }

    /// The bytes an export writes for a dated period are its description, for every field in
    /// and out of range.
    @Test func aPeriodsBytesAreItsText() {
        var state: UInt64 = 5
        func next(_ n: Int) -> Int { state = state &* 6364136223846793005 &+ 1442695040888963407; return Int(state >> 33) % n }
        for _ in 0..<20_000 {
            let y = [next(3000), 999 + next(3), 9998 + next(3), -next(50)][next(4)], m = next(120), d = next(120), s = next(400_000)
            let period: Period = [.month(y, m), .day(y, m, d), .time(y, m, d, s), .year(y), .quarter(y, m)][next(5)]
            var bytes: [UInt8] = [0x2C]
            if period.appendISOText(to: &bytes) {
                #expect(bytes == [0x2C] + Array(period.description.utf8), "\(period)")
            } else {
                #expect(bytes == [0x2C], "\(period)")
            }
        }
    }

    @Test func aStoredPeriodIsThePeriod() {
        let periods: [Period] = [.year(2020), .year(-3), .year(Int.max), .quarter(2020, 4), .quarter(1900, 17), .month(2200, 12),
                                 .day(1999, 2, 28), .day(2020, 1, 40), .time(2020, 1, 31, 86_399), .time(1900, 1, 1, 0),
                                 .time(2020, 1, 1, 1 << 20), .unspecified]
        for p in periods {
            var o = Observation(zone: "z", indicator: "i", measure: .level, unit: "", period: p, value: nil)
            #expect(o.period == p)
            o.period = .year(2021)
            #expect(o.period == .year(2021))
        }
        let a = Observation(zone: "z", indicator: "i", measure: .level, unit: "", period: .year(Int.max), value: nil)
        let b = Observation(zone: "z", indicator: "i", measure: .level, unit: "", period: .year(Int.max), value: nil)
        #expect(a == b && a.hashValue == b.hashValue)
        #expect(a != Observation(zone: "z", indicator: "i", measure: .level, unit: "", period: .year(2020), value: nil))
    }

    @Test func aLocationKeepsItsPositions() {
        var location = YearbookData.SourceLocation(file: "t.csv", line: 1_000_000, column: 27)
        #expect(location.description == "t.csv:1000000:27" && location.cellName == "AA1000000")
        location.line = nil
        #expect(location.line == nil && location.column == 27 && location.description == "t.csv:27")
        #expect(YearbookData.SourceLocation(file: "t.csv").cellName == nil)
    }
}
