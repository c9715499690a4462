/// A table as a yearbook lays it out, with everything the reader understood about it: where
/// the title and header were, what each column measures and in which unit, which rows are
/// zones and which the total, which cells are missing, and the notes and source below it.
public struct YearbookTable: Sendable {
    /// Where a column's unit came from, so `inspect` can say why a column is in 万美元.
    public enum UnitOrigin: String, Sendable {
        case header = "its header"
        case group = "its group header"
        case tableLine = "the table's title or 单位 line"
        case measure = "its measure (not printed)"
        case cells = "its cells"
        case none = "nowhere: no unit"
    }

    public struct Column: Sendable {
        /// 0-based index in the grid.
        public var index: Int
        /// Header labels from top to bottom, as normalised, units and all.
        public var headerPath: [String]
        public var indicator: String
        public var measure: Measure
        public var unit: Unit?
        public var unitOrigin: UnitOrigin
        public var period: Period?
        /// The region a column is about, where the header says so per column (an EPS export's
        /// 地区 row); nil when the rows or the table name it.
        public var zone: String?
        /// A quarterly series in a table of months (频度：季): its values at the months that end
        /// quarters are those quarters'.
        public var isQuarterly = false
        /// A column that is a month of each row's year (BLS's Jan … Dec, a title year's 1月 … 12月).
        public var monthOfYear: Int?

        /// The header path as a user reads it in messages: 合同利用外资(万美元) / 增长(%).
        public var name: String { headerPath.joined(separator: " / ") }
        public var letter: String { SourceLocation.columnLetters(index + 1) }
    }

    /// A value cell: 32 bytes, since a table of a million values is mostly these. Its unit is
    /// not kept in it but found from its row and column (`unitSymbol(_:_:)`), as the reader
    /// found it; only a unit the cell prints itself (463亿元), which is rare, is kept, boxed.
    public struct Cell: Sendable {
        /// The number; NaN for a missing cell, since a number read is always finite.
        private let number: Double
        /// The value's text as printed, or a missing cell's mark.
        private let text: String
        private let printedUnit: Box<String>?

        /// `content` must be a number or a missing mark: the reader refuses text.
        init(_ content: CellContent) {
            switch content {
            case .number(let value, let unit):
                number = value.number
                text = value.text
                printedUnit = unit.map(Box.init)
            case .missing(let mark), .text(let mark):
                number = .nan
                text = mark
                printedUnit = nil
            }
        }

        /// What the cell holds; a missing cell keeps its mark as printed, normalised.
        public var content: CellContent {
            isMissing ? .missing(mark: text) : .number(Value(number: number, text: text), unit: printedUnit?.value)
        }
        public var value: Value? { isMissing ? nil : Value(number: number, text: text) }
        public var isMissing: Bool { number.isNaN }
        /// The symbol of the unit the cell prints after its number, if it prints one.
        var printedUnitSymbol: String? { printedUnit.map { Unit($0.value).symbol } }
    }

    /// In a table whose rows are indicators: what a row's label says it measures.
    public struct RowIndicator: Sendable {
        public var name: String
        public var measure: Measure
        public var unit: Unit?
    }

    public struct Row: Sendable {
        /// The row's label, normalised (合 计 → 合计).
        public var label: String {
            get { storedLabel.text }
            set { storedLabel = InlineText(newValue) }
        }
        /// The line the row is on.
        public var line: Int {
            get { Int(storedLine) }
            set { storedLine = Int32(clamping: newValue) }
        }
        public var zone: Zone? {
            get { extras?.value.zone }
            set { change { $0.zone = newValue } }
        }
        /// The row's indicator when the table's rows are indicators.
        public var indicator: RowIndicator? {
            get { extras?.value.indicator }
            set { change { $0.indicator = newValue } }
        }
        /// The subtotal row this row belongs to, by label, when the table shows the grouping.
        public var parent: String? {
            get { extras?.value.parent }
            set { change { $0.parent = newValue } }
        }
        /// The row's period when the table has a year column.
        public var period: Period? {
            get { storedPeriod?.period }
            set { storedPeriod = newValue.map(StoredPeriod.init) }
        }
        // A dated series has a million rows, so a row is packed: 56 bytes rather than 80, and
        // an allocation fewer for a label of up to 23 bytes. The label is kept inline; the
        // zone, the indicator and the parent, which most long tables' rows lack, share one box;
        // the period is packed as an observation packs it; a line fits 32 bits, since a table
        // file is at most 128 MiB.
        private var storedLabel: InlineText
        private var storedLine: Int32
        private var extras: Box<Extras>?
        private var storedPeriod: StoredPeriod?

