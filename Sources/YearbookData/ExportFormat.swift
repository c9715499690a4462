import Foundation

/// The long form written out for other tools: the columns `zone,indicator,measure,unit,year,value`
/// in that order, a missing value as an empty field (`null` in JSON), the value's digits as printed.
public enum ExportFormat: String, Sendable, CaseIterable {
    case csv, tsv, json, markdown

    public static let header = ["zone", "indicator", "measure", "unit", "year", "value"]

    /// The bytes a large export hands its file at a time, so that it is never whole in memory.
    public static let piece = 1 << 20

    /// CSV's comma or TSV's tab, between the fields of a line.
    private var separator: UInt8 { self == .tsv ? 0x09 : UInt8(ascii: ",") }

    public func render(_ observations: Observations) -> String {
        switch self {
        case .csv, .tsv: return String(decoding: bytes(observations, as: .utf8), as: UTF8.self)
        case .json: return json(observations)
        case .markdown: return markdown(observations)
        }
    }

    /// The bytes to write, as `output` encodes them. CSV and TSV in UTF-8 are written straight
    /// into bytes: a million rows as one string first, then copied to bytes, cost twice the memory.
    public func bytes(_ observations: Observations, as output: TextOutput) -> [UInt8] {
        var bytes: [UInt8] = []
        write(observations, as: output, in: .max) { bytes += $0 }
        return bytes
    }

    /// Hands the export to `sink` in pieces of about `piece` bytes as it is formatted, so that
    /// a large CSV or TSV export goes to its file without ever being whole in memory: a
    /// layout of 10⁵ rows is 17 MB, and its long form 100 MB.
    public func write(_ observations: Observations, as output: TextOutput, in piece: Int, to sink: ([UInt8]) throws -> Void) rethrows {
        switch (self, output) {
        case (.csv, .utf8), (.tsv, .utf8): try delimited(observations, in: piece, to: sink)
        case (.csv, .excel), (.tsv, .excel): try delimited(observations, prefix: [0xEF, 0xBB, 0xBF], in: piece, to: sink)
        default: try sink(output.encode(render(observations)))
        }
    }

    private static func fields(_ o: Observation) -> [String] {
        [o.zone, o.indicator, o.measure.rawValue, o.unit, o.period.description, o.value?.text ?? ""]
    }

    /// Observations formatted together, by one core.
    static let chunk = 8192

    /// The observations in chunks, two formatted at once, one on each core, and handed to
    /// `sink` in order, in pieces of at least `piece` bytes: formatting is most of an export
    /// (layouts of 10⁴ and 10⁵ rows: 0.85× and 0.84× the time; the 10⁶-point line's data CSV
    /// 0.95×; a long form of 10⁵ rows, whose observations share their strings' counts between
    /// the cores, 1.02×). Chunks end at observations, so the bytes are the same; each core
    /// formats into the same buffer every time, which fresh memory for every chunk would cost
    /// in page faults.
    private func delimited(_ observations: Observations, prefix: [UInt8] = [], in piece: Int, to sink: ([UInt8]) throws -> Void) rethrows {
        var pending = prefix
        pending.append(contentsOf: (ExportFormat.header.joined(separator: String(UnicodeScalar(separator))) + "\n").utf8)
        let count = observations.count, chunk = ExportFormat.chunk
        // Fewer observations are formatted on one core: waking the second cost about a
        // millisecond, more than it saved (a long form of 10⁴ rows: 1.09× the time).
        guard count >= 4 * chunk else {
            try format(observations, 0..<count, into: &pending, piece: piece, sink: sink)
            return try sink(pending)
        }
        let buffers = ChunkBuffers()
        var start = 0
        repeat {
            let ranges = [start..<min(count, start + chunk)] + (start + chunk < count ? [(start + chunk)..<min(count, start + 2 * chunk)] : [])
            DispatchQueue.concurrentPerform(iterations: ranges.count) { buffers.format($0, observations, ranges[$0], as: self) }
            for i in ranges.indices { buffers.append(i, to: &pending) }
            if pending.count >= piece {
                try sink(pending)
                pending.removeAll(keepingCapacity: true)
            }
            start = ranges.last!.upperBound
        } while start < count
        if !pending.isEmpty { try sink(pending) }
    }

    /// The lines of the observations at `range`, appended to `out` and handed to `sink` each
    /// time `out` holds `piece` bytes or more.
    fileprivate func format(_ observations: Observations, _ range: Range<Int>, into out: inout [UInt8], piece: Int,
                            sink: ([UInt8]) throws -> Void) rethrows {
        var writer = DelimitedWriter(separator: separator, out: out)
        out = []
        defer { out = writer.out }
        let before = writer.out.count
        // Fields handed over one by one: a whole observation would be built, or copied, with all its strings.
        var index = 0
        try observations.forEachExported(in: range) { zone, indicator, measure, unit, period, value in
            writer.field(0, zone)
            writer.field(1, indicator)
            writer.field(2, measure.rawValue)
            writer.field(3, unit)
            writer.period(period)
            writer.value(value?.text ?? "")
            writer.out.append(0x0A)
            // Sized once from the first rows, so the bytes are not copied as they grow.
            if index == 99 { writer.out.reserveCapacity(min(piece, before + (writer.out.count - before) * range.count / 100) * 21 / 20) }
            if writer.out.count >= piece {
                try sink(writer.out)
                writer.out.removeAll(keepingCapacity: true)
            }
            index += 1
        }
    }

