/// The short reasons an explanation gives, worded once per rule set where they depend only on the
/// rules. Every sentence of an explanation's reasons is worded here.
struct Reasons: Sendable {
    /// For each start-at rule: the walk starts at its rung.
    let start: [String]
    /// For each rung and each of its escalation rules: the school is not on that rung.
    let climb: [[String]]
    /// For each rung: the school stays there; `nil` for a rung with no escalation rules.
    let stay: [String?]
    /// For each rung: a rule of the top rung holds.
    let pastTop: [String]

    init(_ ruleSet: RuleSet) {
        start = ruleSet.startAt.map { "Starts at \(ruleSet.routes[$0.route].id): \($0.rule.because)" }
        climb = ruleSet.routes.map { route in route.escalateWhen.map { "Not \(route.id): \($0.because)" } }
        stay = ruleSet.routes.map { rung in
            let count = rung.escalateWhen.count
            guard count > 0 else { return nil }
            return
                "Stays at \(rung.id): \(count == 1 ? "its one reason" : "none of its \(count) reasons") to look further up the path \(count == 1 ? "does not apply" : "applies")."
        }
        pastTop = ruleSet.routes.map {
            "\($0.id) is the top of the path, so the school stays there even though a rule of it holds."
        }
    }

    /// Missing facts decide between routes.
    static func undecided(routes: [String], deciding: [String]) -> String {
        let verb = deciding.count == 1 ? "decides" : "decide"
        return
            "Undecided: the profile does not give \(deciding.joined(separator: ", ")), which \(verb) between \(routes.joined(separator: ", "))."
    }
}
