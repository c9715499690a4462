/// The workbook's table of shared strings (the SST record and its CONTINUE records), which
/// LABELSST cells index. Each string may carry formatting runs and phonetic data, skipped here,
/// and may break across records, which the payload reader follows.
enum XLSSharedStrings {
    static func read(_ reader: inout BIFFPayloadReader) throws(XLSDamage) -> [String] {
        _ = try reader.u32()  // how many cells use the table, which nothing here needs
        let claimed = Int(try reader.u32())
        var strings: [String] = []
        // A string takes at least 3 bytes, so the record's size, not its claim, bounds the table.
        strings.reserveCapacity(min(claimed, reader.remaining / 3))
        while strings.count < claimed {
            guard !reader.isAtEnd else { throw .sstShort(claimed: claimed, holds: strings.count) }
            strings.append(try reader.unicodeString(lengthBytes: 2, extras: true))
        }
        return strings
    }
}
