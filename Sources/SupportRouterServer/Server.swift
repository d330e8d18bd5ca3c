public import Hummingbird
import Logging

/// The server: the API (and, later, the pages) over one catalog of rule sets and one store of
/// decision records, with the security middleware in front and one log line per request.
public enum Server {
    /// The longest a request may take unless told otherwise.
    public static let defaultTimeLimit = Duration.seconds(10)

    /// The server's responder for `answering` and `store`, with requests checked for `token` when one
    /// is set, and each answered within `timeLimit`.
    public static func responder(
        answering: Answering, store: DecisionStore, token: String?, timeLimit: Duration = defaultTimeLimit
    ) -> TimeLimit<Router<BasicRequestContext>> {
        TimeLimit(router(answering: answering, store: store, token: token), limit: timeLimit)
    }

    /// The router for `answering` and `store`, with requests checked for `token` when one is set.
    public static func router(answering: Answering, store: DecisionStore, token: String?) -> Router<BasicRequestContext>
    {
        let router = Router()
        router.add(middleware: AccessLogMiddleware())
        router.add(middleware: SecurityMiddleware(token: token))
        router.get("health") { _, _ in "ok\n" }
        let routes = ServerRoutes(answering: answering, store: store)
        routes.addAPI(to: router)
        routes.addPages(to: router)
        routes.addSchools(to: router)
        return router
    }
}
