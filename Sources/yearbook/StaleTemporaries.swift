import Foundation

/// Removes the temporary files that writers killed mid-write (`kill -9`, a crash) left in a
/// folder: the `.NAME.yearbook-PID-….tmp` files of this version and the `.NAME.PID.tmp` files
/// earlier versions wrote beside charts and tables, each only when its process is gone.
/// Each folder is looked at once per run, before the first file is written into it.
enum StaleTemporaries {
    static let marker = "yearbook-"
    /// What earlier versions wrote through a temporary file, so their leftovers can be told
    /// from a user's own hidden files.
    static let earlierExtensions: Set<String> = ["png", "pdf", "svg", "csv", "tsv", "json", "md"]

    static func clean(_ folder: String) {
        guard seen.insert(folder) else { return }
        let path = folder.isEmpty ? "." : folder
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
            guard let pid = owner(name), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink((path as NSString).appendingPathComponent(name))
        }
    }

    /// The process that wrote temporary file `name`, or nil when `name` is not one.
    static func owner(_ name: String) -> pid_t? {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return nil }
        let inner = name.dropFirst().dropLast(4)
        if let range = inner.range(of: "." + marker, options: .backwards) {
            return inner[range.upperBound...].split(separator: "-").first.flatMap { pid_t($0) }
        }
        let parts = inner.split(separator: ".")
        guard parts.count >= 3, earlierExtensions.contains(parts[parts.count - 2].lowercased()) else { return nil }
        return pid_t(parts[parts.count - 1])
    }

    private static let seen = Folders()

    final class Folders: @unchecked Sendable {
        private let lock = NSLock()
        private var folders: Set<String> = []
        func insert(_ folder: String) -> Bool { lock.withLock { folders.insert(folder).inserted } }
    }
}
