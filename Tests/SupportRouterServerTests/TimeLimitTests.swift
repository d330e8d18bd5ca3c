import Foundation
import Hummingbird
import HummingbirdTesting
import SupportRouterServer
import Testing

/// Every request is answered within the time limit: work that sleeps, and work that never checks for
/// cancellation, both get a `time-limit` problem as soon as the limit passes.
struct TimeLimitTests {
    static func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.get("quick") { _, _ in "quick\n" }
        router.get("v1/sleeps") { _, _ in
            try await Task.sleep(for: .seconds(5))
            return "late\n"
        }
        router.get("page") { _, _ in
            try await Task.sleep(for: .seconds(5))
            return "late\n"
        }
        // Blocks its thread for 1.5 s without looking at cancellation, like a long walk would.
        router.get("v1/busy") { _, _ in
            usleep(1_500_000)
            return "late\n"
        }
        return router
    }

    /// The problem, not the late answer, shows that the clock won: the work would answer after 1.5 or 5 s.
    /// (How soon the problem arrives is not asserted: other tests running at once can hold every thread
    /// of the pool the answer is delivered on.)
    @Test(arguments: ["/v1/sleeps", "/v1/busy"])
    func slowWorkIsAnsweredWithAProblemWhenTheLimitPasses(path: String) async throws {
        let app = Application(router: TimeLimit(Self.router(), limit: .milliseconds(200)))
        try await app.test(.router) { client in
            try await client.execute(uri: path, method: .get) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(response.headers[.contentType] == "application/problem+json")
                #expect(response.headers[.contentSecurityPolicy] == "default-src 'self'")
                let problem = try ServerFixture.json(response)
                #expect(problem["type"] as? String == "/v1/problems/time-limit")
                #expect(
                    problem["detail"] as? String == "the server stops work on a request after 0.2 s; send a smaller one"
                )
            }
        }
    }

    @Test func aPersonAtAPageIsToldOnAPage() async throws {
        let app = Application(router: TimeLimit(Self.router(), limit: .milliseconds(200)))
        try await app.test(.router) { client in
            try await client.execute(uri: "/page", method: .get) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(String(buffer: response.body).contains("<h1>The request took too long</h1>"))
            }
        }
    }

    /// With a limit well above what the work takes (generous, since other tests may hold the pool's
    /// threads), the answers pass through unchanged.
    @Test func quickWorkIsAnsweredAsUsual() async throws {
        let app = Application(router: TimeLimit(Self.router(), limit: .seconds(60)))
        try await app.test(.router) { client in
            for _ in 0..<50 {
                try await client.execute(uri: "/quick", method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(String(buffer: response.body) == "quick\n")
                }
            }
        }
    }
}
