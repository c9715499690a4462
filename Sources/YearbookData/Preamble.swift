/// What stands above a table's header: title lines, a `单位：亿元` line, and the metadata lines
/// statistics-bureau exports put there (`数据库：…`, `指标：地区生产总值(亿元)`, `地区：上海市`,
/// `时间：…`), which name the indicator or the one region a table is about.
struct Preamble {
    typealias Line = MetadataLine

    var title: [String] = []
    var unit: Unit?
    var metadata: [Line] = []
    /// From `指标：…`: the indicator a table of years measures.
    var indicator: String?
    /// From `地区：…`: the one region a table of indicators is about.
    var zone: String?
    /// From `数据库：年度数据`: a national database's tables are about the whole country.
    var scope: String?
    /// Index of the first row after the preamble: the header's first row.
    var end = 0

    static let metadataKeys: [String: String] = [
        "数据库": "database", "指标": "indicator", "地区": "region", "时间": "time", "频度": "frequency",
        "database": "database", "indicator": "indicator", "region": "region", "country": "region", "time": "time",
        "series title": "indicator", "series name": "indicator", "area": "region", "base period": "base",
        "series id": "series", "item": "item", "years": "time",
    ]

    /// Reads rows up to the first one with two or more cells that are not a unit line.
    init(_ rows: [CellGrid.Row]) {
        var index = 0
        while index < rows.count {
            let row = rows[index]
            if row.isBlank { index += 1; continue }
            let raw = row.cells.filter { !Label.isBlank($0) }
            let filled = raw.map(Label.normalise)
            let units = filled.compactMap(YearbookTableReader.unitLine)
            if filled.count == 2, Preamble.pairsAbove(rows, index) {
                let line = MetadataLine(key: filled[0].hasSuffix(":") ? String(filled[0].dropLast()) : filled[0], value: filled[1])
                metadata.append(line)
                read(line)
                title.append(Label.trimmed(raw[0]) + ": " + Label.trimmed(raw[1]))
                index += 1
                continue
            }
            if filled.count == 2, raw[0].trimmingCharacters(in: " ").hasSuffix(":"), Preamble.metadata(filled[0] + filled[1]) != nil {
                // `Series Id:,CUUR0000SA0`: a labelled value above a BLS or FRED table.
                let line = Preamble.metadata(filled[0] + filled[1])!
                metadata.append(line)
                read(line)
                title.append(Label.trimmed(raw[0]) + " " + Label.trimmed(raw[1]))
                index += 1
                continue
            }
            if filled.count - units.count >= 2 && Preamble.metadata(filled[0]) == nil { break }
            if let u = units.first { unit = u }
            for (text, printed) in zip(filled, raw) where YearbookTableReader.unitLine(text) == nil {
                if let line = Preamble.metadata(text) {
                    metadata.append(line)
                    read(line)
                } else if unit == nil, let (_, inner) = Label.trailingParenthesis(text), Unit.isRecognised(inner) {
                    unit = Unit(inner)
                }
                title.append(Label.trimmed(printed))
            }
            index += 1
        }
        end = index
    }

    private mutating func read(_ line: Line) {
        switch Preamble.metadataKeys[line.key.lowercased()] {
        case "indicator":
            if let (head, inner) = Label.trailingParenthesis(line.value), Unit.isRecognised(inner) {
                indicator = head
                if unit == nil { unit = Unit(inner) }
            } else {
                indicator = line.value
            }
        case "region": zone = line.value
        case "base" where Unit.isIndexBase(line.value): unit = unit ?? Unit(line.value)
        case "database" where ["年度数据", "季度数据", "月度数据"].contains(Label.key(line.value)) || line.value.contains("全国"):
            scope = "全国"
        default: break
        }
    }

    /// The title lines that are not `key：value` metadata.
    var titleLines: [String] {
        title.filter { line in !metadata.contains { line.hasPrefix($0.key) } }
    }

    /// What the title says the table measures, when its header does not.
    var titleIndicator: String? { titleLines.last.map(Label.normalise) }

    /// The one year a title names (中国2014年地级以上城市…), for a table whose header has none.
    var titlePeriod: Period? {
        var years = Set<Int>()
        for line in titleLines {
            let chars = Array(Label.key(line))
            var k = 0
            while k + 4 < chars.count {
                let digits = String(chars[k..<(k + 4)])
                let before = k > 0 ? chars[k - 1] : " "
                if chars[k + 4] == "年", !(before.isASCII && before.isNumber), let y = Int(digits), (1900...2100).contains(y) {
                    years.insert(y)
                }
                k += 1
            }
        }
        return years.count == 1 ? .year(years.first!) : nil
    }

    /// A row of two cells set off by a blank line, above a wider table, is a `"key","value"`
    /// line as international bureaus write them ("Data Source","World Development Indicators");
    /// a yearbook's own two-cell header row runs straight into the rows under it.
    static func pairsAbove(_ rows: [CellGrid.Row], _ index: Int) -> Bool {
        func filled(_ row: CellGrid.Row) -> Int { row.cells.filter { !Label.isBlank($0) }.count }
        guard index + 1 < rows.count, rows[index + 1].isBlank else { return false }
        guard let next = rows[(index + 1)...].first(where: { !$0.isBlank && filled($0) != 2 }) else { return false }
        return filled(next) >= 3
    }

    /// `key：value` with a key bureaus use; nil for any other line.
    static func metadata(_ text: String) -> Line? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let key = String(text[..<colon]).trimmingCharacters(in: " ")
        let value = String(text[text.index(after: colon)...]).trimmingCharacters(in: " ")
        guard metadataKeys[key.lowercased()] != nil, !value.isEmpty else { return nil }
        return Line(key: key, value: value)
    }
}

/// A `key：value` line above a bureau's table (数据库：…, 指标：…, 地区：…, 时间：…).
public struct MetadataLine: Sendable, Hashable {
    public var key: String
    public var value: String
}
