/// One printed period label taken apart: the year, what follows it, and how a dotted month
/// was written (`2016.1` against `2016.01`), which only the whole sequence can settle.
struct PeriodText {
    var period: Period
    /// Digits after the dot of a `YYYY.M` label, else nil.
    var dottedMonthDigits: Int?

    /// Words a year may carry after it: 2020年, 2020年度, 2020年末.
    private static let yearSuffixes: Set<String> = ["", "年", "年度", "年末", "年底", "年份", ".0"]
    private static let quarterForms: [String: Int] = [
        "Q1": 1, "Q2": 2, "Q3": 3, "Q4": 4,
        "年一季度": 1, "年二季度": 2, "年三季度": 3, "年四季度": 4,
        "年第一季度": 1, "年第二季度": 2, "年第三季度": 3, "年第四季度": 4,
        "年1季度": 1, "年2季度": 2, "年3季度": 3, "年4季度": 4,
        "年第1季度": 1, "年第2季度": 2, "年第3季度": 3, "年第4季度": 4,
        "-Q1": 1, "-Q2": 2, "-Q3": 3, "-Q4": 4, "年Q1": 1, "年Q2": 2, "年Q3": 3, "年Q4": 4,
    ]

    init?(_ label: String) {
        if let dated = PeriodText.dated(label) {
            period = dated
            return
        }
        if let (date, second) = PeriodText.splitClock(label) {
            guard let day = PeriodText(String(date)), case .day(let y, let m, let d) = day.period else { return nil }
            period = .time(y, m, d, second)
            return
        }
        var s = Substring(Label.key(label))
        // Stray marks around a year: a letter or two before it (Y2024年), a bracketed code
        // after it (1960 [YR1960]), a footnote star.
        if let bracket = s.firstIndex(of: "["), s.hasSuffix("]") { s = s[..<bracket] }
        while s.last == "*" { s.removeLast() }
        let letters = s.prefix { $0.isASCII && $0.isLetter }
        if letters.count <= 2 { s = s.dropFirst(letters.count) }
        let digits = s.prefix { $0.isASCII && $0.isNumber }
        guard digits.count == 4, let y = Int(digits), (1900...2200).contains(y) else { return nil }
        let rest = String(s.dropFirst(4))
        if PeriodText.yearSuffixes.contains(rest) {
            period = .year(y)
        } else if let q = PeriodText.quarterForms[rest.uppercased()] ?? PeriodText.quarterForms[rest] {
            period = .quarter(y, q)
        } else if let (parsed, dotted) = PeriodText.monthOrDay(y, rest) {
            period = parsed
            dottedMonthDigits = dotted
        } else {
            return nil
        }
    }

    /// `-02`, `.02`, `/2`, `年2月`, then optionally a day: `-02-29`, `年2月29日`.
    private static func monthOrDay(_ y: Int, _ rest: String) -> (Period, Int?)? {
        var r = Substring(rest)
        let separator: Character
        if let first = r.first, first == "-" || first == "." || first == "/" {
            separator = first
            r = r.dropFirst()
        } else if r.hasPrefix("年") {
            separator = "年"
            r = r.dropFirst()
        } else {
            return nil
        }
        let monthDigits = r.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(monthDigits.count), let m = Int(monthDigits), (1...12).contains(m) else { return nil }
        r = r.dropFirst(monthDigits.count)
        if separator == "年" {
            guard r.first == "月" else { return nil }
            r = r.dropFirst()
        }
        if r.isEmpty { return (.month(y, m), separator == "." ? monthDigits.count : nil) }
        guard separator == "年" || r.first == separator else { return nil }
        if separator != "年" { r = r.dropFirst() }
        let dayDigits = r.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(dayDigits.count), let d = Int(dayDigits), (1...PeriodText.days(y, m)).contains(d) else { return nil }
        r = r.dropFirst(dayDigits.count)
        if separator == "年" { guard r == "日" || r == "号" else { return nil } } else { guard r.isEmpty else { return nil } }
        return (.day(y, m, d), nil)
    }

    static func days(_ y: Int, _ m: Int) -> Int {
        switch m {
        case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
