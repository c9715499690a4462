import Foundation
import PropertyBased
import Testing
import ChartScales

/// Time-axis ticks over generated axes: 1 to 10,000 periods of every granularity, axes from 1
/// to 5,000 points, both languages.
@Suite struct TimeTicksPropertyTests {
    typealias F = TimeAxisFixtures

    struct Axis: CustomStringConvertible {
        var granularity: TimeGranularity
        var language: TimeLanguage
        var first: Double
        var last: Double
        var length: Double
        var gap: Double
        var description: String { "\(granularity) \(language) \(first)…\(last) on \(length) pt, gap \(gap)" }
    }

    /// A start between 1700 and 2100 on a period start, then 1 to 10,000 periods (times of day
    /// every 1, 15 or 60 minutes).
    static let axes = zip(Gen.int(in: 0...4), Gen.bool, Gen.int(in: 1700...2100), Gen.int(in: 1...10_000),
                          Gen.int(in: 0...29), Gen<Double>.value(in: 0...3.7), Gen.int(in: 0...12))
        .map { kind, english, year, periods, offset, lengthExponent, gap -> Axis in
            let count = [periods, periods, periods / 100 + 1, periods / 10 + 1][offset % 4]
            let (granularity, first, last): (TimeGranularity, Double, Double)
            switch kind {
            case 0: (granularity, first, last) = (.year, Double(year), Double(year + count - 1))
            case 1:
                let q = offset % 4
                (granularity, first, last) = (.quarter, F.quarter(year, q + 1), F.quarter(year + (q + count - 1) / 4, (q + count - 1) % 4 + 1))
            case 2:
                let m = offset % 12
                (granularity, first, last) = (.month, F.ordinal(year, month: m + 1), F.ordinal(year + (m + count - 1) / 12, month: (m + count - 1) % 12 + 1))
            case 3:
                let start = (year: year, month: offset % 12 + 1, day: offset % 28 + 1)
                let end = F.adding(days: count - 1, to: start)
                (granularity, first, last) = (.day, F.ordinal(start.year, month: start.month, day: start.day), F.ordinal(end.year, month: end.month, day: end.day))
            default:
                let start = (year: year, month: offset % 12 + 1, day: offset % 28 + 1, minute: offset * 47 % 1440)
                let end = F.adding(minutes: (count - 1) * [1, 15, 60][offset % 3], to: start)
                (granularity, first, last) = (.time, F.ordinal(start.year, month: start.month, day: start.day, minute: start.minute),
                                              F.ordinal(end.year, month: end.month, day: end.day, minute: end.minute))
            }
            return Axis(granularity: granularity, language: english ? .en : .zh, first: first, last: last,
                        length: pow(10, lengthExponent), gap: Double(gap))
        }

    @Test func ticksAreOrderedPeriodStartsInRangeWhoseLabelsDoNotTouch() async {
        await propertyCheck(count: 1500, input: Self.axes) { axis in
            var measured = 0
            let ticks = TimeTicks.ticks(first: axis.first, last: axis.last, granularity: axis.granularity, language: axis.language,
                                        availableLength: axis.length, gap: axis.gap) { text in
                measured += 1
                return F.width(text)
            }
            #expect(!ticks.isEmpty, "\(axis)")
            #expect(measured <= 500, "\(axis): \(measured) labels measured")
            #expect(zip(ticks, ticks.dropFirst()).allSatisfy { $0.ordinal < $1.ordinal }, "\(axis): not ascending")
            #expect(ticks.allSatisfy { (axis.first...axis.last).contains($0.ordinal) }, "\(axis): a tick out of range")
            #expect(ticks.allSatisfy { Self.isPeriodStart($0.ordinal, axis.granularity) }, "\(axis): a tick off a period start")
            #expect(ticks.allSatisfy { $0.label.isEmpty ? !$0.isMajor : true }, "\(axis): a major tick without a label")
            let labelled = ticks.filter { !$0.label.isEmpty }
            #expect(labelled.first?.isMajor == true, "\(axis): the first label does not name its year")
            let years = labelled.flatMap { Self.years(in: $0.label) }
            #expect(Set(years).count == years.count, "\(axis): a year named twice in \(labelled.map(\.label).prefix(20))")
            guard labelled.count >= 2 else { return }
            let pointsPerYear = axis.length / (axis.last - axis.first)
            for (a, b) in zip(labelled, labelled.dropFirst()) {
                let room = (b.ordinal - a.ordinal) * pointsPerYear
                #expect((F.width(a.label) + F.width(b.label)) / 2 + axis.gap <= room + 1e-9, "\(axis): «\(a.label)» touches «\(b.label)»")
            }
        }
    }

    /// Ten thousand months on axes from 120 pt to 10⁶ pt still give ticks (speed is measured
    /// in `make bench`, not here).
    @Test func tenThousandMonthsGiveTicks() {
        for length in [120.0, 600, 2000, 1e6] {
            let ticks = TimeTicks.ticks(first: 1200, last: F.ordinal(2033, month: 4), granularity: .month, language: .zh,
                                        availableLength: length, labelWidth: F.width)
            #expect(!ticks.isEmpty)
        }
    }

    /// Whether `ordinal` is exactly the ordinal of a period of `granularity`.
    static func isPeriodStart(_ ordinal: Double, _ granularity: TimeGranularity) -> Bool {
        let year = Int(floor(ordinal + 1e-9))
        switch granularity {
        case .year: return ordinal == Double(year)
        case .quarter: return (1...4).contains { F.quarter(year, $0) == ordinal }
        case .month: return (1...12).contains { F.ordinal(year, month: $0) == ordinal }
        case .day:
            return (1...12).contains { m in (1...F.daysIn(year, m)).contains { F.ordinal(year, month: m, day: $0) == ordinal } }
        case .time:
            // The nearest minute start, then whether it is exactly that minute of a real day.
            let minutes = Int(((ordinal - Double(year)) * 372 * 1440).rounded())
            let (month, day, minute) = (minutes / (31 * 1440) + 1, minutes / 1440 % 31 + 1, minutes % 1440)
            return month <= 12 && day <= F.daysIn(year, month) && F.ordinal(year, month: month, day: day, minute: minute) == ordinal
        }
    }

    /// The runs of four or more digits in `label`: the years it names.
    static func years(in label: String) -> [Substring] {
        label.split(whereSeparator: { !$0.isASCII || !$0.isNumber }).filter { $0.count >= 4 }
    }
}
