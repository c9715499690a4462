/// Paths taken apart as text, as a user wrote them. `NSString.deletingLastPathComponent`
/// traps on a one-character path on Linux (swift-corelibs-foundation with Swift 6.3), and a
/// chart named `c`, or `-o x`, is one.
public enum PathText {
    /// `path` without its last component: "" for a bare name, "/" for a name in the root.
    public static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// `path` as seen from `folder` (both relative to `base`, the working folder, unless
    /// absolute): a chart file written elsewhere still finds its table.
    public static func relative(_ path: String, from folder: String, base: String) -> String {
        func parts(_ p: String) -> [String] {
            let absolute = p.hasPrefix("/") ? p : base + "/" + p
            var out: [String] = []
            for part in absolute.split(separator: "/") where part != "." {
                if part == "..", !out.isEmpty { out.removeLast() } else if part != ".." { out.append(String(part)) }
            }
            return out
        }
        let target = parts(path), from = parts(folder.isEmpty ? "." : folder)
        let shared = zip(target, from).prefix { $0 == $1 }.count
        let steps = Array(repeating: "..", count: from.count - shared) + target[shared...]
        return steps.isEmpty ? "." : steps.joined(separator: "/")
    }
}
