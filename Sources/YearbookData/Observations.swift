/// A dataset's observations in long form. A long-form file's are stored one by one; a
/// yearbook table's are its cells, each read as an observation when it is asked for, so that
/// a table of a million values is not held a second time as a million 128-byte observations
/// beside its cells, and a chart of all of them (a long dated series) never copies them.
///
/// Passes over every observation read single fields (`measure(at:)`, `zone(at:)` …), which a
/// table's cells give without building the whole observation, strings, location and all.
public struct Observations: RandomAccessCollection, ExpressibleByArrayLiteral, Equatable, Sendable {
    // Two fields rather than an enum: a field of an element of `list` is read in place, where
    // a case's array bound by a switch was copied, element and all, on every read.
    private let list: [Observation]
    private let table: TableLongForm?

    public init(_ list: [Observation]) {
        self.list = list
        table = nil
    }

    public init(arrayLiteral list: Observation...) {
        self.init(list)
    }

    init(_ table: TableLongForm) {
        list = []
        self.table = table
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int { table?.count ?? list.count }

    public subscript(i: Int) -> Observation {
        table?.observation(i) ?? list[i]
    }

    // Single fields of observation i, each read without building the observation: a table's
    // from its cell, row and column, a long form's in place.

    public func zone(at i: Int) -> String {
        table?.zone(i) ?? list[i].zone
    }

    public func indicator(at i: Int) -> String {
        table?.indicator(i) ?? list[i].indicator
    }

    public func measure(at i: Int) -> Measure {
        table?.measure(i) ?? list[i].measure
    }

    public func unit(at i: Int) -> String {
        table?.unit(i) ?? list[i].unit
    }

    public func period(at i: Int) -> Period {
        table?.period(i) ?? list[i].period
    }

    public func value(at i: Int) -> Value? {
        // Not `??`: a table's missing value would fall through to the (empty) list.
        if let table { return table.value(i) }
        return list[i].value
    }

    public func hasValue(at i: Int) -> Bool {
        table?.hasValue(i) ?? (list[i].value != nil)
    }

    public func flag(at i: Int) -> Observation.Flag? {
        table == nil ? list[i].flag : nil
    }

    public func isTotal(at i: Int) -> Bool {
        table?.isTotal(i) ?? list[i].isTotal
    }

    public func isSubtotal(at i: Int) -> Bool {
        table?.isSubtotal(i) ?? list[i].isSubtotal
    }

    /// The exported fields of the observations at `range` (all of them when nil), in order: a
    /// table's read row after row, cell after cell, without finding each field's row and column
    /// again (an export reads millions).
    func forEachExported(in range: Range<Int>? = nil,
                         _ body: (_ zone: String, _ indicator: String, _ measure: Measure, _ unit: String, _ period: Period, _ value: Value?) throws -> Void) rethrows {
        let range = range ?? indices
        if let table { return try table.forEachExported(in: range, body) }
        for i in range {
            try body(list[i].zone, list[i].indicator, list[i].measure, list[i].unit, list[i].period, list[i].value)
        }
    }

    /// The observations at the indices that satisfy `keep`: these same observations, not a
    /// copy, when all do (a table of one series); a table's stay its cells.
    public func keeping(_ keep: (Int) throws -> Bool) rethrows -> Observations {
        var kept: [Int] = []
        var all = true
        for i in indices {
            if try keep(i) {
                if !all { kept.append(i) }
            } else if all {
                all = false
                kept = Array(0..<i)
            }
        }
        if all { return self }
        if let table { return Observations(table.keeping(kept)) }
        return Observations(kept.map { list[$0] })
    }

    public static func == (a: Observations, b: Observations) -> Bool {
        a.elementsEqual(b)
    }
}
