/// One record of a BIFF workbook stream: a 2-byte type, a 2-byte length, then the payload.
struct BIFFRecord: Sendable {
    var type: UInt16
    /// Where the record's header starts in the stream, for messages that point at it.
    var offset: Int
    var payload: Range<Int>
}

/// The record types this reader acts on ([MS-XLS] 2.3), named as the specification names them.
enum BIFFRecordType {
    static let bof: UInt16 = 0x0809
    static let eof: UInt16 = 0x000A
    static let `continue`: UInt16 = 0x003C
    static let filePass: UInt16 = 0x002F
    static let writeProtect: UInt16 = 0x0086
    static let codePage: UInt16 = 0x0042
    static let dateMode: UInt16 = 0x0022
    static let boundSheet: UInt16 = 0x0085
    static let sst: UInt16 = 0x00FC
    static let format: UInt16 = 0x041E
    static let xf: UInt16 = 0x00E0
    static let labelSST: UInt16 = 0x00FD
    static let label: UInt16 = 0x0204
    static let richString: UInt16 = 0x00D6
    static let number: UInt16 = 0x0203
    static let rk: UInt16 = 0x027E
    static let mulRK: UInt16 = 0x00BD
    static let formula: UInt16 = 0x0006
    static let string: UInt16 = 0x0207
    static let boolErr: UInt16 = 0x0205
    static let mergedCells: UInt16 = 0x00E5
    /// The beginnings of BIFF2, BIFF3 and BIFF4 files, which this reader recognises only to refuse.
    static let oldBOFs: Set<UInt16> = [0x0009, 0x0209, 0x0409]
}

/// Walks a workbook stream record by record from a position, checking each record's length
/// against the end of the stream before it is trusted.
struct BIFFRecordCursor: Sendable {
    let stream: XLSBytes
    private(set) var position: Int

    init(_ stream: XLSBytes, at position: Int) {
        self.stream = stream
        self.position = position
    }

    /// The next record, or nil at the end of the stream.
    mutating func next() throws(XLSDamage) -> BIFFRecord? {
        guard position < stream.count else { return nil }
        guard let type = stream.u16(position), let length = stream.u16(position + 2) else { throw .recordHeaderCut(offset: position) }
        let start = position + 4
        guard stream.contains(start, Int(length)) else {
            throw .recordPastEnd(type: type, offset: position, length: Int(length), remaining: stream.count - start)
        }
        position = start + Int(length)
        return BIFFRecord(type: type, offset: position - 4 - Int(length), payload: start..<position)
    }

    /// The payloads of the CONTINUE records that follow, which carry on the record just read.
    mutating func continuations() throws(XLSDamage) -> [Range<Int>] {
        var payloads: [Range<Int>] = []
        while stream.u16(position) == BIFFRecordType.continue, let record = try next() {
            payloads.append(record.payload)
        }
        return payloads
    }

    /// The type of the next record without reading it.
    var nextType: UInt16? { stream.u16(position) }
}
