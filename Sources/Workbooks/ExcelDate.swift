import YearbookData

/// Excel's serial dates as `yyyy-mm-dd` (or `yyyy-mm` where the format shows no day, as
/// `yyyy"年"m"月"` does: a monthly table's periods are months). Serials count days from 1900-01-00 (or from 1904-01-01
/// in a `date1904` workbook), and the 1900 system keeps Lotus 1-2-3's fictitious 1900-02-29 as
/// serial 60, so later serials are one day ahead of a plain count.
enum ExcelDate {
    /// The date of the day the serial falls on (the time of day is dropped), or nil outside the
    /// years 1900 to 9999, where Excel shows no date either.
    static func text(serial: Double, date1904: Bool, monthOnly: Bool = false) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        let day = Int((serial + 0.5 / 86_400).rounded(.down))
        if date1904 { return civil(daysSince1970: day - 24_107, monthOnly: monthOnly) }
        switch day {
        case 0: return monthOnly ? "1900-01" : "1900-01-00"
        case 60: return monthOnly ? "1900-02" : "1900-02-29"
        case ..<60: return civil(daysSince1970: day - 25_568, monthOnly: monthOnly)
        default: return civil(daysSince1970: day - 25_569, monthOnly: monthOnly)
        }
    }

    private static func civil(daysSince1970 days: Int, monthOnly: Bool) -> String? {
        let (year, month, day) = Period.civil(daysSince1970: days)
        guard year <= 9999 else { return nil }
        return pad(year, 4) + "-" + pad(month, 2) + (monthOnly ? "" : "-" + pad(day, 2))
    }

    private static func pad(_ number: Int, _ width: Int) -> String {
        let text = String(number)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
