/// A `Period` in the 8 bytes of one integer, as observations store it: the enum itself takes
/// 33 (a time of day carries four integers). Periods whose numbers do not fit the fields
/// (never one read from a table) are kept whole, boxed.
enum StoredPeriod: Hashable, Sendable {
    case packed(UInt64)
    case other(Box<Period>)

    // Bits, from the lowest: kind 3, year 32 (two's complement), month or quarter 4, day 5,
    // second of the day 17.
    private enum Kind: UInt64 { case year, quarter, month, day, time, unspecified }

    init(_ period: Period) {
        func pack(_ kind: Kind, _ year: Int, _ part: Int = 0, _ day: Int = 0, _ second: Int = 0) -> StoredPeriod {
            guard let y = Int32(exactly: year), (0..<16).contains(part), (0..<32).contains(day), (0..<(1 << 17)).contains(second) else {
                return .other(Box(period))
            }
            return .packed(kind.rawValue | UInt64(UInt32(bitPattern: y)) << 3 | UInt64(part) << 35 | UInt64(day) << 39 | UInt64(second) << 44)
        }
        switch period {
        case .year(let y): self = pack(.year, y)
        case .quarter(let y, let q): self = pack(.quarter, y, q)
        case .month(let y, let m): self = pack(.month, y, m)
        case .day(let y, let m, let d): self = pack(.day, y, m, d)
        case .time(let y, let m, let d, let s): self = pack(.time, y, m, d, s)
        case .unspecified: self = .packed(Kind.unspecified.rawValue)
        }
    }

    var period: Period {
        switch self {
        case .other(let box): return box.value
        case .packed(let bits):
            let year = Int(Int32(bitPattern: UInt32(truncatingIfNeeded: bits >> 3)))
            let part = Int(bits >> 35 & 0xF), day = Int(bits >> 39 & 0x1F), second = Int(bits >> 44 & 0x1_FFFF)
            switch Kind(rawValue: bits & 0x7)! {
            case .year: return .year(year)
            case .quarter: return .quarter(year, part)
            case .month: return .month(year, part)
            case .day: return .day(year, part, day)
            case .time: return .time(year, part, day, second)
            case .unspecified: return .unspecified
            }
        }
    }
}