        public var isTotal: Bool
        /// A row that sums a group of the rows under it: a province above its indented cities,
        /// or a province among cities. Like a total, kept out of rankings and bars unless asked.
        public var isSubtotal: Bool = false

        private struct Extras: Sendable {
            var zone: Zone?
            var indicator: RowIndicator?
            var parent: String?
        }

        private mutating func change(_ edit: (inout Extras) -> Void) {
            var value = extras?.value ?? Extras()
            edit(&value)
            extras = value.zone == nil && value.indicator == nil && value.parent == nil ? nil : Box(value)
        }

        public init(line: Int, label: String, zone: Zone?, isTotal: Bool, period: Period?, indicator: RowIndicator?) {
            self.storedLabel = InlineText(label)
            self.storedLine = Int32(clamping: line)
            self.isTotal = isTotal
            self.storedPeriod = period.map(StoredPeriod.init)
            if zone != nil || indicator != nil { self.extras = Box(Extras(zone: zone, indicator: indicator)) }
        }
    }

    public var file: String
    public var title: [String]
    /// The unit a `单位：…` line (or the title's parenthesis) gives the whole table.
    public var tableUnit: Unit?
    /// `key：value` lines above the table (数据库, 指标, 地区, 时间 …).
    public var metadata: [MetadataLine]
    /// The one region a table of indicators describes (from `地区：…`); nil for a table of zones.
    public var fixedZone: String?
    /// Normalised header cells, one array per header row, and the lines they are on.
    public var headerRows: [[String]]
    public var headerLines: [Int]
    public var labelColumn: Int
    public var labelHeader: String
    /// A leading column that holds each row's period (年份), if the table has one.
    public var periodColumn: Int?
    /// A leading column naming each row's indicator (Series Name, or 指标 beside 地区), if any.
    public var indicatorColumn: Int?
    /// Leading text columns other than the label (e.g. an empty 项目 column), kept for `inspect`.
    public var ignoredColumns: [Int]
    public var columns: [Column]
    public var rows: [Row]
    /// Every row's cells, one per value column, row after row: row r's are
    /// `cells[r * columns.count ..< (r + 1) * columns.count]`. One array for the table rather
    /// than one per row: a dated series of a million rows would otherwise allocate a million
    /// arrays, and spend a third of its memory on their headers.
    public var cells: [Cell]
    public var notes: [String]
    /// Provenance lines: `(市商务局 提供)`, `资料来源：…`.
    public var sources: [String]
    /// What the reader had to guess or leave out, said on stderr by every command.
    public var warnings: [ConsistencyReport.Finding] = []
    /// Where the indicator of a table that names none in its header came from, for `inspect`
    /// ("the title line", "the file name", "--indicator-name"); nil when the header names it.
    public var indicatorOrigin: String?
    /// The one period a table whose header prints none belongs to, from its title
    /// (中国2014年地级以上城市…); nil otherwise.
    public var titlePeriod: Period?

    /// Whether any column or row carries a period, so a year need not be supplied.
    public var carriesPeriods: Bool {
        periodColumn != nil || titlePeriod != nil || columns.contains { $0.period != nil }
    }

    /// The cell of row `row` in value column `column`.
    public func cell(_ row: Int, _ column: Int) -> Cell {
        cells[row * columns.count + column]
    }

    /// The symbol of the unit of the cell of row `row` in value column `column`: its row's (a row
    /// that is an indicator), else its column's, else the one the cell prints itself.
    public func unitSymbol(_ row: Int, _ column: Int) -> String? {
        rows[row].indicator?.unit?.symbol ?? columns[column].unit?.symbol ?? cell(row, column).printedUnitSymbol
    }

    /// The cells of row `row`, in column order.
    public func cells(of row: Int) -> ArraySlice<Cell> {
        cells[row * columns.count ..< (row + 1) * columns.count]
    }

    public func location(line: Int, column: Int? = nil) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column.map { $0 + 1 })
    }
}
