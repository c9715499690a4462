import ChartSpec
import Foundation

/// Two chart files that would write the same files: the same `name` in one folder, or equal
/// stems from two folders rendered into one `--out`. Drawn anyway, one would overwrite the
/// other at random and `check` could never pass, so the batch stops before drawing.
public struct OutputCollision: Error, Sendable, CustomStringConvertible {
    public var first: String
    public var second: String
    /// The files' common path without extension.
    public var stem: String

    public var description: String {
        "\(first) and \(second) both write \(stem).*; give one of them another «name», or render them into different folders"
    }

    /// Throws for the first two charts (chart file, output stem) whose stems are the same file.
    static func check(_ charts: [(spec: String, stem: String)]) throws {
        var seen: [String: String] = [:]
        for chart in charts {
            let key = resolved(chart.stem)
            if let first = seen[key] { throw OutputCollision(first: first, second: chart.spec, stem: chart.stem) }
            seen[key] = chart.spec
        }
    }

    /// The stem with `.`, `..` and symbolic links in its folder resolved, so two spellings of
    /// one folder compare equal.
    private static func resolved(_ stem: String) -> String {
        let parent = PathText.folder(of: stem)
        let folder = URL(fileURLWithPath: parent.isEmpty ? "." : parent).resolvingSymlinksInPath().standardizedFileURL
        return folder.appendingPathComponent((stem as NSString).lastPathComponent).path
    }
}
