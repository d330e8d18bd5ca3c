/// A loaded, type-checked rule set: the facts it reads, the escalation path and its rules.
public struct RuleSet: Sendable, Hashable {
    /// The rule-file format versions this build reads.
    public static let supportedFormats = [1]

    /// The rule set's identifier, such as `england-2008`.
    public let id: String
    /// A one-line title.
    public let title: String
    /// The rule set's own version.
    public let version: String
    /// Free text about the rule set.
    public let description: String?
    /// The documents that rules cite.
    public let documents: [SourceDocument]
    /// The facts a profile may give.
    public let schema: FactSchema
    /// The escalation path, lowest rung first.
    public let routes: [Route]
    /// Rules that start the walk higher up the path.
    public let startAt: [StartAtRule]
    /// Notes that do not change the route.
    public let advice: [AdviceRule]
    /// Properties the authors declare, which `check` proves or refutes.
    public let invariants: [Invariant]
    /// How derived facts are worked out from others, by derived fact.
    public let derivations: [Derivation]
    /// Conditions every valid profile satisfies: those declared, then one for each derivation.
    public let constraints: [Constraint]
    /// The file the rule set was read from.
    public let file: String
    /// The SHA-256 of the rule file's bytes, in hexadecimal, when the rule set was loaded from text:
    /// an answer that names it can be traced to the exact rules that gave it. Not part of equality.
    public var sha256: String?
    /// The rule set prepared for explaining, once, on first use.
    let explainerCache = ExplainerCache()

    /// Creates a rule set from parts already checked against each other.
    public init(
        id: String, title: String, version: String, description: String?, documents: [SourceDocument],
        schema: FactSchema, routes: [Route], startAt: [StartAtRule], advice: [AdviceRule],
        invariants: [Invariant] = [], derivations: [Derivation] = [], constraints: [Constraint] = [], file: String
    ) {
        self.invariants = invariants
        self.derivations = derivations
        self.constraints =
            constraints.filter { $0.kind == .declared }
            + derivations.map { derivation in
                Constraint(
                    id: "derived-\(schema.facts[derivation.fact].name)", when: nil,
                    require: derivation.agreement(schema: schema), because: derivation.because,
                    source: derivation.source, kind: .derivation(fact: derivation.fact), location: derivation.location)
            }
        self.id = id
        self.title = title
        self.version = version
        self.description = description
        self.documents = documents
        self.schema = schema
        self.routes = routes
        self.startAt = startAt
        self.advice = advice
        self.file = file
    }

    /// Rule sets compare by meaning; the file they came from does not count.
    public static func == (lhs: RuleSet, rhs: RuleSet) -> Bool {
        (lhs.id, lhs.title, lhs.version, lhs.description, lhs.documents) == (
            rhs.id, rhs.title, rhs.version, rhs.description, rhs.documents
        )
            && (lhs.schema, lhs.routes, lhs.startAt, lhs.advice) == (rhs.schema, rhs.routes, rhs.startAt, rhs.advice)
            && lhs.invariants == rhs.invariants && lhs.derivations == rhs.derivations
            && lhs.constraints == rhs.constraints
    }

    /// Hashes the meaning only.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(routes)
    }

    /// How the fact in `slot` is worked out, if it is derived.
    public func derivation(of slot: Int) -> Derivation? { derivations.first { $0.fact == slot } }

    /// The route with this id, if the path has one.
    public func route(id: String) -> Route? { routes.first { $0.id == id } }

    /// The rules that decide the route: start-at rules and every rung's escalation rules.
    public var pathRules: [Rule] {
        startAt.map(\.rule) + routes.flatMap(\.escalateWhen)
    }

    /// Every condition the rule set holds: its rules', its constraints' and its invariants'.
    var allConditions: [Condition] {
        allRules.map(\.condition) + constraints.map(\.condition)
            + invariants.compactMap { invariant in
                if case .implies(let condition, _) = invariant.claim { return condition }
                return nil
            }
    }

    /// Every rule of the set with the place it sits: escalation, start-at and advice rules.
    public var allRules: [Rule] {
        routes.flatMap(\.escalateWhen) + startAt.map(\.rule) + advice.map(\.rule)
    }
}
