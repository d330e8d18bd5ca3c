import HTTPTypes
public import Hummingbird
import Logging

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
            if let token, request.uri.path != "/health", !Self.presents(token, request) {
                throw Problem(
                    .unauthorized, kind: "unauthorized", title: "A token is needed",
                    detail: "send the server's token as `Authorization: Bearer TOKEN`")
            }
            response = try await next(request, context)
        } catch let problem as Problem {
            response = try problem.response(from: request, context: context)
        } catch let error as HTTPError {
            let problem = Problem(
                error.status, kind: error.status == .contentTooLarge ? "too-large" : "http",
                title: error.status.reasonPhrase,
                detail: error.status == .contentTooLarge
                    ? "the request body is larger than the limit of 1 MiB" : error.status.reasonPhrase)
            response = try problem.response(from: request, context: context)
        } catch {
            context.logger.error("request failed: \(String(describing: type(of: error)))")
            let problem = Problem(
                .internalServerError, kind: "internal", title: "Internal error",
                detail: "the server could not answer; the error is in its log")
            response = try problem.response(from: request, context: context)
        }
        response.headers[.contentSecurityPolicy] = "default-src 'self'"
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        return response
    }

    /// Whether the request carries the token, compared in time that does not depend on where it differs.
    static func presents(_ token: String, _ request: Request) -> Bool {
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer ") else { return false }
        let given = Array(header.dropFirst("Bearer ".count).utf8)
        let expected = Array(token.utf8)
        guard given.count == expected.count else { return false }
        return zip(given, expected).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
