import YearbookData

/// What a cell record holds, and the text a reader of the printed table sees in it: a number
/// written in its cell style's number format (-100 in a `0.0` cell is "-100.0", a General
/// 102647 is "102647", a date serial a date), text as it is except that text of nothing but
/// white space is missing like a blank cell, TRUE/FALSE, and Excel's error texts.
enum XLSCellValue: Sendable {
    case number(Double, style: Int)
    case text(String)
    case boolean(Bool)
    case error(UInt8)

    func text(styles: ExcelCellStyles, date1904: Bool) -> String {
        switch self {
        case .number(let value, let style):
            return styles.format(style: style).text(for: value, date1904: date1904)
        case .text(let text):
            return Label.isBlank(text) ? "" : text
        case .boolean(let value):
            return value ? "TRUE" : "FALSE"
        case .error(let code):
            return Self.errorTexts[code] ?? "#N/A"
        }
    }

    /// An RK number ([MS-XLS] 2.5.217): bit 1 says the other 30 bits are a signed integer
    /// rather than the top of a double, bit 0 that the value was multiplied by 100.
    static func rk(_ raw: UInt32) -> Double {
        let value = raw & 0x02 != 0
            ? Double(Int32(bitPattern: raw) >> 2)
            : Double(bitPattern: UInt64(raw & 0xFFFF_FFFC) << 32)
        return raw & 0x01 != 0 ? value / 100 : value
    }

    /// The cached result of a FORMULA record ([MS-XLS] 2.5.133): a double, unless its top two
    /// bytes are 0xFFFF, when the first byte says string, boolean, error or empty string. Nil
    /// for a string, whose text is in the STRING record that follows the formula.
    static func formulaResult(_ bytes: UInt64, style: Int) -> XLSCellValue? {
        guard bytes >> 48 == 0xFFFF else { return .number(Double(bitPattern: bytes), style: style) }
        let detail = UInt8(truncatingIfNeeded: bytes >> 16)
        switch UInt8(truncatingIfNeeded: bytes) {
        case 0: return nil
        case 1: return .boolean(detail != 0)
        case 2: return .error(detail)
        default: return .text("")
        }
    }

    private static let errorTexts: [UInt8: String] = [
        0x00: "#NULL!", 0x07: "#DIV/0!", 0x0F: "#VALUE!", 0x17: "#REF!", 0x1D: "#NAME?", 0x24: "#NUM!", 0x2A: "#N/A",
    ]
}
