import Foundation
import Workbooks
import YearbookData

/// Tables loaded once per run however many charts draw them; the load itself happens outside
/// the lock, so charts of different tables load in parallel.
public final class DataCache: @unchecked Sendable {
    private let lock = NSLock()
    private var tables: [String: Result<TableFile, Error>] = [:]
    private var registries: [String: Result<ZoneRegistry, Error>] = [:]

    public init() {}

    func table(_ path: String, sheet: String?, registry: String?, indicatorName: String?) throws -> TableFile {
        let key = [path, sheet ?? "", registry ?? "", indicatorName ?? ""].joined(separator: "\u{1}")
        if let cached = lock.withLock({ tables[key] }) { return try cached.get() }
        let loaded = Result {
            try TableSource.load(path: path, sheet: sheet, registry: registry.map(self.registry)?.get(), indicatorName: indicatorName)
        }
        lock.withLock { tables[key] = loaded }
        return try loaded.get()
    }

    private func registry(_ path: String) -> Result<ZoneRegistry, Error> {
        if let cached = lock.withLock({ registries[path] }) { return cached }
        let loaded = Result { try ZoneRegistry.load(path: path) }
        lock.withLock { registries[path] = loaded }
        return loaded
    }
}
