/// The time a value belongs to: a year, or a quarter, month, day or time of day of sub-annual
/// tables. Written as 2020, 2020Q1, 2020-02, 2020-02-29 or 2020-02-29T13:30 in exports, read
/// from the forms tables print (2020年, 2020年度, Y2020年, 2020.0, 1960 [YR1960], 2020年2月,
/// 2016.01, 2020年第一季度, 2020-01-31, 2020/1/31, 2020-01-31 13:00, 2020-01-31T13:00:00 …).
public enum Period: Hashable, Comparable, Sendable, CustomStringConvertible {
    case year(Int)
    case quarter(Int, Int)
    case month(Int, Int)
    case day(Int, Int, Int)
    /// A moment of a day: year, month, day and the second of that day (0..<86,400), for the
    /// hourly or minute series that vendor and monitoring exports print as `2020-01-31 13:00`.
    case time(Int, Int, Int, Int)
    /// The period of a table that prints none anywhere (not in its title, header or a 年份
    /// column) and was given none: its values load, written with an empty year.
    case unspecified

    public var year: Int {
        switch self {
        case .year(let y), .month(let y, _), .quarter(let y, _), .day(let y, _, _), .time(let y, _, _, _): return y
        case .unspecified: return 0
        }
    }

    public var description: String {
        switch self {
        case .year(let y): return String(y)
        case .month(let y, let m): return Period.isoText(y, m) ?? String(y) + "-" + Period.twoDigits(m)
        case .quarter(let y, let q): return "\(y)Q\(q)"
        case .day(let y, let m, let d): return Period.isoText(y, m, d) ?? String(y) + "-" + Period.twoDigits(m) + "-" + Period.twoDigits(d)
        case .time(let y, let m, let d, let s):
            // ISO 8601, seconds only when there are any: 2020-01-31T13:00, 2020-01-31T13:00:05.
            if let text = Period.isoText(y, m, d, s) { return text }
            let clock = Period.twoDigits(s / 3600) + ":" + Period.twoDigits(s / 60 % 60)
            return Period.day(y, m, d).description + "T" + clock + (s % 60 == 0 ? "" : ":" + Period.twoDigits(s % 60))
        case .unspecified: return ""
        }
    }

    /// A position on a time axis in years (2020-07 → 2020.5), for charts and growth spans.
    public var ordinal: Double {
        switch self {
        case .year(let y): return Double(y)
        case .month(let y, let m): return Double(y) + Double(m - 1) / 12
        case .quarter(let y, let q): return Double(y) + Double(q - 1) / 4
        case .day(let y, let m, let d): return Double(y) + (Double(m - 1) + Double(d - 1) / 31) / 12
        case .time(let y, let m, let d, let s): return Double(y) + (Double(m - 1) + (Double(d - 1) + Double(s) / 86_400) / 31) / 12
        case .unspecified: return 0
        }
    }

    /// The same period one year earlier, for year-on-year comparisons.
    public var yearEarlier: Period {
        switch self {
        case .year(let y): return .year(y - 1)
        case .month(let y, let m): return .month(y - 1, m)
        case .quarter(let y, let q): return .quarter(y - 1, q)
        case .day(let y, let m, let d): return .day(y - 1, m, d)
        case .time(let y, let m, let d, let s): return .time(y - 1, m, d, s)
        case .unspecified: return .unspecified
        }
    }

    public static func < (a: Period, b: Period) -> Bool { a.ordinal < b.ordinal }

    /// The period a label names, or nil when it is not one.
    public init?(label: String) {
        guard let parsed = PeriodText(label) else { return nil }
        self = parsed.period
    }

    /// The day an Excel date serial stands for (1900 date system, whose phantom 29 February
    /// 1900 is serial 60): date columns of workbooks saved without a date format print serials.
    public init?(excelSerial serial: Double) {
        guard serial >= 1, serial < 2_958_466, serial == serial.rounded(), serial != 60 else { return nil }
        let s = Int(serial)
        let (y, m, d) = Period.civil(daysSince1970: s > 60 ? s - 25_569 : s - 25_568)
        self = .day(y, m, d)
    }

