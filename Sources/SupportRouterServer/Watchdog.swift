import Foundation
import Synchronization

/// One thread that calls each watched action once its deadline passes, unless it is forgotten
/// first: the time limit's clock, shared by every request. Watching and forgetting cost a lock and a
/// dictionary entry, and the thread looks at the deadlines every 50 ms, so a request pays no timer of
/// its own and a busy concurrency pool cannot hold the clock back.
final class Watchdog: Sendable {
    /// The process's watchdog.
    static let shared = Watchdog()

    /// How often the thread looks, which is how late an action may run.
    static let interval = 0.05

    private struct Watched {
        let deadline: DispatchTime
        let action: @Sendable () -> Void
    }

    private let watched = Mutex<(next: UInt64, entries: [UInt64: Watched])>((0, [:]))

    private init() {
        let thread = Thread { [self] in
            while true {
                Thread.sleep(forTimeInterval: Self.interval)
                for action in due() { action() }
            }
        }
        thread.name = "support-router time limit"
        thread.start()
    }

    /// Calls `action` on the watchdog's thread after `deadline`, unless ``forget(_:)`` is called with
    /// the ticket first.
    func watch(deadline: DispatchTime, _ action: @escaping @Sendable () -> Void) -> UInt64 {
        watched.withLock { state in
            state.next += 1
            state.entries[state.next] = Watched(deadline: deadline, action: action)
            return state.next
        }
    }

    /// Drops the action of `ticket`.
    func forget(_ ticket: UInt64) {
        _ = watched.withLock { $0.entries.removeValue(forKey: ticket) }
    }

    /// The actions whose deadlines have passed, taken out of the watch.
    private func due() -> [@Sendable () -> Void] {
        let now = DispatchTime.now()
        return watched.withLock { state in
            let expired = state.entries.filter { $0.value.deadline <= now }
            for ticket in expired.keys { state.entries.removeValue(forKey: ticket) }
            return expired.values.map(\.action)
        }
    }
}
