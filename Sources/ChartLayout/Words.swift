import ChartScales
import Foundation
import YearbookData

/// The words a chart makes up from its data: titles that name the rows' kind (各开发区 only for
/// development zones, 各省（区、市）, 各城市, by province, by country …), periods written as
/// people write them (2020年四季度, 2016年1月—2017年12月), and the source line from the table's
/// own provenance, never a file name.
struct Words {
    var context: ChartContext

    private var zh: Bool { context.language == .zh }

    /// What a chart of one place shows, named with the place: Chinese writes them together
    /// (全国合成序列), English with a space between ("United States indicators").
    func placed(_ what: String, in place: String) -> String {
        place.isEmpty || zh ? place + what : place + " " + what
    }

    /// 各开发区 / 各省（区、市）/ 各城市 / 各地区, or "by zone", "by province" …, from the
    /// kind most of the chart's rows name; empty when the rows are one region's indicators.
    var regionWord: String {
        let zones = context.selection.zones
        guard zones.count > 1 else { return "" }
        var counts: [RegionKind: Int] = [:]
        for zone in zones { if let kind = RegionKind.of(zone) { counts[kind, default: 0] += 1 } }
        let registered = zones.filter { context.selection.registry.resolve($0) != nil }.count
        let kind: RegionKind? = registered * 2 > zones.count ? .zone : counts.max { $0.value < $1.value }.flatMap { $0.value * 2 > zones.count ? $0.key : nil }
        switch (kind, zh) {
        case (.zone?, true): return "各开发区"
        case (.province?, true): return "各省（区、市）"
        case (.city?, true): return "各城市"
        case (.county?, true): return "各县（市、区）"
        case (_, true): return "各地区"
        case (.zone?, false): return "by zone"
        case (.province?, false): return "by province"
        case (.city?, false): return "by city"
        case (.county?, false): return "by county"
        case (.country?, false): return "by country"
        case (_, false): return "by region"
        }
    }

    /// What the rows are, for sentences: 开发区, 省（区、市）, 城市, 地区; zones, provinces …
    var regionNoun: String {
        let word = regionWord
        if zh { return word.hasPrefix("各") ? String(word.dropFirst()) : "地区" }
        return word.hasPrefix("by ") ? String(word.dropFirst(3)) + "s" : "regions"
    }

    /// What several indicators have in common, for a title: the levels of their names they
    /// share (规模以上工业增加值 / 私营企业 / … → 规模以上工业增加值), else 主要指标 ("indicators").
    static func common(_ indicators: [String], zh: Bool) -> String {
        let paths = indicators.map { $0.components(separatedBy: " / ") }
        var shared: [String] = []
        for (k, part) in (paths.first ?? []).enumerated() where paths.allSatisfy({ $0.count > k + 1 && $0[k] == part }) {
            if shared.count == k { shared.append(part) }
        }
        if !shared.isEmpty { return shared.joined(separator: " / ") }
        return zh ? "主要指标" : "indicators"
    }

    /// A one-period title: 2020年各开发区规上工业总产值, 2020年4月全国各行业… ; "Exports by zone, 2020".
    func title(what: String, period: Period) -> String {
        let when = name(period)
        let region = regionWord
        if zh { return when + region + what }
        let head = what.prefix(1).uppercased() + what.dropFirst()
        return [head, region].filter { !$0.isEmpty }.joined(separator: " ") + (when.isEmpty ? "" : ", " + when)
    }

    /// A title over a span of periods: 诸暨经济开发区工业总产值（1999—2021年）, "GDP, 2015Q4–2020Q1".
    func title(what: String, from first: Period, to last: Period) -> String {
        let span = self.span(first, last)
        if span.isEmpty { return what }
        return zh ? "\(what)（\(span)）" : "\(what), \(span)"
    }

    /// One period as people write it: 2020年, 2020年二季度, 2020年2月; "2020", "Q2 2020".
    func name(_ period: Period) -> String {
        guard period != .unspecified else { return "" }
        return TimeTicks.name(period.ordinal, granularity: period.granularity, language: zh ? .zh : .en)
    }

    /// Two periods as a range: 1999—2021年, 2015年四季度—2020年一季度, 2016年1月—2017年12月.
    func span(_ first: Period, _ last: Period) -> String {
        guard first != .unspecified else { return "" }
        if first == last { return name(first) }
        return TimeTicks.span(first: first.ordinal, last: last.ordinal, granularity: first.granularity, language: zh ? .zh : .en)
    }

    /// 资料来源：… from the table's provenance lines ((市商务局 提供) → 市商务局); none when the
    /// table names no source (a file name is not one).
    var source: String {
        if let source = context.description.source { return source }
        let prefix = zh ? "资料来源：" : "Source: "
        let parts = context.sources.map(Words.provenance).filter { !$0.isEmpty }
        return parts.isEmpty ? "" : prefix + parts.joined(separator: " · ")
    }

    /// What a provenance line names, without its lead-in: 数据来源：国家统计局 → 国家统计局,
    /// (市商务局 提供) → 市商务局, Data from database: WDI → WDI.
    static func provenance(_ line: String) -> String {
        var s = YearbookData.Label.trimmed(line)
        let leads = ["资料来源", "数据来源", "来源", "摘编自", "摘自", "引自", "Data from database", "Data Source", "Source"]
        for lead in leads where s.lowercased().hasPrefix(lead.lowercased()) {
            s = String(s.dropFirst(lead.count)).trimmingCharacters(in: CharacterSet(charactersIn: " :：,"))
            break
        }
        if (s.hasPrefix("(") || s.hasPrefix("（")) && (s.hasSuffix(")") || s.hasSuffix("）")) {
            s = String(s.dropFirst().dropLast()).replacingOccurrences(of: "提供", with: "").trimmingCharacters(in: .whitespaces)
        }
        return s
    }
}

extension Period {
    /// The time axis a period belongs on.
    var granularity: TimeGranularity {
        switch self {
        case .year, .unspecified: return .year
        case .quarter: return .quarter
        case .month: return .month
        case .day: return .day
        case .time: return .time
        }
    }
}
