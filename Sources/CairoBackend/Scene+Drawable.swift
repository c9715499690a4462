import ChartScene

/// Numbers past this many points are layout errors, not charts; refusing them keeps every
/// format's number handling (Cairo's fixed point, the SVG writer's hundredths) in range.
private let largestCoordinate = 1e12

extension Scene {
    /// Throws, naming the mark, when something in the Scene cannot be drawn. Checked once before
    /// any format is written, so PNG, PDF and SVG refuse the same Scenes with the same message.
    func checkDrawable() throws {
        guard drawable(width), drawable(height), width > 0, height > 0 else {
            throw RenderError.invalidSceneSize(width: width, height: height)
        }
        if let background, !drawable(background) { throw RenderError.notFinite(role: "background") }
        for mark in allMarks {
            switch mark {
            case .path(let path):
                let stroke = path.stroke
                let numbers = path.elements.flatMap(\.coordinates) + (stroke.map { [$0.width] + $0.dash } ?? [])
                guard numbers.allSatisfy(drawable), path.fill.map(drawable) ?? true, stroke.map({ drawable($0.color) }) ?? true else {
                    throw RenderError.notFinite(role: path.role)
                }
                if let stroke, stroke.width < 0 || stroke.dash.contains(where: { $0 < 0 }) || (!stroke.dash.isEmpty && stroke.dash.allSatisfy { $0 == 0 }) {
                    throw RenderError.invalidStroke(role: path.role)
                }
            case .text(let run):
                let box = run.box
                guard [box.x, box.y, box.width, box.height, run.baseline, run.font.size].allSatisfy(drawable), drawable(run.color) else {
                    throw RenderError.notFinite(role: run.role)
                }
                if run.font.size <= 0 { throw RenderError.invalidFontSize(role: run.role, size: run.font.size) }
            case .group(let group):
                if let clip = group.clip, ![clip.x, clip.y, clip.width, clip.height].allSatisfy(drawable) {
                    throw RenderError.notFinite(role: group.role)
                }
            }
        }
    }
}

private func drawable(_ value: Double) -> Bool {
    value.isFinite && abs(value) < largestCoordinate
}

private func drawable(_ color: Color) -> Bool {
    [color.red, color.green, color.blue, color.alpha].allSatisfy(\.isFinite)
}

extension PathMark.Element {
    fileprivate var coordinates: [Double] {
        switch self {
        case .move(let p), .line(let p): return [p.x, p.y]
        case .curve(let a, let b, let p): return [a.x, a.y, b.x, b.y, p.x, p.y]
        case .close: return []
        }
    }
}
