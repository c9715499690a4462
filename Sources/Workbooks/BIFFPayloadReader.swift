/// Reads one record's payload front to back, carrying on into the CONTINUE records that
/// extend it, with every read checked against the end so a record that lies about its contents
/// is an error naming it, never a trap.
///
/// Text is where CONTINUE matters: a string may break across records anywhere in its
/// characters, and the continuing record then starts with a fresh flag byte saying whether
/// the rest is one byte (compressed) or two bytes (UTF-16) per character.
struct BIFFPayloadReader {
    private let stream: XLSBytes
    private let record: BIFFRecord
    private let segments: [Range<Int>]
    /// Bytes in the segments after each one, so `remaining` costs no walk.
    private let bytesAfter: [Int]
    private var segment = 0
    private(set) var position: Int

    init(_ stream: XLSBytes, _ record: BIFFRecord, continuations: [Range<Int>] = []) {
        self.stream = stream
        self.record = record
        segments = [record.payload] + continuations
        var after = 0
        bytesAfter = segments.reversed().map { segment in
            defer { after += segment.count }
            return after
        }.reversed()
        position = record.payload.lowerBound
    }

    /// Bytes left in this record and its continuations.
    var remaining: Int {
        segments[segment].upperBound - position + bytesAfter[segment]
    }

    var isAtEnd: Bool { remaining == 0 }

    mutating func u8() throws(XLSDamage) -> UInt8 {
        try enterNextSegmentIfNeeded()
        guard position < segments[segment].upperBound, let byte = stream.u8(position) else { throw tooShort }
        position += 1
        return byte
    }

    mutating func u16() throws(XLSDamage) -> UInt16 {
        try enterNextSegmentIfNeeded()
        if segments[segment].upperBound - position >= 2, let value = stream.u16(position) {
            position += 2
            return value
        }
        return UInt16(try u8()) | UInt16(try u8()) << 8
    }

    mutating func u32() throws(XLSDamage) -> UInt32 {
        try enterNextSegmentIfNeeded()
        if segments[segment].upperBound - position >= 4, let value = stream.u32(position) {
            position += 4
            return value
        }
        return UInt32(try u16()) | UInt32(try u16()) << 16
    }

    mutating func f64() throws(XLSDamage) -> Double {
        Double(bitPattern: UInt64(try u32()) | UInt64(try u32()) << 32)
    }

    mutating func skip(_ count: Int) throws(XLSDamage) {
        guard count <= remaining else { throw tooShort }
        var left = count
        while left > 0 {
            try enterNextSegmentIfNeeded()
            let step = min(left, segments[segment].upperBound - position)
            position += step
            left -= step
        }
    }

    /// A BIFF8 string: its character count in `lengthBytes` bytes, a flag byte, then the
    /// characters. With `extras` (the SST's rich strings) the flags may announce formatting
    /// runs and phonetic data after the characters, which are skipped.
    mutating func unicodeString(lengthBytes: Int, extras: Bool = false) throws(XLSDamage) -> String {
        let count = lengthBytes == 1 ? Int(try u8()) : Int(try u16())
        let flags = try u8()
        let runs = extras && flags & 0x08 != 0 ? Int(try u16()) : 0
        let phonetic = extras && flags & 0x04 != 0 ? Int(try u32()) : 0
        let text = try characters(count, twoBytes: flags & 0x01 != 0)
        try skip(4 * runs)
        try skip(phonetic)
        return text
    }

    /// A BIFF5 string: its byte count in `lengthBytes` bytes, then bytes in the workbook's code page.
    mutating func byteString(lengthBytes: Int, codePage: XLSCodePage) throws(XLSDamage) -> String {
        let count = lengthBytes == 1 ? Int(try u8()) : Int(try u16())
        guard count <= remaining else { throw tooShort }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        while bytes.count < count {
            try enterNextSegmentIfNeeded()
            let step = min(count - bytes.count, segments[segment].upperBound - position)
            bytes += stream.bytes[position..<(position + step)]
            position += step
        }
        return try codePage.decode(bytes)
    }

    /// `count` characters, one or two bytes each, re-reading the width from the flag byte at
    /// the start of each CONTINUE record the characters run into.
    private mutating func characters(_ count: Int, twoBytes: Bool) throws(XLSDamage) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(min(count, remaining))
        var wide = twoBytes
        while units.count < count {
            if position == segments[segment].upperBound {
                guard segment + 1 < segments.count else { throw .stringPastEnd(type: record.type, offset: record.offset) }
                segment += 1
                position = segments[segment].lowerBound
                wide = try u8() & 0x01 != 0
            }
            let width = wide ? 2 : 1
            let step = min(count - units.count, (segments[segment].upperBound - position) / width)
            guard step > 0 else { throw .stringPastEnd(type: record.type, offset: record.offset) }
            stream.bytes.withUnsafeBytes { raw in
                for index in 0..<step {
                    let at = position + index * width
                    units.append(wide ? UInt16(raw[at]) | UInt16(raw[at + 1]) << 8 : UInt16(raw[at]))
                }
            }
            position += step * width
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Moves into the next CONTINUE record when this one is used up (plain data runs on
    /// without a flag byte).
    private mutating func enterNextSegmentIfNeeded() throws(XLSDamage) {
        while position == segments[segment].upperBound, segment + 1 < segments.count {
            segment += 1
            position = segments[segment].lowerBound
        }
    }

    private var tooShort: XLSDamage { .recordTooShort(type: record.type, offset: record.offset) }
}
