import ChartScene

/// Where a label sits relative to its anchor. The corner positions touch the anchor's corner
/// diagonally, so every position except `center` is exactly `gap` away from the anchor.
enum LabelPosition: Hashable, Sendable, CaseIterable {
    case above, below, left, right, center, aboveLeft, aboveRight, belowLeft, belowRight

    /// The box of a label of `size` at this position next to `anchor`.
    func box(_ size: Size, anchor a: Rect, gap: Double) -> Rect {
        let width = size.width, height = size.height
        // A diagonal offset of gap/√2 on each axis keeps the corner-to-corner distance at `gap`.
        let d = gap / 2.squareRoot()
        let x: Double, y: Double
        switch self {
        case .above: x = a.center.x - width / 2; y = a.minY - gap - height
        case .below: x = a.center.x - width / 2; y = a.maxY + gap
        case .left: x = a.minX - gap - width; y = a.center.y - height / 2
        case .right: x = a.maxX + gap; y = a.center.y - height / 2
        case .center: x = a.center.x - width / 2; y = a.center.y - height / 2
        case .aboveLeft: x = a.minX - d - width; y = a.minY - d - height
        case .aboveRight: x = a.maxX + d; y = a.minY - d - height
        case .belowLeft: x = a.minX - d - width; y = a.maxY + d
        case .belowRight: x = a.maxX + d; y = a.maxY + d
        }
        return Rect(x: x, y: y, width: width, height: height)
    }
}
