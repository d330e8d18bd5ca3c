/// Finds the smallest changes to a profile that give another route, exactly: every case of every
/// fact the path reads (numbers split at the rules' thresholds), one fact at a time, then pairs of
/// facts for the routes no single change reaches.
struct Counterfactuals {
    /// A change to one fact, described as a person would say it.
    struct Change: Hashable {
        let fact: Int
        let description: String
    }

    /// Changes and the route they give.
    struct Found: Hashable {
        let changes: [Change]
        let route: Int
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
        // Each fact's other cases, and the route each gives on its own.
        var alternatives: [Int: [FactValue]] = [:]
        var singles: [Found] = []
        for fact in facts {
            let others = otherCases(of: fact)
            alternatives[fact] = others
            var byRoute: [(value: FactValue, route: Int)] = []
            for value in others {
                var changed = values
                changed[fact] = value
                if case .reached(let reached) = walker.walk(changed).end, reached != route {
                    byRoute.append((value, reached))
                }
            }
            singles += describe(fact, byRoute)
        }
        let reachedAlone = Set(singles.map(\.route))
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
                        pairs.append(
                            Found(
                                changes: [
                                    Change(fact: first, description: wording(first, firstValue)),
                                    Change(fact: second, description: wording(second, secondValue)),
                                ],
                                route: reached))
                    }
                }
            }
        }
        return singles.sorted { ($0.route, $0.changes.count) < ($1.route, $1.changes.count) } + pairs
    }

    /// Facts read by start-at and escalation rules: only they can change the route.
    private func pathFacts() -> [Int] {
        var facts: [Int] = []
        for rule in ruleSet.routes.flatMap(\.escalateWhen) + ruleSet.startAt.map(\.rule) {
            for fact in rule.condition.facts where !facts.contains(fact) { facts.append(fact) }
        }
        return facts.sorted()
    }

    private func otherCases(of fact: Int) -> [FactValue] {
        let current = values[fact].map { domains.caseKey(of: fact, $0) }
        return domains.values(of: fact, near: values[fact]).filter { domains.caseKey(of: fact, $0) != current }
    }

    /// Single changes of one fact; neighbouring number cases that give the same route merge into one range.
    private func describe(_ fact: Int, _ changes: [(value: FactValue, route: Int)]) -> [Found] {
        guard case .number = ruleSet.schema.facts[fact].type else {
            return changes.map {
                Found(changes: [Change(fact: fact, description: wording(fact, $0.value))], route: $0.route)
            }
        }
        let all = domains.values(of: fact)
        var found: [Found] = []
        var run: [Double] = []
        var runRoute: Int?
        func flush() {
            if let runRoute, let low = run.first, let high = run.last {
                found.append(
                    Found(
                        changes: [
                            Change(
                                fact: fact,
                                description: NumberRange(fact: fact, domains: domains, schema: ruleSet.schema).describe(
                                    from: low, to: high))
                        ], route: runRoute))
            }
            run = []
            runRoute = nil
        }
        for case .number(let value) in all {
            let route = changes.first { $0.value == .number(value) }?.route
            if route != runRoute { flush() }
            if let route {
                runRoute = route
                run.append(value)
            }
        }
        flush()
        return found
    }

    private func wording(_ fact: Int, _ value: FactValue) -> String {
        let definition = ruleSet.schema.facts[fact]
        switch (definition.type, value) {
        case (.number, .number(let number)):
            return NumberRange(fact: fact, domains: domains, schema: ruleSet.schema).describe(from: number, to: number)
        default:
            return definition.display(value)
        }
    }
}
