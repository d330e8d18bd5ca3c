/// Turns a ``Decision`` into an ``Explanation`` by re-evaluating each rule with a trace: the
/// straightforward way, kept as the reference the compiled ``Explainer`` must agree with exactly,
/// and for rule sets and profiles the explainer cannot take.
struct ExplanationBuilder {
    let ruleSet: RuleSet
    let profile: Profile

    func build(_ decision: Decision, counterfactuals wantCounterfactuals: Bool) -> Explanation {
        let startAt = ruleSet.startAt.map { report($0.rule) }
        var rungs: [Explanation.RungReport] = []
        for climb in decision.climbs {
            rungs.append(rungReport(climb.from, outcome: .climbed))
        }
        let last = decision.climbs.last.map { $0.from + 1 } ?? decision.start
        switch decision.outcome {
        case .decided: rungs.append(rungReport(last, outcome: decision.pastTop ? .pastTop : .stopped))
        case .undecided:
            // A walk blocked at the start never reached a rung.
            if !decision.climbs.isEmpty || !decision.startUndecided {
                rungs.append(rungReport(last, outcome: .undecided))
            }
        }
        let advice = decision.advice.map { index -> Explanation.AdviceReport in
            let rule = ruleSet.advice[index]
            return Explanation.AdviceReport(
                id: rule.rule.id, says: rule.says.render(schema: ruleSet.schema, values: profile.values),
                because: rule.rule.because, document: rule.rule.source.document, quote: rule.rule.source.quote)
        }
        var possible: [Explanation.PossibleRouteReport] = []
        var deciding: [String] = []
        if case .undecided(let routes, let facts) = decision.outcome {
            possible = routes.map { option in
                Explanation.PossibleRouteReport(
                    route: summary(option.route),
                    when: option.when.map { change($0.fact, to: ruleSet.schema.facts[$0.fact].display($0.value)) })
            }
            deciding = facts.map { ruleSet.schema.facts[$0].name }
        }
        var counterfactuals: [Explanation.Counterfactual] = []
        if wantCounterfactuals, let route = decision.route {
            counterfactuals = Counterfactuals(ruleSet: ruleSet, values: profile.values, route: route).find().map {
                found in
                let changes = found.changes.map { change($0.fact, to: $0.description) }
                switch found.outcome {
                case .route(let route):
                    return Explanation.Counterfactual(
                        changes: changes, route: summary(route), possible: [], decidingFacts: [])
                case .open(let routes, let deciding):
                    return Explanation.Counterfactual(
                        changes: changes, route: nil, possible: routes.map(summary),
                        decidingFacts: deciding.map { ruleSet.schema.facts[$0].name })
                }
            }
        }
        var explanation = Explanation(
            ruleSet: .init(id: ruleSet.id, title: ruleSet.title, version: ruleSet.version, file: ruleSet.file),
            profile: .init(file: profile.file, name: profile.name, story: profile.story),
            route: decision.route.map(summary), possible: possible, decidingFacts: deciding,
            reasons: reasons(decision, possible: possible, deciding: deciding),
            startAt: startAt, startedAt: decision.startUndecided ? nil : summary(decision.start), rungs: rungs,
            advice: advice,
            facts: factReports(visited: rungs.map { $0.route.rung - 1 }), counterfactuals: counterfactuals)
        if !decision.possibleRoutesComplete { explanation.possibleRoutesIncomplete = true }
        return explanation
    }

    func summary(_ route: Int) -> Explanation.RouteSummary {
        let route = ruleSet.routes[route]
        return .init(
            id: route.id, rung: route.index + 1, title: route.title, brokeredBy: route.brokeredBy,
            involves: route.involves)
    }

    private func change(_ fact: Int, to: String) -> Explanation.Change {
        Explanation.Change(
            fact: ruleSet.schema.facts[fact].name,
            from: profile.values[fact].map { ruleSet.schema.facts[fact].display($0) },
            fromDefault: profile.origins[fact] == .defaulted,
            to: to)
    }

    private func rungReport(_ index: Int, outcome: Explanation.RungReport.Outcome) -> Explanation.RungReport {
        Explanation.RungReport(
            route: summary(index), rules: ruleSet.routes[index].escalateWhen.map(report), outcome: outcome)
    }

    private func report(_ rule: Rule) -> Explanation.RuleReport {
        let condition = trace(rule.condition)
        return Explanation.RuleReport(
            id: rule.id, result: condition.result, because: rule.because, document: rule.source.document,
            quote: rule.source.quote, condition: condition, location: rule.location)
    }

    private func trace(_ condition: Condition) -> Explanation.ConditionReport {
        let fact = condition.fact.map { ruleSet.schema.facts[$0] }
        return Explanation.ConditionReport(
            text: condition.text, result: condition.evaluate(profile.values), fact: fact?.name,
            actual: fact.flatMap { fact in profile.values[fact.index].map { fact.display($0) } },
            actualIsDefault: fact.map { profile.origins[$0.index] == .defaulted } ?? false,
            parts: condition.children.map(trace))
    }

    private func reasons(
        _ decision: Decision, possible: [Explanation.PossibleRouteReport], deciding: [String]
    ) -> [Explanation.Reason] {
        var reasons: [Explanation.Reason] = []
        if let startIndex = decision.startRules.max(by: { ruleSet.startAt[$0].route < ruleSet.startAt[$1].route }) {
            let rule = ruleSet.startAt[startIndex]
            reasons.append(
                .init(text: "Starts at \(ruleSet.routes[rule.route].id): \(rule.rule.because)", rule: rule.rule.id))
        }
        for climb in decision.climbs {
            for index in climb.rules {
                let rule = ruleSet.routes[climb.from].escalateWhen[index]
                reasons.append(.init(text: "Not \(ruleSet.routes[climb.from].id): \(rule.because)", rule: rule.id))
            }
        }
        switch decision.outcome {
        case .decided(let route):
            let rung = ruleSet.routes[route]
            if decision.pastTop {
                reasons.append(
                    .init(
                        text:
                            "\(rung.id) is the top of the path, so the school stays there even though a rule of it holds.",
                        rule: nil))
            } else if !rung.escalateWhen.isEmpty {
                let count = rung.escalateWhen.count
                reasons.append(
                    .init(
                        text:
                            "Stays at \(rung.id): \(count == 1 ? "its one reason" : "none of its \(count) reasons") to look further up the path \(count == 1 ? "does not apply" : "applies").",
                        rule: nil))
            }
        case .undecided:
            let routes = possible.map(\.route.id).joined(separator: ", ")
            let facts = deciding.joined(separator: ", ")
            let verb = deciding.count == 1 ? "decides" : "decide"
            reasons.append(
                .init(
                    text: "Undecided: the profile does not give \(facts), which \(verb) between \(routes).", rule: nil))
        }
        return reasons
    }

    private func factReports(visited: [Int]) -> [Explanation.FactReport] {
        var walkFacts = Set<Int>()
        for rule in visited.flatMap({ ruleSet.routes[$0].escalateWhen }) + ruleSet.startAt.map(\.rule) {
            walkFacts.formUnion(rule.condition.facts)
        }
        return ruleSet.schema.facts.map { fact in
            let origin: Explanation.FactReport.Origin =
                switch profile.origins[fact.index] {
                case .given: .given
                case .defaulted: .defaulted
                case .missing: .missing
                case .unknown: .unknown
                }
            return Explanation.FactReport(
                name: fact.name, description: fact.description,
                value: profile.values[fact.index].map { fact.display($0) }, origin: origin,
                usedByWalk: walkFacts.contains(fact.index))
        }
    }
}