    /// The proleptic Gregorian date of a day count from 1970-01-01 (Howard Hinnant's
    /// `civil_from_days`), so no calendar or time zone can shift it.
    public static func civil(daysSince1970 days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// Periods read as one sequence (a header row, a time column), so that a month that lost
    /// its trailing zero when the export wrote `2016.10` as a number (`2016.1`) reads as
    /// October wherever the same sequence writes January as `2016.01`. Nil entries are labels
    /// that are not periods.
    public static func sequence(_ labels: [String]) -> [Period?] {
        storedSequence(count: labels.count) { labels[$0] }.map { $0?.period }
    }

    /// `sequence` of `count` labels taken one by one, each period packed: a time column of a
    /// million rows is held neither as a million labels nor as a million 33-byte periods.
    static func storedSequence(count: Int, label: (Int) -> String) -> [StoredPeriod?] {
        // A date column saved without a date format prints Excel serials (43861 → 2020-01-31).
        var filled = false, serials = true
        for i in 0..<count {
            let text = label(i)
            if text.isEmpty { continue }
            filled = true
            if !isExcelSerial(text) { serials = false; break }
        }
        if filled && serials {
            return (0..<count).map { Int(label($0)).flatMap { Period(excelSerial: Double($0)) }.map(StoredPeriod.init) }
        }
        // One pass, the single-digit Januaries noted to be turned into Octobers afterwards: a
        // time column of a million rows is not held twice, parsed and then read.
        var periods: [StoredPeriod?] = []
        periods.reserveCapacity(count)
        var twoDigitDotted = false
        var oneDigitJanuaries: [Int] = []
        for i in 0..<count {
            guard let text = PeriodText(label(i)) else { periods.append(nil); continue }
            if text.dottedMonthDigits == 2 { twoDigitDotted = true }
            if text.dottedMonthDigits == 1, case .month(_, 1) = text.period { oneDigitJanuaries.append(periods.count) }
            periods.append(StoredPeriod(text.period))
        }
        if twoDigitDotted {
            for k in oneDigitJanuaries { if case .month(let y, 1)? = periods[k]?.period { periods[k] = StoredPeriod(.month(y, 10)) } }
        }
        return periods
    }

    /// Whether a label reads as an Excel date serial (43861) rather than a year: a whole number
    /// past any year a table prints. A column is one of serials only when every label is.
    static func isExcelSerial(_ label: String) -> Bool {
        Int(label).map { $0 > 2200 } ?? false
    }

    /// `2020`: four ASCII digits of a year `Period(label:)` accepts (1900–2200), read from the
    /// bytes without normalising or hashing the text; nil for anything else, which goes the
    /// general way. A long form of a million rows prints a million of these.
    static func plainYear(_ text: String) -> Period? {
        var year = 0, count = 0
        for byte in text.utf8 {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte), count < 4 else { return nil }
            year = year * 10 + Int(byte - UInt8(ascii: "0"))
            count += 1
        }
        return count == 4 && (1900...2200).contains(year) ? .year(year) : nil
    }

    private static func twoDigits(_ n: Int) -> String { (n < 10 ? "0" : "") + String(n) }

    /// `2020-01`, `2020-01-31` or `2020-01-31T13:00(:05)` written straight into one string, for
    /// four-digit years and fields in range; nil for anything else, which the general form
    /// writes. An export of a million dated rows writes a million of these.
    private static func isoText(_ y: Int, _ m: Int, _ d: Int? = nil, _ s: Int? = nil) -> String? {
        guard let count = isoCount(y, m, d, s) else { return nil }
        return String(unsafeUninitializedCapacity: count) { writeISO(y, m, d, s, into: $0) }
    }

