import Foundation
@testable import Workbooks

/// Assembles small .xls files in memory: BIFF8 records (or BIFF5 ones) in a workbook stream,
/// inside an OLE2 compound file with a FAT, a directory and — for a stream under 4096 bytes,
/// as real small files have — a mini FAT and mini stream. Each test builds the records it
/// reads, and hostile-input tests patch the bytes through `CompoundFile`.
struct XLSBuilder {
    struct Record {
        var type: UInt16
        var payload: [UInt8]
        /// Written in the header instead of the payload's length, to make a record that lies.
        var declaredLength: Int?

        init(_ type: UInt16, _ payload: [UInt8], declaredLength: Int? = nil) {
            (self.type, self.payload, self.declaredLength) = (type, payload, declaredLength)
        }

        var bytes: [UInt8] {
            le16(type) + le16(UInt16(declaredLength ?? payload.count)) + payload
        }
    }

    /// Each worksheet's name and its records between BOF and EOF.
    var sheets: [(name: String, records: [Record])] = []
    /// Written as one SST record; tests of CONTINUE put their own SST in `globals`.
    var sharedStrings: [String] = []
    /// Format codes by id (164 and up, as Excel numbers its own).
    var formats: [Int: String] = [:]
    /// The format id of each XF record; a cell's XF index picks one. XF 0 is General when empty.
    var styles: [Int] = []
    var date1904 = false
    var codePage: UInt16?
    /// BIFF5 (Excel 5/95): byte strings in the code page, a stream named "Book", no SST.
    var biff5 = false
    /// Records written right after the globals' BOF (FILEPASS, WRITEPROTECT) …
    var afterBOF: [Record] = []
    /// … and before the globals' EOF (a hand-made SST).
    var globals: [Record] = []

    // MARK: Records

    static func number(_ row: Int, _ column: Int, _ value: Double, style: Int = 0) -> Record {
        Record(0x0203, cell(row, column, style) + le64(value.bitPattern))
    }

    static func rk(_ row: Int, _ column: Int, _ raw: UInt32, style: Int = 0) -> Record {
        Record(0x027E, cell(row, column, style) + le32(raw))
    }

    static func mulRK(_ row: Int, _ column: Int, _ values: [(style: Int, raw: UInt32)]) -> Record {
        Record(0x00BD, le16(row) + le16(column) + values.flatMap { le16($0.style) + le32($0.raw) } + le16(column + values.count - 1))
    }

    static func labelSST(_ row: Int, _ column: Int, _ index: Int) -> Record {
        Record(0x00FD, cell(row, column, 0) + le32(UInt32(index)))
    }

    static func label(_ row: Int, _ column: Int, _ text: String, biff5: Bool = false) -> Record {
        Record(0x0204, cell(row, column, 0) + (biff5 ? le16(text.utf8.count) + Array(text.utf8) : unicodeString(text)))
    }

    /// A BIFF5 LABEL whose text is already in the workbook's code page.
    static func label(_ row: Int, _ column: Int, bytes: [UInt8]) -> Record {
        Record(0x0204, cell(row, column, 0) + le16(bytes.count) + bytes)
    }

    static func formula(_ row: Int, _ column: Int, result: UInt64, style: Int = 0) -> Record {
        // The result, flags, a chain cookie, then the parsed formula (`=1`, tInt) it was cached from.
        Record(0x0006, cell(row, column, style) + le64(result) + le16(0) + le32(0) + le16(3) + [0x1E] + le16(1))
    }

    /// A FORMULA's cached result of a kind other than a number: 0 string, 1 boolean, 2 error, 3 empty.
    static func formulaResult(kind: UInt8, detail: UInt8 = 0) -> UInt64 {
        UInt64(kind) | UInt64(detail) << 16 | 0xFFFF << 48
    }

    static func string(_ text: String) -> Record {
        Record(0x0207, unicodeString(text))
    }

    static func boolErr(_ row: Int, _ column: Int, _ value: UInt8, isError: Bool) -> Record {
        Record(0x0205, cell(row, column, 0) + [value, isError ? 1 : 0])
    }

    static func blank(_ row: Int, _ column: Int) -> Record {
        Record(0x0201, cell(row, column, 0))
    }

    static func mulBlank(_ row: Int, _ columns: ClosedRange<Int>) -> Record {
        Record(0x00BE, le16(row) + le16(columns.lowerBound) + columns.flatMap { _ in le16(0) } + le16(columns.upperBound))
    }

    /// Merged ranges as (first row, last row, first column, last column), 0-based.
    static func mergedCells(_ ranges: [(Int, Int, Int, Int)]) -> Record {
        Record(0x00E5, le16(ranges.count) + ranges.flatMap { le16($0.0) + le16($0.1) + le16($0.2) + le16($0.3) })
    }

