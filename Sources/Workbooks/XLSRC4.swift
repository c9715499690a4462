/// The RC4 stream cipher, as Excel 97–2003 encrypts workbooks with it.
struct XLSRC4 {
    private var state: [UInt8] = Array(0...255)
    private var i: UInt8 = 0
    private var j: UInt8 = 0

    init(key: [UInt8]) {
        var j: UInt8 = 0
        for i in 0..<256 {
            j = j &+ state[i] &+ key[i % key.count]
            state.swapAt(i, Int(j))
        }
    }

    /// The next byte of the key stream; XOR it with a byte to encrypt or decrypt it.
    mutating func next() -> UInt8 {
        i = i &+ 1
        j = j &+ state[Int(i)]
        state.swapAt(Int(i), Int(j))
        return state[Int(state[Int(i)] &+ state[Int(j)])]
    }

    mutating func apply(_ bytes: [UInt8]) -> [UInt8] {
        bytes.map { $0 ^ next() }
    }
}
