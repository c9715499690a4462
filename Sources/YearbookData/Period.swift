/// The time a value belongs to: a year, or a month or quarter of monthly and quarterly tables.
/// Written as 2020, 2020-02 or 2020Q1 in exports, read from the forms tables print
/// (2020年, 2020年度, 2020年2月, 2020年一季度 …).
public enum Period: Hashable, Comparable, Sendable, CustomStringConvertible {
    case year(Int)
    case month(Int, Int)
    case quarter(Int, Int)

    public var year: Int {
        switch self {
        case .year(let y), .month(let y, _), .quarter(let y, _): return y
        }
    }

    public var description: String {
        switch self {
        case .year(let y): return String(y)
        case .month(let y, let m): return String(y) + "-" + (m < 10 ? "0" : "") + String(m)
        case .quarter(let y, let q): return "\(y)Q\(q)"
        }
    }

    /// A position on a time axis in years (2020-07 → 2020.5), for charts and growth spans.
    public var ordinal: Double {
        switch self {
        case .year(let y): return Double(y)
        case .month(let y, let m): return Double(y) + Double(m - 1) / 12
        case .quarter(let y, let q): return Double(y) + Double(q - 1) / 4
        }
    }

    public static func < (a: Period, b: Period) -> Bool { a.ordinal < b.ordinal }

    /// The period a label names, or nil when it is not one.
    public init?(label: String) {
        let s = Label.key(label)
        let digits = s.prefix { $0.isASCII && $0.isNumber }
        guard digits.count == 4, let y = Int(digits), (1900...2200).contains(y) else { return nil }
        let rest = String(s.dropFirst(4))
        switch rest {
        case "", "年", "年度", "年末", "年底":
            self = .year(y)
            return
        default: break
        }
        if let m = Period.month(rest) {
            self = .month(y, m)
        } else if let q = Period.quarter(rest) {
            self = .quarter(y, q)
        } else {
            return nil
        }
    }

    private static func month(_ rest: String) -> Int? {
        var r = Substring(rest)
        if r.hasPrefix("-") || r.hasPrefix(".") || r.hasPrefix("/") {
            r = r.dropFirst()
        } else if r.hasPrefix("年") {
            r = r.dropFirst()
            guard r.hasSuffix("月") else { return nil }
            r = r.dropLast()
        } else {
            return nil
        }
        guard (1...2).contains(r.count), let m = Int(r), (1...12).contains(m) else { return nil }
        return m
    }

    private static func quarter(_ rest: String) -> Int? {
        let forms: [String: Int] = ["Q1": 1, "Q2": 2, "Q3": 3, "Q4": 4,
                                    "年一季度": 1, "年二季度": 2, "年三季度": 3, "年四季度": 4,
                                    "年第一季度": 1, "年第二季度": 2, "年第三季度": 3, "年第四季度": 4,
                                    "年1季度": 1, "年2季度": 2, "年3季度": 3, "年4季度": 4]
        return forms[rest.uppercased()] ?? forms[rest]
    }
}
