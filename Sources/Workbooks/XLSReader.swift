import YearbookData

/// One pass over an .xls held in memory, in visible phases: the compound file, its workbook
/// stream (decrypted when Excel's built-in password opens it), the workbook globals, then each
/// worksheet as a cell grid. A sheet that cannot be read keeps its error, so one damaged sheet
/// does not hide the others.
struct XLSReader {
    var sheetNames: [String] = []
    var sheets: [Result<CellGrid, DataError>] = []

    init(bytes: [UInt8], file: String, limits: InputLimits) throws(DataError) {
        let globals: XLSGlobals
        let stream: XLSBytes
        do throws(XLSDamage) {
            let container = try CFBContainer(bytes)
            // "Workbook" in BIFF8; Excel 5 and 95 (BIFF5/7) called the stream "Book".
            guard let workbook = try container.stream(named: ["Workbook", "Book"]) else { throw XLSDamage.noWorkbookStream }
            stream = XLSBytes(bytes: try XLSEncryption.decrypted(workbook.bytes))
            globals = try XLSGlobals(stream)
        } catch {
            throw DataError.xls(error, file: file)
        }
        for sheet in globals.sheets {
            sheetNames.append(sheet.name)
            sheets.append(Result { () throws(DataError) -> CellGrid in
                do throws(XLSDamage) {
                    return try XLSSheetReader.grid(stream, sheet: sheet, globals: globals, limits: limits)
                } catch {
                    throw DataError.xls(error, file: file, sheet: sheet.name)
                }
            })
        }
    }
}
