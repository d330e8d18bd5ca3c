extension RuleSet {
    /// Walks the escalation path for a profile and returns the route, or the routes still possible.
    public func decide(_ profile: Profile) -> Decision {
        decide(values: profile.values)
    }

    /// Walks the escalation path for fact values given by slot (`nil` for missing).
    package func decide(values: [FactValue?]) -> Decision {
        let walk = Walker(ruleSet: self).walk(values)
        switch walk.end {
        case .reached(let route):
            return Decision(
                outcome: .decided(route: route), startRules: walk.startRules, start: walk.start, climbs: walk.climbs,
                pastTop: walk.pastTop, advice: applicableAdvice(route: route, values: values)
            ).named(in: self)
        case .blocked:
            let (possible, deciding, complete) = PossibleRoutes(ruleSet: self).explore(values)
            return Decision(
                outcome: .undecided(possible: possible, deciding: deciding), startRules: walk.startRules,
                start: walk.start,
                climbs: walk.climbs, pastTop: false, advice: applicableAdvice(route: nil, values: values),
                startUndecided: walk.startUndecided, possibleRoutesComplete: complete
            ).named(in: self)
        }
    }

    /// Advice whose condition holds (and whose routes include `route`, when it is limited to some).
    /// With no route decided, only advice that is not limited to routes can apply.
    func applicableAdvice(route: Int?, values: [FactValue?]) -> [Int] {
        advice.indices.filter { index in
            let rule = advice[index]
            if let onRoutes = rule.onRoutes {
                guard let route, onRoutes.contains(route) else { return false }
            }
            return rule.rule.condition.evaluate(values) == .yes
        }
    }
}
