/// What the workbook-globals substream (the records from the first BOF to its EOF) says about
/// the whole workbook: its BIFF version, its worksheets and where each starts, the shared
/// strings, the number format of every cell style, the date system and the code page.
struct XLSGlobals: Sendable {
    struct Sheet: Sendable {
        var name: String
        /// Where the sheet's BOF record starts in the workbook stream.
        var offset: Int
    }

    /// BIFF8 (Excel 97–2003) rather than BIFF5/7 (Excel 5 and 95).
    var isBIFF8 = true
    /// Worksheets only, in tab order: charts, macro sheets and VBA modules hold no table.
    var sheets: [Sheet] = []
    var sharedStrings: [String] = []
    var styles = ExcelCellStyles()
    var date1904 = false
    var codePage = XLSCodePage.windowsWestern

    init(_ stream: XLSBytes) throws(XLSDamage) {
        var cursor = BIFFRecordCursor(stream, at: 0)
        guard let bof = try cursor.next() else { throw .noBOF }
        if BIFFRecordType.oldBOFs.contains(bof.type) { throw .oldBIFF }
        guard bof.type == BIFFRecordType.bof, let version = stream.u16(bof.payload.lowerBound) else { throw .noBOF }
        isBIFF8 = version != 0x0500
        var formatIDs: [Int] = []
        var codes: [Int: String] = [:]
        while let record = try cursor.next(), record.type != BIFFRecordType.eof {
            var reader = BIFFPayloadReader(stream, record)
            switch record.type {
            case BIFFRecordType.codePage:
                codePage = XLSCodePage(number: Int(try reader.u16()))
            case BIFFRecordType.dateMode:
                date1904 = try reader.u16() == 1
            case BIFFRecordType.boundSheet:
                let offset = Int(try reader.u32())
                _ = try reader.u8()  // visibility: a hidden sheet is still a sheet
                let kind = try reader.u8()
                let name = try string(&reader, lengthBytes: 1)
                if kind == 0 { sheets.append(Sheet(name: name, offset: offset)) }
            case BIFFRecordType.sst:
                var strings = BIFFPayloadReader(stream, record, continuations: try cursor.continuations())
                sharedStrings = try XLSSharedStrings.read(&strings)
            case BIFFRecordType.format:
                let id = Int(try reader.u16())
                codes[id] = try string(&reader, lengthBytes: isBIFF8 ? 2 : 1)
            case BIFFRecordType.xf:
                _ = try reader.u16()  // font
                formatIDs.append(Int(try reader.u16()))
            default:
                break
            }
        }
        styles = ExcelCellStyles(formatIDs: formatIDs, codes: codes)
    }

    /// A name or format code: Unicode in BIFF8, code-page bytes in BIFF5.
    func string(_ reader: inout BIFFPayloadReader, lengthBytes: Int) throws(XLSDamage) -> String {
        isBIFF8 ? try reader.unicodeString(lengthBytes: lengthBytes) : try reader.byteString(lengthBytes: lengthBytes, codePage: codePage)
    }
}