    static func dimension(rows: Int, columns: Int) -> Record {
        Record(0x0200, le32(0) + le32(UInt32(rows)) + le16(0) + le16(columns) + le16(0))
    }

    /// An SST payload: counts, then each string compressed when it is Latin-1, UTF-16 otherwise.
    static func sstPayload(_ strings: [String], claimed: Int? = nil) -> [UInt8] {
        le32(UInt32(strings.count)) + le32(UInt32(claimed ?? strings.count)) + strings.flatMap { unicodeString($0) }
    }

    /// XLUnicodeString: 16-bit count, flags, characters (1 byte each when all are Latin-1).
    static func unicodeString(_ text: String, lengthBytes: Int = 2) -> [UInt8] {
        let units = Array(text.utf16)
        let compressed = units.allSatisfy { $0 < 0x100 }
        let count = lengthBytes == 1 ? [UInt8(units.count)] : le16(units.count)
        return count + [compressed ? 0 : 1] + units.flatMap { compressed ? [UInt8($0)] : le16(Int($0)) }
    }

    // MARK: The workbook stream and the file

    func workbookStream() -> [UInt8] {
        let version = biff5 ? 0x0500 : 0x0600
        func bof(_ kind: Int) -> Record {
            Record(0x0809, le16(version) + le16(kind) + (biff5 ? le16(0) + le16(0) : le16(0) + le16(0) + le32(0) + le32(0)))
        }
        let eof = Record(0x000A, [])
        var head = [bof(0x0005)] + afterBOF
        if let codePage { head.append(Record(0x0042, le16(Int(codePage)))) }
        head.append(Record(0x0022, le16(date1904 ? 1 : 0)))
        for (id, code) in formats.sorted(by: { $0.key < $1.key }) {
            head.append(Record(0x041E, le16(id) + (biff5 ? [UInt8(code.utf8.count)] + Array(code.utf8) : Self.unicodeString(code))))
        }
        for format in styles.isEmpty ? [0] : styles {
            head.append(Record(0x00E0, le16(0) + le16(format) + [UInt8](repeating: 0, count: biff5 ? 12 : 16)))
        }
        var tail: [Record] = []
        if !sharedStrings.isEmpty { tail.append(Record(0x00FC, Self.sstPayload(sharedStrings))) }
        tail += globals + [eof]
        func boundSheets(_ offsets: [Int]) -> [Record] {
            zip(sheets, offsets).map { sheet, offset in
                let name = biff5 ? [UInt8(sheet.name.utf8.count)] + Array(sheet.name.utf8) : Self.unicodeString(sheet.name, lengthBytes: 1)
                return Record(0x0085, le32(UInt32(offset)) + [0, 0] + name)
            }
        }
        let globalsLength = (head + boundSheets(sheets.map { _ in 0 }) + tail).reduce(0) { $0 + $1.bytes.count }
        var offsets: [Int] = []
        var sheetBytes: [UInt8] = []
        for sheet in sheets {
            offsets.append(globalsLength + sheetBytes.count)
            sheetBytes += ([bof(0x0010)] + sheet.records + [eof]).flatMap(\.bytes)
        }
        return (head + boundSheets(offsets) + tail).flatMap(\.bytes) + sheetBytes
    }

    func compoundFile(mini: Bool = true) -> CompoundFile {
        CompoundFile(stream: workbookStream(), name: biff5 ? "Book" : "Workbook", mini: mini)
    }

    func data(mini: Bool = true) -> Data {
        Data(compoundFile(mini: mini).bytes)
    }

    /// The workbook read back, named `book.xls` in its errors.
    func workbook(mini: Bool = true, limits: InputLimits = .standard) throws -> XLSWorkbook {
        try XLSWorkbook(data: data(mini: mini), file: "book.xls", limits: limits)
    }

    /// The cells of a workbook with one sheet holding `records`.
    static func cells(_ records: [Record], strings: [String] = [], formats: [Int: String] = [:], styles: [Int] = []) throws -> [[String]] {
        try XLSBuilder(sheets: [("Sheet1", records)], sharedStrings: strings, formats: formats, styles: styles)
            .workbook().grid(sheet: 0).rows.map(\.cells)
    }

    private static func cell(_ row: Int, _ column: Int, _ style: Int) -> [UInt8] {
        le16(row) + le16(column) + le16(style)
    }
}

