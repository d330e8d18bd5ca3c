import Dispatch
public import Hummingbird
import NIOCore
import Synchronization

/// A responder that answers every request within a time limit: when the work on a request has not
/// answered in time, the client gets a `time-limit` problem (503) at once, and the work is told to stop.
///
/// It wraps the router's responder rather than being a middleware, because the work must run in a
/// task of its own that may outlive the call: then a walk that never checks for cancellation still
/// cannot keep a client waiting past the limit. A record the work keeps after the limit is durable but
/// was never acknowledged, which is allowed. Being first to see every request, it also answers HEAD as
/// GET without the body.
public struct TimeLimit<Builder: HTTPResponderBuilder>: HTTPResponderBuilder
where Builder.Responder.Context: RequestContext {
    /// The router (or other builder) whose responder does the work.
    let builder: Builder
    /// How long a request may take.
    let limit: Duration

    /// `builder`'s responses, each within `limit`.
    public init(_ builder: Builder, limit: Duration) {
        self.builder = builder
        self.limit = limit
    }

    /// The responder that races the work against the clock.
    public func buildResponder() -> Responder { Responder(inner: builder.buildResponder(), limit: limit) }

    /// See ``TimeLimit``.
    public struct Responder: HTTPResponder {
        let inner: Builder.Responder
        let limit: Duration

        public func respond(to request: Request, context: Builder.Responder.Context) async throws -> Response {
            // HEAD is GET without the body: the same status and headers.
            guard request.method != .head else {
                var head = request.head
                head.method = .get
                let full = try await respond(to: Request(head: head, body: request.body), context: context)
                return Response(status: full.status, headers: full.headers)
            }
            let (inner, limit) = (inner, limit)
            // The body is read whole before the clock starts: an answer sent while the work was still
            // reading the body would leave two readers of one stream, which the network layer cannot
            // survive. A body over the limit is refused at once, by its declared length or as it arrives;
            // a client that stops sending is cut off by the idle timeout.
            var request = request
            if let declared = request.headers[.contentLength].flatMap({ Int($0) }), declared > ServerRoutes.maximumBody
            {
                return try SecurityMiddleware.answer(.tooLarge, to: request, context: context)
            }
            do {
                _ = try await request.collectBody(upTo: ServerRoutes.maximumBody)
            } catch is NIOTooManyBytesError {
                return try SecurityMiddleware.answer(.tooLarge, to: request, context: context)
            }
            let buffered = request
            return try await withCheckedThrowingContinuation { continuation in
                let race = Race(continuation)
                // The watchdog's thread, not a task, answers for work past its deadline: it must act even
                // when every thread of the concurrency pool is busy with work.
                let ticket = Watchdog.shared.watch(deadline: .now() + TimeLimit.seconds(limit)) {
                    let problem = Problem(
                        .serviceUnavailable, kind: "time-limit", title: "The request took too long",
                        detail: "the server stops work on a request after \(TimeLimit.words(limit)); send a smaller one"
                    )
                    let response = try? SecurityMiddleware.answer(problem, to: buffered, context: context)
                    if let response, race.resume(with: .success(response)) { race.cancelWork() }
                }
                race.start(
                    Task {
                        let result: Result<Response, any Error>
                        do {
                            result = .success(try await inner.respond(to: buffered, context: context))
                        } catch {
                            result = .failure(error)
                        }
                        if race.resume(with: result) { Watchdog.shared.forget(ticket) }
                    })
            }
        }
    }

    /// `limit` in seconds.
    static func seconds(_ limit: Duration) -> Double {
        Double(limit.components.seconds) + Double(limit.components.attoseconds) / 1e18
    }

    /// `limit` as a person says it: `10 s`, `0.25 s`.
    static func words(_ limit: Duration) -> String {
        let seconds = seconds(limit)
        return (seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)) + " s"
    }
}

/// A continuation resumed by whichever of the work and the clock comes first, and the work's task, so
/// the clock can stop it.
private final class Race: Sendable {
    private let continuation: Mutex<CheckedContinuation<Response, any Error>?>
    private let work = Mutex<Task<Void, Never>?>(nil)

    init(_ continuation: CheckedContinuation<Response, any Error>) {
        self.continuation = Mutex(continuation)
    }

    /// Keeps the work's task.
    func start(_ task: Task<Void, Never>) { work.withLock { $0 = task } }

    /// Tells the work to stop.
    func cancelWork() { work.withLock { $0 }?.cancel() }

    /// Resumes with `result` if nothing has yet; whether this call did.
    func resume(with result: Result<Response, any Error>) -> Bool {
        guard let continuation = self.continuation.withLock({ $0.take() }) else { return false }
        continuation.resume(with: result)
        return true
    }
}
