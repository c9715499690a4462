import ChartScene

/// A uniform grid over the chart's area that remembers boxes, so "does this box hit anything?"
/// looks only at the boxes filed under the cells it covers instead of at every box: with cells
/// about one label in size, a query reads a few cells and a handful of boxes, whatever the
/// number of labels.
struct BoxGrid {
    /// Every box inserted, in order; `hits` names a box by its index here.
    private var boxes: [Rect] = []
    private var cells: [[Int32]]
    private let origin: Point
    private let cellWidth: Double
    private let cellHeight: Double
    private let columns: Int
    private let rows: Int

    /// A grid over `area` with cells of about `cellWidth` × `cellHeight`, but never more than
    /// `maxCells` cells, so tiny labels on a large canvas cannot make the grid itself huge.
    init(area: Rect, cellWidth: Double, cellHeight: Double, maxCells: Int) {
        let cap = Double(max(maxCells, 1))
        var columns = max(1, min((area.width / max(cellWidth, 1e-9)).rounded(.up), cap))
        var rows = max(1, min((area.height / max(cellHeight, 1e-9)).rounded(.up), cap))
        if columns * rows > cap {
            let shrink = (columns * rows / cap).squareRoot()
            rows = max(1, (rows / shrink).rounded(.down))
            columns = max(1, min((columns / shrink).rounded(.down), (cap / rows).rounded(.down)))
        }
        self.columns = Int(columns)
        self.rows = Int(rows)
        origin = Point(area.minX, area.minY)
        self.cellWidth = max(area.width / columns, .leastNormalMagnitude)
        self.cellHeight = max(area.height / rows, .leastNormalMagnitude)
        cells = Array(repeating: [], count: self.columns * self.rows)
    }

    /// Files `box` under every cell it covers; a box outside the area goes to the nearest edge
    /// cells, where it can still be found by anything that reaches it.
    mutating func insert(_ box: Rect) {
        let index = Int32(boxes.count)
        boxes.append(box)
        guard let (xs, ys) = cellRange(of: box) else { return }
        for row in ys {
            for column in xs { cells[row * columns + column].append(index) }
        }
    }

    /// Whether `box` shares area with any inserted box other than those `ignored` says to skip.
    func hits(_ box: Rect, ignoring ignored: (Int) -> Bool) -> Bool {
        guard let (xs, ys) = cellRange(of: box) else { return false }
        for row in ys {
            for column in xs {
                for index in cells[row * columns + column] {
                    let i = Int(index)
                    if boxes[i].intersects(box) && !ignored(i) { return true }
                }
            }
        }
        return false
    }

    /// The columns and rows `box` covers, clamped to the grid; nil for a box with a NaN edge,
    /// which shares area with nothing.
    private func cellRange(of box: Rect) -> (ClosedRange<Int>, ClosedRange<Int>)? {
        guard let xs = span(box.minX, box.maxX, from: origin.x, step: cellWidth, count: columns),
              let ys = span(box.minY, box.maxY, from: origin.y, step: cellHeight, count: rows) else { return nil }
        return (xs, ys)
    }

    private func span(_ low: Double, _ high: Double, from start: Double, step: Double, count: Int) -> ClosedRange<Int>? {
        guard low <= high else { return nil }
        let last = Double(count - 1)
        let first = min(max(((low - start) / step).rounded(.down), 0), last)
        let end = min(max(((high - start) / step).rounded(.down), 0), last)
        return Int(first)...Int(end)
    }
}
