import Synchronization

/// What a command has finished with, kept until the process ends instead of freed just before
/// it does: the command exits next, and the system takes the memory back at once, while
/// freeing a table's cells one by one took 2 % of exporting a yearbook table of 10⁵ rows and
/// 2 % of drawing a series of 10⁶ points.
enum ProcessEnd {
    private static let kept = Mutex<[any Sendable]>([])

    static func keep(_ value: any Sendable) {
        kept.withLock { $0.append(value) }
    }
}
