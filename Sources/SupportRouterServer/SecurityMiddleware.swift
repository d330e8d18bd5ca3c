import HTTPTypes
public import Hummingbird
import Logging
import NIOCore

/// Headers that keep every answer from being framed, sniffed or made to load anything from
/// elsewhere, and, when the server has a token, the bearer check on every request but the health
/// probe. Errors that are not problems already become one, with no detail of the server in it.
public struct SecurityMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The token requests must carry, when the server binds beyond loopback.
    let token: String?

    /// The middleware; `token` when requests must present it.
    public init(token: String?) {
        self.token = token
    }

    public func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var response: Response
        do {
            if let token, !Self.open.contains(request.uri.path), !Self.presents(token, request) {
                // A person at a page is asked for the token once; a program gets a problem document.
                if !request.uri.path.hasPrefix("/v1/") && request.method == .get {
                    return Self.secured(Response(status: .seeOther, headers: [.location: "/login"]))
                }
                throw Problem(
                    .unauthorized, kind: "unauthorized", title: "A token is needed",
                    detail: "send the server's token as `Authorization: Bearer TOKEN`")
            }
            if let token, request.uri.path == "/login", request.method == .post {
                return Self.secured(try await Self.logIn(request, token: token))
            }
            response = try await next(request, context)
        } catch {
            let problem: Problem
            switch error {
            case let known as Problem: problem = known
            case is NIOTooManyBytesError: problem = .tooLarge
            case let error as HTTPError:
                problem =
                    error.status == .contentTooLarge
                    ? .tooLarge
                    : Problem(
                        error.status, kind: "http", title: error.status.reasonPhrase, detail: error.status.reasonPhrase)
            default:
                context.logger.error("request failed: \(String(describing: type(of: error)))")
                problem = Problem(
                    .internalServerError, kind: "internal", title: "Internal error",
                    detail: "the server could not answer; the error is in its log")
            }
            return try Self.answer(problem, to: request, context: context)
        }
        return Self.secured(response)
    }

    /// The answer to `request` that says `problem`, with the headers every answer carries: a page for a
    /// person at a page, the problem document for a program.
    static func answer(_ problem: Problem, to request: Request, context: Context) throws -> Response {
        var response =
            isPage(request)
            ? page(problem.title, problem.pageBody, status: problem.status)
            : try problem.response(from: request, context: context)
        if problem.status == .unauthorized { response.headers[.wwwAuthenticate] = "Bearer" }
        return secured(response)
    }

    /// Whether `request` is for a page a person reads, not the API.
    static func isPage(_ request: Request) -> Bool {
        let path = request.uri.path
        return !path.hasPrefix("/v1/") && path != "/health" && !path.hasPrefix("/assets/")
    }

    /// The paths anyone may ask for: the health probe, the login page and the stylesheet.
    static var open: Set<String> { ["/health", "/login", "/assets/style.css"] }

    /// The name of the cookie that carries the token for the pages.
    static var cookieName: String { "support-router-token" }

    /// `response` with the headers every answer carries.
    static func secured(_ response: Response) -> Response {
        var response = response
        response.headers[.contentSecurityPolicy] = "default-src 'self'"
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        return response
    }

    /// Takes the login form: the right token sets the cookie and goes home; a wrong one asks again.
    static func logIn(_ request: Request, token: String) async throws -> Response {
        var request = request
        let body = try await request.collectBody(upTo: 4096)
        let given = ProfileForm.fields(String(buffer: body)).first { $0.0 == "token" }?.1 ?? ""
        guard matches(given, token) else { return Response(status: .seeOther, headers: [.location: "/login?wrong"]) }
        return Response(
            status: .seeOther,
            headers: [.location: "/", .setCookie: "\(cookieName)=\(token); Path=/; HttpOnly; SameSite=Strict"])
    }

    /// Whether the request carries the token, compared in time that does not depend on where it differs.
    static func presents(_ token: String, _ request: Request) -> Bool {
        // The scheme's name is case-insensitive (RFC 9110).
        if let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer "),
            matches(String(header.dropFirst("bearer ".count)), token)
        {
            return true
        }
        return CSRFCookie.cookie(cookieName, in: request).map { matches($0, token) } ?? false
    }

    /// Whether `given` is the token, compared in time that does not depend on where it differs.
    static func matches(_ given: String, _ token: String) -> Bool {
        let given = Array(given.utf8)
        let expected = Array(token.utf8)
        guard given.count == expected.count else { return false }
        return zip(given, expected).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
