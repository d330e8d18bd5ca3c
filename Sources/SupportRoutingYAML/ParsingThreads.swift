import CThreadStack
import Foundation
import Synchronization

/// Threads with a stack large enough for libyaml's recursive composer at the depth limit, kept and reused:
/// starting a thread with a 64 MiB stack for every document cost more than reading the document, when a
/// command reads thousands of small profiles.
package enum ParsingThreads {
    private static let idle = Mutex<[ParsingThread]>([])
    /// The key each parsing thread sets in its thread dictionary, by which a parse knows it may run
    /// where it is (a thread's name would not do: Linux keeps 15 characters of it, or none).
    static let marker = "support-router.parsing-thread"

    /// Whether the main thread's stack limit is at least 8 MiB (or none), so the main thread may parse
    /// directly; the limit is read once, at the first document.
    static let mainStackSuffices: Bool = {
        #if canImport(Glibc)
            let resource = Int32(RLIMIT_STACK.rawValue)
        #else
            let resource = RLIMIT_STACK
        #endif
        var limit = rlimit()
        guard getrlimit(resource, &limit) == 0 else { return false }
        // No limit reads as the largest value.
        return limit.rlim_cur >= 8 << 20
    }()

    /// Whether the current thread's stack is large enough to parse on: a parsing thread's, or the main
    /// thread's when the system gives it enough.
    static var currentStackSuffices: Bool {
        if Thread.isMainThread { return mainStackSuffices }
        let dictionary = Thread.current.threadDictionary
        if dictionary[marker] != nil { return true }
        // Another thread (a server's, say) may have a stack as large as the main thread's: asked once.
        if let known = dictionary[stackKey] as? Bool { return known }
        let suffices = threadStackSize() >= 8 << 20
        dictionary[stackKey] = suffices
        return suffices
    }

    /// The key under which a thread keeps whether its own stack is large enough.
    private static let stackKey = "support-router.stack-suffices"

    /// The current thread's stack size in bytes, or 0 where the system does not say.
    private static func threadStackSize() -> Int { thread_stack_size() }

    /// `body`'s result, computed on a thread with a large enough stack: this one if it is, else a
    /// parsing thread while the caller waits.
    static func run<Result: Sendable>(_ body: @escaping @Sendable () -> Result) -> Result {
        if currentStackSuffices { return body() }
        let thread = take(1)[0]
        thread.start(body)
        let result: Result = thread.wait()
        give(back: [thread])
        return result
    }

    /// `transform` of every element, in order, computed on up to `threads` parsing threads at once, each
    /// taking the next few elements when it is done with its last; for reading many small files.
    package static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], threads: Int = ProcessInfo.processInfo.activeProcessorCount,
        _ transform: @escaping @Sendable (Element) -> Result
    ) -> [Result] {
        let count = elements.count
        guard count > 1 else { return elements.map { element in run { transform(element) } } }
        let slice = 16
        let workers = take(max(1, min(threads, (count + slice - 1) / slice)))
        let results = Mutex([Result?](repeating: nil, count: count))
        let next = Atomic(0)
        for worker in workers {
            worker.start { () -> Bool in
                while true {
                    let start = next.add(slice, ordering: .relaxed).oldValue
                    guard start < count else { return true }
                    let range = start..<min(count, start + slice)
                    let done = range.map { transform(elements[$0]) }
                    results.withLock { $0.replaceSubrange(range, with: done.map(Optional.some)) }
                }
            }
        }
        for worker in workers { let _: Bool = worker.wait() }
        give(back: workers)
        return results.withLock { $0.map { $0! } }
    }

    private static func take(_ count: Int) -> [ParsingThread] {
        let taken = idle.withLock { idle in
            let taken = Array(idle.suffix(count))
            idle.removeLast(taken.count)
            return taken
        }
        return taken + (taken.count..<count).map { _ in ParsingThread() }
    }

    private static func give(back threads: [ParsingThread]) { idle.withLock { $0 += threads } }
}

/// One parsing thread, which runs one job at a time for whichever caller holds it.
// Unchecked: `job` and `result` are written by one side and read by the other only across a semaphore
// (the caller writes `job` before `wake.signal()`, the thread reads it after `wake.wait()`; the thread
// writes `result` before `done.signal()`, the caller reads it after `done.wait()`), and a thread is held
// by one caller at a time (`ParsingThreads` takes it out of the idle list under a lock).
private final class ParsingThread: @unchecked Sendable {
    private let wake = DispatchSemaphore(value: 0)
    private let done = DispatchSemaphore(value: 0)
    private var job: (@Sendable () -> any Sendable)?
    private var result: (any Sendable)?

    init() {
        let thread = Thread { [self] in
            Thread.current.threadDictionary[ParsingThreads.marker] = true
            while true {
                wake.wait()
                result = job?()
                job = nil
                done.signal()
            }
        }
        thread.stackSize = 64 << 20
        thread.start()
    }

    /// Starts `body` on the thread.
    func start<Result: Sendable>(_ body: @escaping @Sendable () -> Result) {
        job = body
        wake.signal()
    }

    /// Waits for the job started last and answers its result.
    func wait<Result: Sendable>() -> Result {
        done.wait()
        defer { result = nil }
        // The job was a `() -> Result`, so its result is a `Result`.
        return result as! Result
    }
}