    /// Appends the period's text to `bytes` as `description` writes it, without a string in
    /// between where the ISO form applies (four-digit years, months, days, times of day): an
    /// export of a million rows would otherwise make a million strings. False, and nothing
    /// appended, for any other period.
    public func appendISOText(to bytes: inout [UInt8]) -> Bool {
        let (y, m, d, s): (Int, Int?, Int?, Int?)
        switch self {
        case .year(let year): (y, m, d, s) = (year, nil, nil, nil)
        case .month(let year, let month): (y, m, d, s) = (year, month, nil, nil)
        case .day(let year, let month, let day): (y, m, d, s) = (year, month, day, nil)
        case .time(let year, let month, let day, let second): (y, m, d, s) = (year, month, day, second)
        default: return false
        }
        guard let count = Period.isoCount(y, m, d, s) else { return false }
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: count))
        bytes.withUnsafeMutableBufferPointer { _ = Period.writeISO(y, m, d, s, into: UnsafeMutableBufferPointer(rebasing: $0[start...])) }
        return true
    }

    /// The length of the ISO form, or nil where it does not apply.
    private static func isoCount(_ y: Int, _ m: Int?, _ d: Int?, _ s: Int?) -> Int? {
        guard (1000...9999).contains(y), (0...99).contains(m ?? 0), (0...99).contains(d ?? 0), (0..<360_000).contains(s ?? 0) else { return nil }
        return 4 + (m == nil ? 0 : 3) + (d == nil ? 0 : 3) + (s == nil ? 0 : 6) + ((s ?? 0) % 60 != 0 ? 3 : 0)
    }

    private static func writeISO(_ y: Int, _ m: Int?, _ d: Int?, _ s: Int?, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var i = 0
        func put(_ byte: UInt8) { out[i] = byte; i += 1 }
        // Digits by constant divisors, which compile to multiplications: a layout's export
        // writes a different year for every value.
        func two(_ n: Int) { put(UInt8(ascii: "0") + UInt8(n / 10 % 10)); put(UInt8(ascii: "0") + UInt8(n % 10)) }
        put(UInt8(ascii: "0") + UInt8(y / 1000 % 10)); put(UInt8(ascii: "0") + UInt8(y / 100 % 10)); two(y)
        if let m { put(UInt8(ascii: "-")); two(m) }
        if let d { put(UInt8(ascii: "-")); two(d) }
        if let s {
            put(UInt8(ascii: "T")); two(s / 3600); put(UInt8(ascii: ":")); two(s / 60 % 60)
            if s % 60 != 0 { put(UInt8(ascii: ":")); two(s % 60) }
        }
        return i
    }
}

extension Period {
    /// Whether `periods` come in time order (ties allowed), each ordinal computed once: how a
    /// dated series of a million rows is found sorted without comparing every pair twice.
    /// Inlinable, so that callers in other modules get it specialised.
    @inlinable public static func inOrder(_ periods: some Sequence<Period>) -> Bool {
        var previous = -Double.infinity
        for period in periods {
            let ordinal = period.ordinal
            if ordinal < previous { return false }
            previous = ordinal
        }
        return true
    }

    /// The distinct periods of `periods`, in time order. The periods of a dated series come
    /// in time order already, which the sort finds in one pass; equal periods then sit in one
    /// run of equal ordinals (2020 and 2020-01 share one), deduplicated there without hashing
    /// a million periods.
    @inlinable public static func distinctAscending(_ periods: some Collection<Period>) -> [Period] {
        // In order already (a dated series): deduplicated in one pass, without a sorted copy.
        distinctIfAscending(periods) ?? distinctIfAscending(periods.sorted())!
    }

    /// The distinct periods of `periods` when they come in time order, else nil.
    @inlinable static func distinctIfAscending(_ periods: some Sequence<Period>) -> [Period]? {
        var result: [Period] = []
        var run = 0
        var previous = -Double.infinity
        for period in periods {
            // Periods order by their ordinals: each computed once.
            let ordinal = period.ordinal
            if ordinal < previous { return nil }
            if ordinal == previous {
                if !result[run...].contains(period) { result.append(period) }
            } else {
                run = result.count
                result.append(period)
            }
            previous = ordinal
        }
        return result
    }
}
