public import Foundation
import HTTPTypes
public import Hummingbird
import NIOCore
import ShippedRules
import SupportRouting
import SupportRoutingRendering

/// The server's routes over one catalog of rule sets and one store of decision records: the JSON API
/// under `/v1` (here) and the pages (``addPages(to:)``).
public struct ServerRoutes: Sendable {
    /// The largest request body read: 1 MiB.
    public static let maximumBody = 1 << 20

    let answering: Answering
    let store: DecisionStore

    /// The routes over `answering`, keeping every answer in `store`.
    public init(answering: Answering, store: DecisionStore) {
        self.answering = answering
        self.store = store
    }

    /// Adds the JSON API to `router`: the rule sets, a rule set's facts, `route`, `explain`, the
    /// decision records, and the OpenAPI document that describes them.
    public func addAPI<Context: RequestContext>(to router: Router<Context>) {
        let api = router.group("v1")
        api.get("rulesets") { _, _ in try json(answering.catalog.ruleSets.map(RuleSetListing.init)) }
        api.get("rulesets/:id/facts") { _, context in
            let ruleSet = try answering.ruleSet(try pathParameter("id", context))
            return text(ProfileSchemaRenderer.render(ruleSet), type: "application/schema+json")
        }
        api.post("route") { request, context in try await answer(request, context: context, explaining: false) }
        api.post("explain") { request, context in try await answer(request, context: context, explaining: true) }
        api.get("decisions/:id") { _, context in
            let id = try pathParameter("id", context)
            guard let record = try store.record(id: id) else { throw Problem.notFound("no decision `\(id)`") }
            return try json(RecordAnswer(record: record, current: answering.recheck(record)))
        }
        api.get("openapi.json") { _, _ in
            guard let document = ShippedFile.named("Schemas/support-router.openapi.json") else {
                throw Problem.notFound("the OpenAPI document was not built in")
            }
            return text(document.text, type: "application/json")
        }
    }

    /// Reads the profile in the body, answers it with the rule set `?ruleset=` names (or the default),
    /// keeps the record, and only then answers: the route (or the whole explanation) and the record's id.
    private func answer<Context: RequestContext>(_ request: Request, context: Context, explaining: Bool)
        async throws -> Response
    {
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: Self.maximumBody)
        } catch is NIOTooManyBytesError {
            throw Problem.tooLarge
        }
        guard let profileText = String(validating: body.readableBytesView, as: UTF8.self) else {
            throw Problem(
                .unprocessableContent, kind: "not-utf8", title: "The profile is not text",
                detail: "send the profile as UTF-8 YAML or JSON")
        }
        let ruleSet = try answering.ruleSet(request.uri.queryParameters["ruleset"].map(String.init))
        let profile = try answering.profile(profileText, ruleSet: ruleSet)
        let explanation = ruleSet.explain(profile, counterfactuals: explaining)
        // The route's answer is written by hand (the encoder took a seventh of a request's time).
        let answer = explaining ? try Self.compact(explanation) : RouteAnswer(explanation).compactJSON
        return try await keep(explanation, profileText: profileText, ruleSet: ruleSet, answer: answer).response
    }

    /// Keeps the record of `explanation`, whose profile was given as `profileText` and whose answer is
    /// `answer` (one JSON object), and only then makes the response: the answer with its record's link.
    func keep(_ explanation: Explanation, profileText: String, ruleSet: RuleSet, answer: String)
        async throws -> (record: DecisionRecord, response: Response)
    {
        // Encoded once: the record keeps the answer, and the response is the answer with its record's link.
        let record = answering.record(of: explanation, profileText: profileText, ruleSet: ruleSet, answer: answer)
        try await store.save(record)
        // The answer's closing brace gives way to the record's link; bytes, not Characters, are counted.
        var output = ByteBuffer()
        output.writeBytes(answer.utf8.dropLast())
        output.writeString(",\"decision\":")
        output.writeString("{\"id\":\"\(record.id)\",\"url\":\"/v1/decisions/\(record.id)\"}")
        output.writeString("}\n")
        let response = Response(
            status: .ok, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: output))
        return (record, response)
    }

    /// One line of JSON, keys sorted: what the API answers with, and what a record keeps.
    static func compact(_ value: some Encodable) throws -> String {
        String(decoding: try compactEncoder.encode(value), as: UTF8.self)
    }

    private static let compactEncoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    static func encode(_ value: some Encodable) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }
}

/// The path parameter `name`, percent-decoded, as the links the server writes encode it.
func pathParameter(_ name: String, _ context: some RequestContext) throws -> String {
    let raw = try context.parameters.require(name)
    return raw.removingPercentEncoding ?? raw
}

/// A response of JSON text.
func json(_ value: some Encodable) throws -> Response {
    text(try ServerRoutes.encode(value) + "\n", type: "application/json")
}

/// A response of `body` with this content type.
func text(_ body: String, type: String) -> Response {
    Response(
        status: .ok, headers: [.contentType: type], body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
}

/// A rule set as the list of rule sets shows it.
struct RuleSetListing: Encodable {
    let id: String
    let title: String
    let version: String
    let sha256: String?
    let description: String?
    let routes: [String]

    init(_ ruleSet: RuleSet) {
        id = ruleSet.id
        title = ruleSet.title
        version = ruleSet.version
        sha256 = ruleSet.sha256
        description = ruleSet.description
        routes = ruleSet.routes.map(\.id)
    }
}

/// A record and what the current rules say of it.
struct RecordAnswer: Encodable {
    let record: DecisionRecord
    let current: Answering.Recheck
}
