/// Text kept in the value itself when it is short, and as a string otherwise. A table's row
/// label is often just past the 15 bytes Swift keeps inside a string — a date and time
/// (1900-01-01 00:00, 16 bytes), a zone's name (诸暨经济开发区, 21 bytes) — and each would
/// then be an allocation of its own: a million of them in a long dated series, scattered
/// among the reader's freed rows so that their memory cannot be used again.
struct InlineText: Sendable {
    private enum Storage: Sendable {
        /// Up to `capacity` bytes of UTF-8, then their count in the last byte.
        case inline(UInt64, UInt64, UInt64)
        case string(String)
    }

    private var storage: Storage

    /// The most UTF-8 bytes kept inline: three words less the byte that counts them.
    static let capacity = 23

    init(_ text: String) {
        var text = text
        let count = text.utf8.count
        // Text of up to 15 bytes is a small string already, with no allocation to save.
        guard count > 15, count <= Self.capacity else {
            storage = .string(text)
            return
        }
        var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &words) { raw in
            text.withUTF8 { raw.copyMemory(from: UnsafeRawBufferPointer($0)) }
            raw[Self.capacity] = UInt8(count)
        }
        storage = .inline(words.0, words.1, words.2)
    }

    var text: String {
        switch storage {
        case .string(let text):
            return text
        case .inline(let a, let b, let c):
            let words = (a, b, c)
            return withUnsafeBytes(of: words) { raw in String(decoding: raw.prefix(Int(raw[Self.capacity])), as: UTF8.self) }
        }
    }
}
