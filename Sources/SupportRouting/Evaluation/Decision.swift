/// The answer for one profile: the route, how the walk reached it, and the advice that applies.
public struct Decision: Sendable, Hashable {
    /// Whether the walk reached one route.
    public enum Outcome: Sendable, Hashable {
        /// One route, by index.
        case decided(route: Int)
        /// Missing facts decide between these routes; `deciding` lists those facts by slot.
        case undecided(possible: [PossibleRoute], deciding: [Int])
    }

    /// A step of the walk: a rung, and the escalation rules that held there.
    public struct Climb: Sendable, Hashable {
        /// The rung climbed from.
        public let from: Int
        /// The escalation rules of that rung that held, by position in the rung's `escalateWhen`.
        public let rules: [Int]
    }

    /// The answer.
    public let outcome: Outcome
    /// The start-at rules that held, by position in the rule set's `startAt`; the walk began at the highest.
    public let startRules: [Int]
    /// The rung the walk began at.
    public let start: Int
    /// Each rung climbed past, lowest first.
    public let climbs: [Climb]
    /// Whether a rule of the top rung held, which would climb past the top.
    public let pastTop: Bool
    /// The advice rules that apply, by position in the rule set's `advice`.
    public let advice: [Int]
    /// Whether a start-at rule with a missing fact leaves even the rung the walk starts at undecided.
    public var startUndecided = false
    /// Whether the search for the possible routes tried every setting of the missing facts it needed;
    /// when not, other routes may be possible too.
    public var possibleRoutesComplete = true

    /// The route's index when the walk reached one.
    public var route: Int? {
        if case .decided(let route) = outcome { return route }
        return nil
    }
}

/// A route that remains possible while facts are missing, with one setting of those facts that gives it.
public struct PossibleRoute: Sendable, Hashable {
    /// The route's index.
    public let route: Int
    /// Values of missing facts (by slot) under which the walk reaches the route.
    public let when: [Setting]

    /// A fact set to a value.
    public struct Setting: Sendable, Hashable {
        /// The fact's slot.
        public let fact: Int
        /// The value.
        public let value: FactValue
    }
}
