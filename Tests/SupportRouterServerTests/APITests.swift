import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SupportRouterServer
import SupportRouting
import Testing

/// The JSON API: the rule sets, answers equal to the command line's, records kept and rechecked,
/// and every mistake a problem document with its place, never a 500.
struct APITests {
    @Test func theRuleSetsAreListedWithTheDigestOfTheirFiles() async throws {
        let server = try ServerFixture()
        defer { server.remove() }
        try await server.test { client in
            try await client.execute(uri: "/v1/rulesets", method: .get) { response in
                #expect(response.status == .ok)
                let sets = try #require(
                    try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [[String: Any]])
                #expect(sets.map { $0["id"] as? String } == ["england-2008", "england-2026"])
                let bytes = try Data(contentsOf: ServerFixture.root.appendingPathComponent("Rules/england-2026.yaml"))
                #expect(sets[1]["sha256"] as? String == SHA256.hex([UInt8](bytes)))
                #expect(response.headers[.contentSecurityPolicy] == "default-src 'self'")
            }
        }
    }

    static let samples: [(ruleSet: String, path: String)] = {
        func list(_ folder: String, _ ruleSet: String) -> [(String, String)] {
            let names =
                (try? FileManager.default.contentsOfDirectory(
                    atPath: ServerFixture.root.appendingPathComponent(folder).path)) ?? []
            return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted().map {
                (ruleSet, "\(folder)/\($0)")
            }
        }
        return list("Samples", "england-2008") + list("Samples/england-2026", "england-2026")
    }()

    @Test func everySampleGetsTheAnswerTheCommandLineGives() async throws {
        let server = try ServerFixture()
        defer { server.remove() }
        try await server.test { client in
            for (ruleSet, path) in Self.samples {
                let cli = try ServerFixture.commandLine(["route", "--ruleset", ruleSet, path, "--format", "json"])
                var expected = try #require(
                    (try JSONSerialization.jsonObject(with: cli) as? [[String: Any]])?.first, "\(path)")
                let body = try ServerFixture.read(path)
                try await client.execute(
                    uri: "/v1/route?ruleset=\(ruleSet)", method: .post, body: ByteBuffer(string: body)
                ) { response in
                    #expect(response.status == .ok, "\(path)")
                    var answer = try ServerFixture.json(response)
                    #expect((answer["decision"] as? [String: Any])?["id"] is String)
                    // The command line names the profile by its file; the API by "profile".
                    for key in ["decision", "profile"] { answer[key] = nil }
                    expected["profile"] = nil
                    #expect(NSDictionary(dictionary: answer) == NSDictionary(dictionary: expected), "\(path)")
                }
            }
        }
        #expect(try server.store.count() == Self.samples.count)
    }

    @Test func aRecordIsKeptAndTheCurrentRulesGiveTheSameAnswer() async throws {
        let server = try ServerFixture()
        defer { server.remove() }
        try await server.test { client in
            let profile = try ServerFixture.read("Samples/riverside-high.yaml")
            let id = try await client.execute(uri: "/v1/route", method: .post, body: ByteBuffer(string: profile)) {
                try #require((try ServerFixture.json($0)["decision"] as? [String: Any])?["id"] as? String)
            }
            try await client.execute(uri: "/v1/decisions/\(id)", method: .get) { response in
                let answer = try ServerFixture.json(response)
                let record = try #require(answer["record"] as? [String: Any])
                #expect(record["route"] as? String == "la-commissioned")
                #expect(record["decidingRules"] as? [String] == ["notice-to-improve"])
                #expect(record["profile"] as? String == profile)
                #expect(record["ruleSetVersion"] as? String == "2.0.0")
                let current = try #require(answer["current"] as? [String: Any])
                #expect(current["sameAnswer"] as? Bool == true)
                #expect(current["sameRules"] as? Bool == true)
            }
            try await client.execute(uri: "/v1/decisions/no-such-id", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType] == "application/problem+json")
            }
        }
    }

    @Test func explainGivesTheWholeExplanationWithItsRecord() async throws {
        let server = try ServerFixture()
        defer { server.remove() }
        try await server.test { client in
            let profile = try ServerFixture.read("Samples/england-2026/millbrook-high.yaml")
            try await client.execute(
                uri: "/v1/explain?ruleset=england-2026", method: .post, body: ByteBuffer(string: profile)
            ) { response in
                let answer = try ServerFixture.json(response)
                #expect((answer["route"] as? [String: Any])?["id"] as? String == "rise-targeted")
                #expect((answer["counterfactuals"] as? [Any])?.isEmpty == false)
                #expect(answer["decision"] is [String: Any])
            }
        }
    }

    @Test func aProfileWithMistakesIsAProblemWithTheirPlaces() async throws {
        let server = try ServerFixture()
        defer { server.remove() }
        try await server.test { client in
            let body = "phase: secndary\nweak_areas: [behavior]\n"
            try await client.execute(uri: "/v1/route", method: .post, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.headers[.contentType] == "application/problem+json")
                let problem = try ServerFixture.json(response)
                #expect(problem["type"] as? String == "/v1/problems/bad-profile")
                let mistakes = try #require(problem["diagnostics"] as? [[String: Any]])
                #expect(mistakes.map { $0["line"] as? Int } == [1, 2])
                #expect(mistakes.map { $0["column"] as? Int } == [8, 14])
                #expect((mistakes[0]["message"] as? String)?.contains("did you mean `secondary`?") == true)
            }
            #expect(try server.store.count() == 0)
        }
    }

    /// Hostile bodies: each gets a problem document and a 4xx, never a 500 or a hang.
    @Test(arguments: [
        ("not yaml", "{{{{ [[[ : : :", 422),
        ("binary", String(decoding: [0xFF, 0xFE, 0x00, 0x41], as: UTF8.self), 422),
        ("deep nesting", String(repeating: "[", count: 10_000), 422),
        ("a list, not a map", "- a\n- b\n", 422),
        ("script in a value", "phase: \"<script>alert(1)</script>\"\n", 422),
        ("a huge number", "attainment:\n  gcse_5ac_percent: 1e999\n", 422),
        (
            "an alias bomb",
            "a: &a [x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b]\n",
            422
        ),
        ("too large", "a comment of one byte more than 1 MiB", 413),
    ])
    func hostileBodiesGetAProblemNeverAServerError(what: String, body: String, status: Int) async throws {
        let server = try ServerFixture()
        defer { server.remove() }
        // Made here, so a failure does not print a mebibyte.
        let body = what == "too large" ? String(repeating: "#", count: (1 << 20) + 1) : body
        try await server.test { client in
            try await client.execute(uri: "/v1/route", method: .post, body: ByteBuffer(string: body)) { response in
                #expect(response.status.code == status, "\(what)")
                #expect(response.headers[.contentType] == "application/problem+json", "\(what)")
                let text = String(buffer: response.body)
                #expect(!text.contains("/work/") && !text.contains(".swift"), "\(what): \(text)")
            }
        }
    }

    @Test func anUnknownRuleSetIsAProblemWithASuggestion() async throws {
        let server = try ServerFixture()
        defer { server.remove() }
        try await server.test { client in
            try await client.execute(
                uri: "/v1/route?ruleset=england-2009", method: .post, body: ByteBuffer(string: "{}")
            ) {
                #expect($0.status == .notFound)
                let problem = try ServerFixture.json($0)
                #expect((problem["detail"] as? String)?.hasSuffix("did you mean `england-2008`?") == true)
            }
            try await client.execute(uri: "/v1/rulesets/nope/facts", method: .get) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/v1/rulesets/england-2026/facts", method: .get) { response in
                #expect(response.status == .ok)
                let schema = try ServerFixture.json(response)
                #expect((schema["properties"] as? [String: Any])?["ofsted.category"] != nil)
            }
        }
    }

    @Test func withATokenEveryRequestButTheHealthProbeMustCarryIt() async throws {
        let server = try ServerFixture()
        defer { server.remove() }
        let token = "a-token-of-some-length"
        try await server.test(token: token) { client in
            try await client.execute(uri: "/v1/rulesets", method: .get) { response in
                #expect(response.status == .unauthorized)
                #expect(response.headers[.contentType] == "application/problem+json")
                #expect(response.headers[.wwwAuthenticate] == "Bearer")
            }
            // The scheme's name is case-insensitive.
            try await client.execute(uri: "/v1/rulesets", method: .get, headers: [.authorization: "bearer \(token)"]) {
                #expect($0.status == .ok)
            }
            try await client.execute(
                uri: "/v1/rulesets", method: .get, headers: [.authorization: "Bearer wrong-token-of-length"]
            ) {
                #expect($0.status == .unauthorized)
            }
            try await client.execute(uri: "/v1/rulesets", method: .get, headers: [.authorization: "Bearer \(token)"]) {
                #expect($0.status == .ok)
            }
            try await client.execute(uri: "/health", method: .get) { #expect($0.status == .ok) }
        }
    }

    @Test func theOpenAPIDocumentIsServedAndNamesEveryPath() async throws {
        let server = try ServerFixture()
        defer { server.remove() }
        try await server.test { client in
            try await client.execute(uri: "/v1/openapi.json", method: .get) { response in
                let document = try ServerFixture.json(response)
                #expect(document["openapi"] as? String == "3.1.0")
                let paths = try #require(document["paths"] as? [String: Any])
                #expect(
                    Set(paths.keys) == [
                        "/v1/rulesets", "/v1/rulesets/{id}/facts", "/v1/route", "/v1/explain", "/v1/decisions/{id}",
                        "/v1/openapi.json", "/v1/schools", "/v1/schools/{id}/route",
                    ])
            }
        }
    }

    @Test func headIsAnsweredLikeGetWithoutTheBody() async throws {
        let server = try ServerFixture()
        defer { server.remove() }
        try await server.test { client in
            for uri in ["/", "/rulesets/england-2008", "/v1/rulesets", "/health"] {
                try await client.execute(uri: uri, method: .head) { response in
                    #expect(response.status == .ok, "\(uri)")
                    #expect(response.body.readableBytes == 0, "\(uri)")
                    #expect(response.headers[.contentType] != nil, "\(uri)")
                }
            }
        }
    }

    /// Every endpoint, given what it cannot use, answers with a problem and a 4xx.
    @Test func everyEndpointAnswersNonsenseWithAProblem() async throws {
        let server = try ServerFixture(schools: SchoolTests.dataset)
        defer { server.remove() }
        try await server.test { client in
            for (uri, method, body) in [
                ("/v1/explain", HTTPRequest.Method.post, "[[[["),
                ("/v1/explain?ruleset=%00%ff", .post, "phase: primary"),
                ("/v1/decisions/..%2F..%2Fetc%2Fpasswd", .get, ""),
                ("/v1/decisions/" + String(repeating: "x", count: 4000), .get, ""),
                ("/v1/rulesets/%3Cscript%3E/facts", .get, ""),
                ("/decisions/%3Cscript%3E", .get, ""),
                ("/decisions/nope/what-if/99", .get, ""),
                ("/decisions/nope/download/exe", .get, ""),
                ("/rulesets/nope", .get, ""),
                ("/v1/schools/%3Cscript%3E/route", .post, ""),
                ("/v1/schools/..%2F..%2Fetc%2Fpasswd/route", .post, ""),
                ("/schools/%3Cscript%3E", .get, ""),
                ("/schools/" + String(repeating: "9", count: 4000), .get, ""),
            ] {
                try await client.execute(uri: uri, method: method, body: ByteBuffer(string: body)) { response in
                    #expect((400..<500).contains(response.status.code), "\(uri): \(response.status)")
                    let text = String(buffer: response.body)
                    #expect(!text.contains(".swift"), "\(uri)")
                    #expect(response.headers[.xContentTypeOptions] == "nosniff")
                    if uri.hasPrefix("/v1/") {
                        // A program gets a JSON problem, which no browser reads as a page.
                        #expect(response.headers[.contentType] == "application/problem+json", "\(uri)")
                    } else {
                        // A person gets a page, every text in it escaped.
                        #expect(response.headers[.contentType] == "text/html; charset=utf-8", "\(uri)")
                        #expect(!text.contains("<script"), "\(uri)")
                    }
                }
            }
        }
    }
}
