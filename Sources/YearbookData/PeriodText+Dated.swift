/// Dates and times of day read straight from their bytes: dated series (daily, hourly, by the
/// minute) run to a million rows, nearly all in one ISO-like form, so that form skips the label
/// normalising every other period label goes through.
extension PeriodText {
    /// `2020-01-31`, `2020/1/31` or `2020.1.31`, optionally followed after spaces or a `T` by a
    /// time of day (`13:00`, `9:05`, `13:00:00`), spaces around allowed; nil for anything else,
    /// which the general reader then tries.
    static func dated(_ label: String) -> Period? {
        label.utf8.withContiguousStorageIfAvailable { bytes -> Period? in
            var reader = ByteReader(bytes: bytes)
            reader.skipSpaces()
            guard let y = reader.number(digits: 4...4), (1900...2200).contains(y),
                  let separator = reader.next(), separator == UInt8(ascii: "-") || separator == UInt8(ascii: "/") || separator == UInt8(ascii: "."),
                  let m = reader.number(digits: 1...2), (1...12).contains(m), reader.next() == separator,
                  let d = reader.number(digits: 1...2), (1...days(y, m)).contains(d) else { return nil }
            let spaces = reader.skipSpaces()
            if reader.atEnd { return .day(y, m, d) }
            guard spaces > 0 || reader.next() == UInt8(ascii: "T"), let second = reader.clock() else { return nil }
            reader.skipSpaces()
            return reader.atEnd ? .time(y, m, d, second) : nil
        } ?? nil
    }

    /// A label ending in a time of day, split into the date before it and the second of the
    /// day: `2020年1月31日 13:00` → (`2020年1月31日`, 46,800). The time must follow spaces, a `T`,
    /// or the 日 of a Chinese date; nil when the label has no such ending.
    static func splitClock(_ label: String) -> (date: Substring, second: Int)? {
        guard let colon = label.firstIndex(of: ":") else { return nil }
        var start = colon
        while start > label.startIndex, label[label.index(before: start)].isASCII, label[label.index(before: start)].isNumber {
            start = label.index(before: start)
        }
        var clock = String(label[start...])
        guard let second = clock.withUTF8({ bytes -> Int? in
            var reader = ByteReader(bytes: bytes)
            let second = reader.clock()
            reader.skipSpaces()
            return reader.atEnd ? second : nil
        }) else { return nil }
        var date = label[..<start]
        switch date.last {
        case " ": while date.last == " " { date.removeLast() }
        case "T": date.removeLast()
        case "日", "号": break
        default: return nil
        }
        return (date, second)
    }
}

/// A cursor over the ASCII bytes of a period label.
private struct ByteReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    var atEnd: Bool { index == bytes.count }

    mutating func next() -> UInt8? {
        guard index < bytes.count else { return nil }
        defer { index += 1 }
        return bytes[index]
    }

    /// Skips ASCII spaces, returning how many.
    @discardableResult
    mutating func skipSpaces() -> Int {
        let start = index
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
        return index - start
    }

    /// A run of decimal digits whose length is in `digits`, or nil (nothing consumed).
    mutating func number(digits: ClosedRange<Int>) -> Int? {
        var end = index, value = 0
        while end < bytes.count, end - index < digits.upperBound, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end]) {
            value = value * 10 + Int(bytes[end] - UInt8(ascii: "0"))
            end += 1
        }
        let more = end < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end])
        guard digits.contains(end - index), !more else { return nil }
        index = end
        return value
    }

    /// `H:MM`, `HH:MM` or `HH:MM:SS` as the second of the day.
    mutating func clock() -> Int? {
        guard let h = number(digits: 1...2), h < 24, next() == UInt8(ascii: ":"), let m = number(digits: 2...2), m < 60 else { return nil }
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return h * 3600 + m * 60 }
        index += 1
        guard let s = number(digits: 2...2), s < 60 else { return nil }
        return h * 3600 + m * 60 + s
    }
}
