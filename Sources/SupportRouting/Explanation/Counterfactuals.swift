/// Finds the smallest changes to a profile that give another route, exactly: every case of every
/// fact the path reads (numbers split at the rules' thresholds), one fact at a time, then pairs of
/// facts for the routes no single change reaches. A single change after which missing facts would
/// decide is reported too, with the routes it opens.
struct Counterfactuals {
    /// A change to one fact, described as a person would say it.
    struct Change: Hashable {
        let fact: Int
        let description: String
    }

    /// What the walk gives after a change.
    enum Outcome: Hashable, Comparable {
        /// One route.
        case route(Int)
        /// Missing facts decide between these routes.
        case open(routes: [Int], deciding: [Int])

        static func < (lhs: Outcome, rhs: Outcome) -> Bool {
            switch (lhs, rhs) {
            case (.route(let a), .route(let b)): a < b
            case (.route, .open): true
            case (.open, .route): false
            case (.open(let a, _), .open(let b, _)): a.lexicographicallyPrecedes(b)
            }
        }
    }

    /// Changes and what they give.
    struct Found: Hashable {
        let changes: [Change]
        let outcome: Outcome
    }

    let ruleSet: RuleSet
    let values: [FactValue?]
    let route: Int
    private let domains: FactDomains
    private let walker: Walker

    init(ruleSet: RuleSet, values: [FactValue?], route: Int) {
        self.ruleSet = ruleSet
        self.values = values
        self.route = route
        self.domains = FactDomains(ruleSet: ruleSet)
        self.walker = Walker(ruleSet: ruleSet)
    }

    func find() -> [Found] {
        let facts = pathFacts()
        var alternatives: [Int: [FactValue]] = [:]
        var singles: [Found] = []
        for fact in facts {
            let others = otherCases(of: fact)
            alternatives[fact] = others
            var outcomes: [(value: FactValue, outcome: Outcome)] = []
            for value in others {
                var changed = values
                changed[fact] = value
                if let outcome = outcome(of: changed) { outcomes.append((value, outcome)) }
            }
            singles += describe(fact, outcomes)
        }
        let reachedAlone = Set(
            singles.compactMap { found -> Int? in
                if case .route(let route) = found.outcome { return route }
                return nil
            })
        var pairs: [Found] = []
        for (position, first) in facts.enumerated() {
            for second in facts[(position + 1)...] {
                for firstValue in alternatives[first] ?? [] {
                    for secondValue in alternatives[second] ?? [] {
                        var changed = values
                        changed[first] = firstValue
                        changed[second] = secondValue
                        guard case .reached(let reached) = walker.walk(changed).end, reached != route,
                            !reachedAlone.contains(reached)
                        else { continue }
                        let changes = [
                            Change(fact: first, description: wording(first, firstValue)),
                            Change(fact: second, description: wording(second, secondValue)),
                        ]
                        pairs.append(Found(changes: changes, outcome: .route(reached)))
                    }
                }
            }
        }
        return singles.sorted { $0.outcome < $1.outcome } + pairs
    }

    /// Another route, or routes opened up by missing facts; `nil` when nothing would change.
    private func outcome(of changed: [FactValue?]) -> Outcome? {
        switch walker.walk(changed).end {
        case .reached(let reached): return reached == route ? nil : .route(reached)
        case .blocked:
            let (possible, deciding, _) = PossibleRoutes(ruleSet: ruleSet).explore(changed)
            let routes = possible.map(\.route)
            return routes.contains(where: { $0 != route }) ? .open(routes: routes, deciding: deciding) : nil
        }
    }

    /// Facts read by start-at and escalation rules: only they can change the route.
    private func pathFacts() -> [Int] {
        var facts: [Int] = []
        for rule in ruleSet.pathRules {
            for fact in rule.condition.facts where !facts.contains(fact) { facts.append(fact) }
        }
        return facts.sorted()
    }

    private func otherCases(of fact: Int) -> [FactValue] {
        let current = values[fact].map { domains.caseKey(of: fact, $0) }
        return domains.values(of: fact, near: values[fact]).filter { domains.caseKey(of: fact, $0) != current }
    }

    /// Single changes of one fact; neighbouring number cases with the same outcome merge into one range.
    private func describe(_ fact: Int, _ changes: [(value: FactValue, outcome: Outcome)]) -> [Found] {
        guard case .number = ruleSet.schema.facts[fact].type else {
            return changes.map {
                Found(changes: [Change(fact: fact, description: wording(fact, $0.value))], outcome: $0.outcome)
            }
        }
        let range = NumberRange(fact: fact, domains: domains, schema: ruleSet.schema)
        var found: [Found] = []
        var run: [Double] = []
        var runOutcome: Outcome?
        func flush() {
            if let runOutcome, let low = run.first, let high = run.last {
                found.append(
                    Found(
                        changes: [Change(fact: fact, description: range.describe(from: low, to: high))],
                        outcome: runOutcome))
            }
            run = []
            runOutcome = nil
        }
        for case .number(let value) in domains.values(of: fact) {
            let outcome = changes.first { $0.value == .number(value) }?.outcome
            if outcome != runOutcome { flush() }
            if let outcome {
                runOutcome = outcome
                run.append(value)
            }
        }
        flush()
        return found
    }

    private func wording(_ fact: Int, _ value: FactValue) -> String {
        if case .number(let number) = value {
            return NumberRange(fact: fact, domains: domains, schema: ruleSet.schema).describe(from: number, to: number)
        }
        return ruleSet.schema.facts[fact].display(value)
    }
}
