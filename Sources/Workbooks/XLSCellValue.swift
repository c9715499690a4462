import CFreeXL
import YearbookData

extension FreeXL_CellValue {
    /// The cell as a reader of the printed table sees it, so the yearbook reader can treat it
    /// like a TSV field: numbers in their shortest exact decimal form, dates and times as the
    /// ISO text FreeXL makes of them, and text as it is — except that text holding nothing but
    /// white space is a missing cell, exactly like a blank one.
    var displayText: String {
        switch Int32(type) {
        case FREEXL_CELL_INT:
            return String(value.int_value)
        case FREEXL_CELL_DOUBLE:
            return FreeXL_CellValue.numberText(value.double_value)
        case FREEXL_CELL_TEXT, FREEXL_CELL_SST_TEXT, FREEXL_CELL_DATE, FREEXL_CELL_DATETIME, FREEXL_CELL_TIME:
            guard let text = value.text_value.map({ String(cString: $0) }), !Label.isBlank(text) else { return "" }
            return text
        default:
            return ""
        }
    }

    /// Swift's shortest round-trip form, without the `.0` it gives whole numbers: a sheet stores
    /// 102647 as a double as often as an integer, and the table prints it as `102647`.
    static func numberText(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 0x1p53 {
            return String(Int64(number))
        }
        return number.description
    }
}
