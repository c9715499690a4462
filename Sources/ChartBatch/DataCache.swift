import Foundation
import Workbooks
import YearbookData

/// Tables loaded once per run however many charts draw them. Charts of different tables load
/// in parallel; a chart whose table another worker is loading waits for that load rather than
/// loading it again (the workers of a batch start together, often on the same table).
public final class DataCache: @unchecked Sendable {
    private let tables = Loads<TableFile>()
    private let registries = Loads<ZoneRegistry>()

    public init() {}

    func table(_ path: String, sheet: String?, registry: String?, indicatorName: String?) throws -> TableFile {
        let key = [path, sheet ?? "", registry ?? "", indicatorName ?? ""].joined(separator: "\u{1}")
        return try tables.value(for: key) {
            try TableSource.load(path: path, sheet: sheet, registry: registry.map { path in try registries.value(for: path) { try ZoneRegistry.load(path: path) }.get() },
                                 indicatorName: indicatorName)
        }.get()
    }
}

/// One load per key, failures included: the first caller loads, later ones wait for it.
private final class Loads<Value>: @unchecked Sendable {
    private final class Slot: @unchecked Sendable {
        let lock = NSLock()
        var result: Result<Value, any Error>?
    }

    private let lock = NSLock()
    private var slots: [String: Slot] = [:]

    func value(for key: String, load: () throws -> Value) -> Result<Value, any Error> {
        let slot = lock.withLock {
            if let slot = slots[key] { return slot }
            let slot = Slot()
            slots[key] = slot
            return slot
        }
        return slot.lock.withLock {
            if let result = slot.result { return result }
            let result = Result { try load() }
            slot.result = result
            return result
        }
    }
}