    /// The two cores' buffers, each written by its own: slots of raw memory, since two threads
    /// setting elements of one array would both claim it.
    private final class ChunkBuffers: @unchecked Sendable {
        private let slots = UnsafeMutablePointer<[UInt8]>.allocate(capacity: 2)

        init() { slots.initialize(repeating: [], count: 2) }

        deinit {
            slots.deinitialize(count: 2)
            slots.deallocate()
        }

        /// Formats the observations at `range` into buffer `i`, emptied first.
        func format(_ i: Int, _ observations: Observations, _ range: Range<Int>, as format: ExportFormat) {
            slots[i].removeAll(keepingCapacity: true)
            format.format(observations, range, into: &slots[i], piece: .max) { _ in }
        }

        func append(_ i: Int, to bytes: inout [UInt8]) { bytes += slots[i] }
    }

    /// The bytes of a CSV or TSV export as they are written. A struct rather than a closure
    /// over local variables, whose every use Swift checks for exclusive access at run time
    /// (a twentieth of a large export).
    private struct DelimitedWriter {
        let separator: UInt8
        let escape: (String) -> String
        var out: [UInt8]

        init(separator: UInt8, out: [UInt8]) {
            self.separator = separator
            escape = separator == 0x09 ? { ExportFormat.tsvField($0) } : { ExportFormat.csvField($0) }
            self.out = out
        }
        // Consecutive observations mostly share their zone, indicator, unit and period: their
        // escaped text is reused rather than escaped again.
        var previous = [String](repeating: "\u{0}", count: 6)
        // Kept as this writer's own bytes, not as the escaped string, which is most often the
        // very string every row shares, whose reference count two cores then contend for:
        // a layout of 10⁴ rows exports in 0.94× the time of keeping the string.
        var escaped = [[UInt8]](repeating: [], count: 6)
        var previousPeriod: Period?
        var periodBytes: [UInt8] = []

        mutating func field(_ k: Int, _ text: String) {
            if k > 0 { out.append(separator) }
            if text != previous[k] { previous[k] = text; escaped[k] = Array(escape(text).utf8) }
            // Appending a native string's bytes as one buffer: appending its UTF8View goes byte
            // by byte, which was a tenth of a large export. Through a buffer pointer, since
            // appending the array itself retains and releases it every time (a tenth of the
            // CPU of exporting a layout of 10⁴ rows).
            escaped[k].withUnsafeBufferPointer { out.append(contentsOf: $0) }
        }

        /// A value, which changes from one observation to the next: written without keeping it.
        mutating func value(_ text: String) {
            out.append(separator)
            var escaped = escape(text)
            escaped.withUTF8 { out.append(contentsOf: $0) }
        }

        /// A period's bytes are made only when it changes, and a dated one's written without
        /// a string: a million hourly rows would otherwise allocate a million of them.
        mutating func period(_ period: Period) {
            if period != previousPeriod {
                periodBytes.removeAll(keepingCapacity: true)
                if !period.appendISOText(to: &periodBytes) { periodBytes.append(contentsOf: escape(period.description).utf8) }
                previousPeriod = period
            }
            out.append(separator)
            periodBytes.withUnsafeBufferPointer { out.append(contentsOf: $0) }
        }
    }

    static func csvField(_ field: String) -> String {
        guard field.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// TSV has no quoting convention every reader agrees on, so tabs and line breaks inside a
    /// field become spaces.
    static func tsvField(_ field: String) -> String {
        guard field.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return field }
        return field.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
    }

    private func json(_ observations: Observations) -> String {
        let records = observations.map { o -> String in
            let year: String
            switch o.period {
            case .year(let y): year = String(y)
            case .unspecified: year = "null"
            default: year = ExportFormat.jsonString(o.period.description)
            }
            let pairs = [
                ("zone", ExportFormat.jsonString(o.zone)),
                ("indicator", ExportFormat.jsonString(o.indicator)),
                ("measure", ExportFormat.jsonString(o.measure.rawValue)),
                ("unit", ExportFormat.jsonString(o.unit)),
                ("year", year),
                ("value", o.value.map(\.text) ?? "null"),
            ]
            return "  {" + pairs.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
        }
        return records.isEmpty ? "[]\n" : "[\n" + records.joined(separator: ",\n") + "\n]\n"
    }

    static func jsonString(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    private func markdown(_ observations: Observations) -> String {
        func row(_ cells: [String]) -> String {
            "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n"
        }
        var out = row(ExportFormat.header)
        out += "|---|---|---|---|---:|---:|\n"
        for o in observations { out += row(ExportFormat.fields(o)) }
        return out
    }
}
