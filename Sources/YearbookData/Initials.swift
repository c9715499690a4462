/// The first characters of a set of words: a text that starts otherwise is none of them, told
/// without hashing or comparing it. Hashing Chinese text normalises it, and every label of a
/// table is asked whether it is a zone, a total or the start of the notes.
struct Initials: Sendable {
    private var scalars: Set<Unicode.Scalar> = []

    init(_ words: [String] = []) {
        for word in words { insert(word) }
    }

    mutating func insert(_ word: String) {
        if let first = word.unicodeScalars.first { scalars.insert(first) }
    }

    /// Whether `text` starts as one of the words does; never for empty text.
    func mayStart(_ text: String) -> Bool {
        text.unicodeScalars.first.map(scalars.contains) ?? false
    }
}
