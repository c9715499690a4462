import ChartScene
import Foundation

/// A short prefix for the ids in a Scene's SVG, derived from its content: two different charts
/// inlined in one HTML page get different ids, and the same chart gets the same ids every run.
/// FNV-1a over the Scene's JSON with sorted keys, because Swift's `Hasher` is seeded anew in
/// every process.
func svgIDPrefix(for scene: Scene) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in try encoder.encode(scene) {
        hash ^= UInt64(byte)
        hash = hash &* 0x100_0000_01b3
    }
    let folded = String((hash ^ (hash >> 32)) & 0xFFFF_FFFF, radix: 16)
    return "yb" + String(repeating: "0", count: 8 - folded.count) + folded
}
