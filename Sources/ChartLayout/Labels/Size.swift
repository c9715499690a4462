/// A label's measured width and height, in points: all the placement needs of its text.
struct Size: Hashable, Sendable {
    var width: Double
    var height: Double

    /// Whether a label of this size can be placed at all: finite and not negative.
    var isPlaceable: Bool { width.isFinite && height.isFinite && width >= 0 && height >= 0 }
}
