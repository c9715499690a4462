import Foundation

/// The values of one zone × indicator × measure over time, in one unit. A value is present or
/// missing, never a silent zero, and a series remembers where its definition changed (a break)
/// and which points are targets rather than outcomes.
public struct Series: Hashable, Sendable {
    public struct Point: Hashable, Sendable {
        // A line of a million points holds a million of these: the period is packed as an
        // observation packs it, 48 bytes a point rather than 72.
        public var period: Period {
            get { storedPeriod.period }
            set { storedPeriod = StoredPeriod(newValue) }
        }
        public var value: Value?
        private var storedPeriod: StoredPeriod
        public var flag: Observation.Flag?

        public var isActual: Bool { flag == nil || flag == .break }

        public init(period: Period, value: Value?, flag: Observation.Flag? = nil) {
            self.storedPeriod = StoredPeriod(period)
            self.value = value
            self.flag = flag
        }
    }

    public var zone: String
    public var indicator: String
    public var measure: Measure
    public var unit: Unit
    /// In time order.
    public var points: [Point]

    public init(zone: String, indicator: String, measure: Measure, unit: Unit, points: [Point]) {
        self.zone = zone
        self.indicator = indicator
        self.measure = measure
        self.unit = unit
        self.points = points.sorted { $0.period < $1.period }
    }

    /// Periods whose value starts a new definition: comparisons must not reach across them.
    public var breaks: [Period] { points.filter { $0.flag == .break }.map(\.period) }

    /// Whether a break lies after `from` and at or before `to`.
    public func hasBreak(between from: Period, and to: Period) -> Bool {
        breaks.contains { $0 > from && $0 <= to }
    }

    /// The actual value at `period` (not a target or an estimate).
    public func actual(at period: Period) -> Value? {
        points.first { $0.period == period && $0.isActual }?.value
    }

    /// The same series in `unit`: 万元 ↔ 亿元 convert, 万美元 ↔ 万元 do not.
    public func converted(to unit: Unit) throws -> Series {
        guard self.unit.canConvert(to: unit) else {
            throw DataError(SourceLocation(file: "\(zone) «\(indicator)»"), "the series is in \(self.unit.symbol), which does not convert to \(unit.symbol)")
        }
        var copy = self
        copy.unit = unit
        copy.points = points.map { point in
            var p = point
            if let v = point.value, let n = self.unit.convert(v.number, to: unit) {
                p.value = Value(computed: n, decimals: (v.decimals - Int(log10(self.unit.factor / unit.factor).rounded())).clamped(0, 12))
            }
            return p
        }
        return copy
    }
}

extension Int {
    func clamped(_ low: Int, _ high: Int) -> Int { Swift.min(Swift.max(self, low), high) }
}

extension Dataset {
    /// The observations grouped into series, in the order their zones and indicators appear.
    public func series() -> [Series] {
        var order: [String] = []
        var groups: [String: [Observation]] = [:]
        for o in observations {
            let key = [o.zone, o.indicator, o.measure.rawValue, o.unit].joined(separator: "\u{1}")
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(o)
        }
        return order.map { key in
            let group = groups[key]!
            let first = group[0]
            return Series(zone: first.zone, indicator: first.indicator, measure: first.measure, unit: Unit(first.unit),
                          points: group.map { Series.Point(period: $0.period, value: $0.value, flag: $0.flag) })
        }
    }
}
