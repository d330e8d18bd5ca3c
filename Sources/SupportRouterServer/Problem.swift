public import Foundation
public import HTTPTypes
public import Hummingbird
public import SupportRouting
import SupportRoutingRendering

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
        // A body of 1 MiB can hold a hundred thousand mistakes; the answer lists the first ones, not
        // a document many times the size of the request.
        let listed = Self.maximumDiagnostics
        self.detail =
            (diagnostics?.count ?? 0) > listed ? detail + "; the first \(listed) are listed" : detail
        self.diagnostics = diagnostics?.prefix(listed).map {
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

    /// The problem as the body of a page: its title, its detail and each mistake, every text escaped.
    var pageBody: String {
        let items = (diagnostics ?? []).map {
            "<li>line \($0.line), column \($0.column): \(HTML.escape($0.message))</li>"
        }
        return """
            <header><p class="eyebrow">\(status.code) \(HTML.escape(status.reasonPhrase))</p><h1>\(HTML.escape(title))</h1>
            <p>\(HTML.escape(detail.prefix(1).uppercased() + detail.dropFirst())).</p></header>
            \(items.isEmpty ? "" : "<ul>\(items.joined(separator: "\n"))</ul>")
            <p><a href="/">Back to the rule sets</a></p>
            """
    }

    /// The most diagnostics one problem lists.
    public static let maximumDiagnostics = 100

    /// A request body over the limit of 1 MiB.
    static var tooLarge: Problem {
        Problem(
            .contentTooLarge, kind: "too-large", title: "The request is too large",
            detail: "the request body is larger than the limit of 1 MiB")
    }

    static func notFound(_ what: String) -> Problem {
        Problem(.notFound, kind: "not-found", title: "Not found", detail: what)
    }
}
