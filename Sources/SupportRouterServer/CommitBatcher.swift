import GRDB
internal import Synchronization

/// Commits the records that arrive while a commit is running in the next one, so each request waits
/// for one durable write but the file syncs once per batch, not once per record.
final class CommitBatcher: Sendable {
    private struct Pending {
        var records: [DecisionRecord] = []
        var waiting: [CheckedContinuation<Void, any Error>] = []
        var writing = false
    }

    private let database: DatabasePool
    private let pending = Mutex(Pending())

    init(database: DatabasePool) {
        self.database = database
    }

    /// Returns once `record` is committed with its batch.
    func commit(_ record: DecisionRecord) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let startsWriter = pending.withLock { state -> Bool in
                state.records.append(record)
                state.waiting.append(continuation)
                guard !state.writing else { return false }
                state.writing = true
                return true
            }
            if startsWriter { Task { await self.drain() } }
        }
    }

    /// Writes batches until none is waiting.
    private func drain() async {
        while true {
            let batch = pending.withLock { state -> ([DecisionRecord], [CheckedContinuation<Void, any Error>])? in
                guard !state.records.isEmpty else {
                    state.writing = false
                    return nil
                }
                defer {
                    state.records = []
                    state.waiting = []
                }
                return (state.records, state.waiting)
            }
            guard let (records, waiting) = batch else { return }
            do {
                try await database.write { db in
                    for record in records { try DecisionStore.insert(record, into: db) }
                }
                for continuation in waiting { continuation.resume() }
            } catch {
                for continuation in waiting { continuation.resume(throwing: error) }
            }
        }
    }
}
