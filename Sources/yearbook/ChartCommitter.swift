import Foundation

/// Puts drawn charts' files in place on a thread of its own. Flushing a file to disk waits on
/// the disk, not the processor — the standard set flushes 42 times, 6 % of its time when the
/// workers waited for it — so the workers hand each chart's written files over and draw the
/// next while they are flushed and renamed. At most `pending` charts wait: on a slow disk the
/// workers are held back instead of piling up temporaries and open files.
final class ChartCommitter: @unchecked Sendable {
    private let queue = DispatchQueue(label: "yearbook.commit")
    private let group = DispatchGroup()
    private let room: DispatchSemaphore

    init(pending: Int) {
        room = DispatchSemaphore(value: max(1, pending))
    }

    /// Commits `staged` after the charts handed over before it, then calls `done` with the
    /// error, if any, on the committer's thread.
    func commit(_ staged: OutputFiles.Staged, then done: @escaping @Sendable (Error?) -> Void) {
        room.wait()
        queue.async(group: group) {
            defer { self.room.signal() }
            do {
                try staged.commit()
                done(nil)
            } catch {
                done(error)
            }
        }
    }

    /// Returns when every chart handed over is committed or has failed.
    func finish() {
        group.wait()
    }
}
