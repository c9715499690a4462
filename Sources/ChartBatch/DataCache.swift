import ChartSpec
import Foundation
import Workbooks
import YearbookData

/// Tables loaded once per run however many charts draw them. Charts of different tables load
/// in parallel; a chart whose table another worker is loading waits for that load rather than
/// loading it again (the workers of a batch start together, often on the same table). A table
/// is let go once the last chart that will draw it has its observations, so that it is gone
/// when that chart is, not kept to the end of the batch.
public final class DataCache: @unchecked Sendable {
    private let tables = Loads<TableFile>()
    private let registries = Loads<ZoneRegistry>()
    private let lock = NSLock()
    private var charts: [String: Int] = [:]

    public init() {}

    /// Counts `spec` among the charts that will draw its table, so that the table stays loaded
    /// until the last of them; a table no chart was counted for is let go after its one chart.
    func expect(_ spec: ChartSpec) {
        lock.withLock { charts[DataCache.key(spec), default: 0] += 1 }
    }

    func table(for spec: ChartSpec) throws -> TableFile {
        try tables.value(for: DataCache.key(spec)) {
            try TableSource.load(path: spec.dataPath, sheet: spec.sheet,
                                 registry: spec.registryPath.map { path in try registries.value(for: path) { try ZoneRegistry.load(path: path) }.get() },
                                 indicatorName: spec.indicatorName)
        }.get()
    }

    /// Says that `spec`'s chart no longer needs its table.
    func finished(with spec: ChartSpec) {
        let key = DataCache.key(spec)
        let last = lock.withLock {
            let left = (charts[key] ?? 1) - 1
            charts[key] = left > 0 ? left : nil
            return left <= 0
        }
        if last { tables.forget(key) }
    }

    private static func key(_ spec: ChartSpec) -> String {
        [spec.dataPath, spec.sheet ?? "", spec.registryPath ?? "", spec.indicatorName ?? ""].joined(separator: "\u{1}")
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

    func forget(_ key: String) {
        lock.withLock { slots[key] = nil }
    }

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
