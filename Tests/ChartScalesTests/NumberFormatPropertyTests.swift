import Foundation
import PropertyBased
import Testing
import ChartScales

/// Labels over random magnitudes from 1e-3 to 1e14, both signs: at most 4 significant digits
/// unless integer digits need more, the same decimals along an axis, and the label within half
/// a unit of its last place of the value.
@Suite struct NumberFormatPropertyTests {
    static let values = zip(Gen.bool, Gen<Double>.value(in: 1..<10), Gen.int(in: -3...14))
        .map { negative, mantissa, exponent in (negative ? -1 : 1) * mantissa * pow(10, Double(exponent)) }

    @Test func valueLabelsKeepFourSignificantDigitsAndThePrintedPlacesTheyCan() async {
        await propertyCheck(count: 3000, input: Self.values, Gen.int(in: 0...6)) { v, printed in
            let text = NumberFormat.label(v, printedDecimals: printed)
            let places = Self.places(text)
            Self.expectReadable(text, v)
            #expect(places <= printed, "\(v) → \(text)")
            if places < printed {
                let longer = NumberFormat.grouped(v, decimals: places + 1)
                #expect(Self.significantDigits(longer) > 4, "\(v) → \(text), though \(longer) has 4 digits")
            }
        }
    }

    @Test func anAxisHasOneCountOfDecimals() async {
        await propertyCheck(count: 1000, input: Self.values, Gen<Double>.value(in: 0...1).array(of: 1...20), Gen.bool) { largest, fractions, mixedSigns in
            let values = [largest] + fractions.enumerated().map { i, f in (mixedSigns && i % 2 == 0 ? -1 : 1) * f * largest }
            let decimals = NumberFormat.axisDecimals(values: values)
            let labels = values.map { NumberFormat.grouped($0, decimals: decimals) }
            #expect(Set(labels.map(Self.places)).count == 1, "\(labels)")
            for (v, text) in zip(values, labels) { Self.expectReadable(text, v) }
        }
    }

    @Test func aStandaloneNumberHasAtMostFourSignificantDigits() async {
        await propertyCheck(count: 3000, input: Self.values) { v in
            let text = NumberFormat.significant(v)
            Self.expectReadable(text, v)
        }
    }

    /// Not more than 4 significant digits unless the label is an integer; within half a unit of
    /// its last place of `v`.
    static func expectReadable(_ text: String, _ v: Double, sourceLocation: SourceLocation = #_sourceLocation) {
        let places = Self.places(text)
        #expect(places == 0 || significantDigits(text) <= 4, "\(v) → \(text)", sourceLocation: sourceLocation)
        let parsed = Double(text.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "−", with: "-")) ?? .nan
        let halfUnit = 0.5 * pow(10, -Double(places))
        #expect(abs(parsed - v) <= halfUnit * (1 + 1e-9) + abs(v) * 1e-15, "\(v) → \(text)", sourceLocation: sourceLocation)
    }

    static func places(_ text: String) -> Int {
        text.split(separator: ".").dropFirst().first?.count ?? 0
    }

    static func significantDigits(_ text: String) -> Int {
        text.filter(\.isNumber).drop { $0 == "0" }.count
    }
}
