import Foundation
import Testing
@testable import YearbookData

/// A yearbook table's observations are its cells read in place, field by field: each field
/// read alone must be the field of the whole observation, and keeping some must keep exactly
/// those a filter keeps, in every layout that maps cells to observations differently.
@Suite struct ObservationsTests {
    /// Layouts whose cells map to observations in different ways: zones by years with a total
    /// and a missing cell, an indented group, indicator rows, quarterly columns in a table of
    /// months (months between quarters left out), months of a row's year, and dated rows.
    static let layouts: [(name: String, text: String)] = [
        ("zones.tsv", "地区\t2019年\t2020年\n合计\t30\t33\n甲区\t10\t—\n乙区\t20\t21\n"),
        ("groups.tsv", "地区\t2020年\n浙江省\t30\n  杭州市\t10\n  宁波市\t20\n江苏省\t5\n"),
        ("profile.tsv", "地区：浙江\n指标\t2019年\t2020年\n地区生产总值(亿元)\t62352\t64613\n增长(%)\t6.8\t3.6\n"),
        ("eps.xls", """
        指标\tGDP_累计\t工业增加值_当期同比实际增速
        地区\t全国\t全国
        频度\t季\t月
        单位\t亿元\t%
        2010-05\t\t16.5
        2010-06\t186848.7\t13.7
        2010-07\t\t13.4
        """),
        ("cpi.csv", "Series Title:,All items\n\nYear,Jan,Feb,Annual\n2014,233.916,234.781,236.736\n2015,233.707,,237.017\n"),
        ("hourly.csv", "时间,合成序列\n1900-01-01 00:00,99.5\n1900-01-01 01:00,\n1900-01-01 02:00,101\n"),
    ]

    static func datasets() throws -> [Dataset] {
        var all = try layouts.map { try loadTable($0.text, name: $0.name).dataset() }
        all.append(try loadTable("地区\t2019年\t2020年\n甲区\t10\t11\n乙区\t20\t21\n").dataset(year: .year(2020)))
        all.append(try TableFile.load(path: datasetPath("table64.tsv"), registry: shippedRegistry()).dataset(year: .year(2020)))
        all.append(try TableFile.load(path: datasetPath("zhuji-timeline.csv"), registry: shippedRegistry()).dataset())
        return all
    }

    @Test func eachFieldReadAloneIsThatOfTheWholeObservation() throws {
        for dataset in try ObservationsTests.datasets() {
            let all = dataset.observations
            #expect(!all.isEmpty, "\(dataset.file)")
            for i in all.indices {
                let o = all[i]
                #expect(all.zone(at: i) == o.zone && all.indicator(at: i) == o.indicator && all.measure(at: i) == o.measure, "\(dataset.file) \(i)")
                #expect(all.unit(at: i) == o.unit && all.period(at: i) == o.period && all.value(at: i) == o.value, "\(dataset.file) \(i)")
                #expect(all.hasValue(at: i) == (o.value != nil) && all.flag(at: i) == o.flag, "\(dataset.file) \(i)")
                #expect(all.isTotal(at: i) == o.isTotal && all.isSubtotal(at: i) == o.isSubtotal, "\(dataset.file) \(i)")
            }
        }
    }

    /// What export is handed, row after row, is each observation's fields, in order, for a
    /// table's cells (all of them, or some) and for a stored list.
    @Test func exportIsHandedEachObservationInOrder() throws {
        for dataset in try ObservationsTests.datasets() {
            let all = dataset.observations
            for observations in [all, Observations(Array(all)), all.keeping { all.hasValue(at: $0) }] {
                var handed: [Observation] = []
                observations.forEachExported { zone, indicator, measure, unit, period, value in
                    handed.append(Observation(zone: zone, indicator: indicator, measure: measure, unit: unit, period: period, value: value))
                }
                let expected = observations.map {
                    Observation(zone: $0.zone, indicator: $0.indicator, measure: $0.measure, unit: $0.unit, period: $0.period, value: $0.value)
                }
                #expect(handed == expected, "\(dataset.file)")
            }
        }
    }

    @Test func keepingKeepsWhatAFilterKeeps() throws {
        for dataset in try ObservationsTests.datasets() {
            let all = dataset.observations
            let stored = Observations(Array(all))
            let tests: [(Observation) -> Bool] = [{ $0.value != nil }, { !$0.isTotal }, { _ in true }, { _ in false }, { $0.period == all.last?.period }]
            for keep in tests {
                let expected = all.filter(keep)
                let kept = all.keeping { keep(all[$0]) }
                #expect(Array(kept) == expected, "\(dataset.file)")
                #expect(Array(stored.keeping { keep(stored[$0]) }) == expected, "\(dataset.file)")
                // Kept twice: the numbers of a kept table's cells are its own.
                #expect(Array(kept.keeping { kept.hasValue(at: $0) }) == expected.filter { $0.value != nil }, "\(dataset.file)")
            }
            #expect(stored == all)
        }
    }

    /// The quarterly column gives one observation per quarter, not one per month.
    @Test func monthsBetweenQuartersAreNotObservations() throws {
        let eps = try loadTable(ObservationsTests.layouts[3].text, name: "eps.xls").dataset().observations
        #expect(eps.filter { $0.indicator == "GDP / 累计" }.map(\.period) == [.quarter(2010, 2)])
        #expect(eps.count == 4)
    }
}
