/// The sizes the engine's walk and searches hold: each keeps the routes, and the facts the path
/// rules read, as bits of one 64-bit word. No realistic ladder comes near either.
enum RuleSetLimits {
    /// The most routes a rule set may have.
    static let maximumRoutes = 64
    /// The most facts the `start_at` and `escalate_when` rules may read between them.
    static let maximumPathFacts = 64

    /// Reports a rule set past either limit, at the first route or rule beyond it.
    static func check(routes: [Route], startAt: [StartAtRule], context: inout DecodingContext) {
        if routes.count > maximumRoutes {
            context.error(
                "too-many-routes",
                "a rule set has at most \(maximumRoutes) routes; `\(routes[maximumRoutes].id)` is route \(maximumRoutes + 1)",
                at: routes[maximumRoutes].location)
        }
        var read: [Int] = []
        for rule in startAt.map(\.rule) + routes.flatMap(\.escalateWhen) {
            for fact in rule.condition.facts where !read.contains(fact) {
                read.append(fact)
                guard read.count > maximumPathFacts else { continue }
                context.error(
                    "too-many-path-facts",
                    "the `start_at` and `escalate_when` rules read at most \(maximumPathFacts) different facts between them; rule `\(rule.id)` reads one more",
                    at: rule.location)
                return
            }
        }
    }
}
