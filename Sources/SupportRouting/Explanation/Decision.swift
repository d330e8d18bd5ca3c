/// The answer for one profile: the route, how the walk reached it, and the advice that applies,
/// each named by id (a route's, a rule's, a fact's name), as a rule file names them.
public struct Decision: Sendable, Hashable {
    /// The route's id, when the walk reached one.
    public private(set) var routeID: String?
    /// The ids of the routes still possible, when missing facts decide between them.
    public private(set) var possibleRouteIDs: [String] = []
    /// The names of the missing facts that decide between the possible routes.
    public private(set) var decidingFacts: [String] = []
    /// The ids of the start-at rules that held; the walk began at the highest rung they name.
    public private(set) var startRuleIDs: [String] = []
    /// The ids of the escalation rules that moved the walk up, lowest rung first.
    public private(set) var escalationRuleIDs: [String] = []
    /// The ids of the advice that applies.
    public private(set) var adviceIDs: [String] = []

    /// Whether the walk reached one route (by index, inside the package).
    package enum Outcome: Sendable, Hashable {
        /// One route, by index.
        case decided(route: Int)
        /// Missing facts decide between these routes; `deciding` lists those facts by slot.
        case undecided(possible: [PossibleRoute], deciding: [Int])
    }

    /// A step of the walk: a rung, and the escalation rules that held there.
    package struct Climb: Sendable, Hashable {
        /// The rung climbed from.
        package let from: Int
        /// The escalation rules of that rung that held, by position in the rung's `escalateWhen`.
        package let rules: [Int]
    }

    /// The answer.
    package let outcome: Outcome
    /// The start-at rules that held, by position in the rule set's `startAt`; the walk began at the highest.
    package let startRules: [Int]
    /// The rung the walk began at.
    package let start: Int
    /// Each rung climbed past, lowest first.
    package let climbs: [Climb]
    /// Whether a rule of the top rung held, which would climb past the top.
    public let pastTop: Bool
    /// The advice rules that apply, by position in the rule set's `advice`.
    package let advice: [Int]
    /// Whether a start-at rule with a missing fact leaves even the rung the walk starts at undecided.
    public internal(set) var startUndecided = false
    /// Whether the search for the possible routes tried every setting of the missing facts it needed;
    /// when not, other routes may be possible too.
    public internal(set) var possibleRoutesComplete = true

    /// The route's index when the walk reached one.
    package var route: Int? {
        if case .decided(let route) = outcome { return route }
        return nil
    }
}

/// A route that remains possible while facts are missing, with one setting of those facts that gives it.
package struct PossibleRoute: Sendable, Hashable {
    /// The route's index.
    package let route: Int
    /// Values of missing facts (by slot) under which the walk reaches the route.
    package let when: [Setting]

    /// A fact set to a value.
    package struct Setting: Sendable, Hashable {
        /// The fact's slot.
        package let fact: Int
        /// The value.
        package let value: FactValue
    }
}

extension Decision {
    /// Sets the names of the route, rules, facts and advice, worked out by the caller from the same
    /// run (assignments only: reading `outcome` in here trips the optimiser of Swift 6.3).
    mutating func name(
        route: String?, possibleRoutes: [String], decidingFacts: [String], startRules: [String],
        escalationRules: [String], advice: [String]
    ) {
        routeID = route
        possibleRouteIDs = possibleRoutes
        self.decidingFacts = decidingFacts
        startRuleIDs = startRules
        escalationRuleIDs = escalationRules
        adviceIDs = advice
    }
}
