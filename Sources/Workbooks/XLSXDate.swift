/// Excel's serial dates as `yyyy-mm-dd`. Serials count days from 1900-01-00 (or from 1904-01-01
/// in a `date1904` workbook), and the 1900 system keeps Lotus 1-2-3's fictitious 1900-02-29 as
/// serial 60, so later serials are one day ahead of a plain count.
enum XLSXDate {
    /// The date of the day the serial falls on (the time of day is dropped), or nil outside the
    /// years 1900 to 9999, where Excel shows no date either.
    static func text(serial: Double, date1904: Bool) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        let day = Int((serial + 0.5 / 86_400).rounded(.down))
        if date1904 { return civil(daysSince1970: day - 24_107) }
        switch day {
        case 0: return "1900-01-00"
        case 60: return "1900-02-29"
        case ..<60: return civil(daysSince1970: day - 25_568)
        default: return civil(daysSince1970: day - 25_569)
        }
    }

    /// The proleptic Gregorian date of a day count from 1970-01-01 (Howard Hinnant's algorithm),
    /// so no calendar or time zone can shift it.
    private static func civil(daysSince1970 days: Int) -> String? {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        guard year <= 9999 else { return nil }
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    private static func pad(_ number: Int, _ width: Int) -> String {
        let text = String(number)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