/// An OLE2 compound file of 512-byte sectors holding one stream, laid out as
/// header | FAT | directory | mini FAT | mini stream or stream, with the positions kept so a
/// test can damage exactly one thing.
struct CompoundFile {
    static let endOfChain: UInt32 = 0xFFFF_FFFE
    var bytes: [UInt8]
    private(set) var fatSector = 0
    private(set) var directorySector = 1
    /// The sectors of the stream, or of the mini stream when the stream lives there.
    private(set) var dataSectors: [Int] = []
    /// The mini sectors of the stream, when it lives in the mini stream.
    private(set) var miniSectors: [Int] = []
    private(set) var miniFATSector: Int?

    init(stream: [UInt8], name: String, mini: Bool) {
        let useMini = mini && stream.count < 4096
        let miniStream = useMini ? padded(stream, to: 64) : []
        let data = padded(useMini ? miniStream : stream, to: 512)
        miniFATSector = useMini ? 2 : nil
        let first = useMini ? 3 : 2
        dataSectors = Array(first..<(first + data.count / 512))
        miniSectors = useMini ? Array(0..<(miniStream.count / 64)) : []
        precondition(first + dataSectors.count <= 128, "one FAT sector is enough for a test file")

        var fat = [UInt32](repeating: 0xFFFF_FFFF, count: 128)
        fat[0] = 0xFFFF_FFFD
        fat[1] = Self.endOfChain
        if let miniFATSector { fat[miniFATSector] = Self.endOfChain }
        for (index, sector) in dataSectors.enumerated() {
            fat[sector] = index + 1 < dataSectors.count ? UInt32(dataSectors[index + 1]) : Self.endOfChain
        }
        var header = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 16)
        header += le16(0x3E) + le16(3) + le16(0xFFFE) + le16(9) + le16(6) + [UInt8](repeating: 0, count: 6)
        header += le32(0) + le32(1) + le32(1) + le32(0) + le32(4096)
        header += le32(miniFATSector.map(UInt32.init) ?? Self.endOfChain) + le32(useMini ? 1 : 0)
        header += le32(Self.endOfChain) + le32(0) + le32(0)
        header += (1..<109).flatMap { _ in le32(0xFFFF_FFFF) }

        let directory = Self.entry("Root Entry", type: 5, start: useMini ? UInt32(dataSectors.first!) : Self.endOfChain,
                              size: useMini ? miniStream.count : 0, child: 1)
            + Self.entry(name, type: 2, start: useMini ? 0 : UInt32(dataSectors.first!), size: stream.count, child: nil)
            + [UInt8](repeating: 0, count: 256)
        var miniFAT: [UInt8] = []
        if useMini {
            var table = [UInt32](repeating: 0xFFFF_FFFF, count: 128)
            for sector in miniSectors { table[sector] = sector + 1 < miniSectors.count ? UInt32(sector + 1) : Self.endOfChain }
            miniFAT = table.flatMap(le32)
        }
        bytes = header + fat.flatMap(le32) + directory + miniFAT + data
    }

    static func sectorOffset(_ sector: Int) -> Int { (sector + 1) * 512 }

    mutating func setU32(_ value: UInt32, at offset: Int) {
        bytes.replaceSubrange(offset..<(offset + 4), with: le32(value))
    }

    mutating func setFAT(_ index: Int, _ value: UInt32) {
        setU32(value, at: Self.sectorOffset(fatSector) + 4 * index)
    }

    mutating func setMiniFAT(_ index: Int, _ value: UInt32) {
        setU32(value, at: Self.sectorOffset(miniFATSector!) + 4 * index)
    }

    /// The size field of the stream's directory entry (the second).
    var streamSizeOffset: Int { Self.sectorOffset(directorySector) + 128 + 0x78 }

    private static func entry(_ name: String, type: UInt8, start: UInt32, size: Int, child: UInt32?) -> [UInt8] {
        let units = Array(name.utf16) + [0]
        var bytes = units.flatMap { le16(Int($0)) } + [UInt8](repeating: 0, count: 64 - 2 * units.count)
        bytes += le16(2 * units.count) + [type, 1] + le32(0xFFFF_FFFF) + le32(0xFFFF_FFFF) + le32(child ?? 0xFFFF_FFFF)
        bytes += [UInt8](repeating: 0, count: 36) + le32(start) + le32(UInt32(size)) + le32(0)
        return bytes
    }
}

private func padded(_ bytes: [UInt8], to size: Int) -> [UInt8] {
    bytes + [UInt8](repeating: 0, count: (size - bytes.count % size) % size)
}

func le16(_ value: Int) -> [UInt8] { [UInt8(truncatingIfNeeded: value), UInt8(truncatingIfNeeded: value >> 8)] }
func le16(_ value: UInt16) -> [UInt8] { le16(Int(value)) }
func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
func le64(_ value: UInt64) -> [UInt8] { (0..<8).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
