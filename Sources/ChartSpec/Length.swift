import Foundation

/// A length as people give a figure's size: `160mm`, `12cm`, `6in`, `800px` (CSS pixels,
/// 96 to the inch) or plain points (`800`, `800pt`), so a chart can be made to the exact width
/// of a report's column.
public enum Length {
    private static let pointsPer: [(String, Double)] = [("mm", 72 / 25.4), ("cm", 72 / 2.54), ("in", 72), ("px", 0.75), ("pt", 1)]

    /// The length in points, or nil when `text` is not a number with one of the units.
    public static func points(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        for (unit, factor) in pointsPer where trimmed.hasSuffix(unit) {
            return Double(trimmed.dropLast(unit.count).trimmingCharacters(in: .whitespaces)).flatMap { $0.isFinite ? $0 * factor : nil }
        }
        return Double(trimmed).flatMap { $0.isFinite ? $0 : nil }
    }

    /// The PNG scale (device pixels per point) for a resolution in dots per inch.
    public static func scale(dpi: Double) -> Double { dpi / 72 }
}
