public import Foundation
public import HTTPTypes
public import Hummingbird
public import SupportRouting

/// An error answered as `application/problem+json` (RFC 9457): a type, a title, the status, a detail
/// for people and, for a profile with mistakes, its diagnostics with line and column. Nothing of the
/// server (a file path, a stack) ever goes in one.
public struct Problem: Error, HTTPResponseError, Sendable, Encodable {
    /// One mistake in what the client sent.
    public struct Mistake: Sendable, Encodable {
        public let id: String
        public let message: String
        public let line: Int
        public let column: Int
        public let notes: [String]
    }

    /// A relative reference naming the kind of problem, such as `/v1/problems/bad-profile`.
    public let type: String
    public let title: String
    /// HTTP's status.
    public let status: HTTPResponse.Status
    public let detail: String
    public let diagnostics: [Mistake]?

    enum CodingKeys: String, CodingKey { case type, title, status, detail, diagnostics }

    /// The fields RFC 9457 names, the status as its number.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        try container.encode(title, forKey: .title)
        try container.encode(status.code, forKey: .status)
        try container.encode(detail, forKey: .detail)
        try container.encodeIfPresent(diagnostics, forKey: .diagnostics)
    }

    /// A problem of kind `kind` with this status.
    public init(
        _ status: HTTPResponse.Status, kind: String, title: String, detail: String, diagnostics: [Diagnostic]? = nil
    ) {
        type = "/v1/problems/\(kind)"
        self.title = title
        self.status = status
        self.detail = detail
        self.diagnostics = diagnostics?.map {
            Mistake(id: $0.id, message: $0.message, line: $0.location.line, column: $0.location.column, notes: $0.notes)
        }
    }

    /// The problem as its response.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let body = try encoder.encode(self)
        return Response(
            status: status, headers: [.contentType: "application/problem+json"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    static func notFound(_ what: String) -> Problem {
        Problem(.notFound, kind: "not-found", title: "Not found", detail: what)
    }
}
