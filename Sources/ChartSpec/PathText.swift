/// Paths taken apart as text, as a user wrote them. `NSString.deletingLastPathComponent`
/// traps on a one-character path on Linux (swift-corelibs-foundation with Swift 6.3), and a
/// chart named `c`, or `-o x`, is one.
public enum PathText {
    /// `path` without its last component: "" for a bare name, "/" for a name in the root.
    public static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
