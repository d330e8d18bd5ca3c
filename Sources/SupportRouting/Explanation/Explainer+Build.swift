extension Explainer {
    /// Puts the explanation together from a run over the profile's values and the decision read
    /// off it: every rule's trace, the walk, the possible routes or the counterfactuals, in words.
    func build(_ profile: Profile, decision: Decision, run: Run, counterfactuals wantCounterfactuals: Bool)
        -> Explanation
    {
        let trace = run.trace
        let walk = run.walk
        let wording = ProfileWording(values: profile.values, origins: profile.origins, wording: self.wording)
        let startAt = startRules.map { $0.report(trace, wording: wording) }
        var startBlocked = false
        if case .blocked(let rule) = walk.end, rule < startRules.count { startBlocked = true }
        var rungs: [Explanation.RungReport] = []
        if !startBlocked {
            rungs.reserveCapacity(walk.rung - walk.start + 1)
            func rungReport(_ rung: Int, _ outcome: Explanation.RungReport.Outcome) -> Explanation.RungReport {
                let rules = rungRules[rung].map { $0.report(trace, wording: wording) }
                return Explanation.RungReport(route: routes[rung], rules: rules, outcome: outcome)
            }
            for rung in walk.start..<walk.rung { rungs.append(rungReport(rung, .climbed)) }
            let outcome: Explanation.RungReport.Outcome =
                switch walk.end {
                case .stopped: .stopped
                case .pastTop: .pastTop
                case .blocked: .undecided
                }
            rungs.append(rungReport(walk.rung, outcome))
        }
        var possible: [Explanation.PossibleRouteReport] = []
        if case .undecided(let routes, _) = decision.outcome {
            possible = routes.map { option in
                Explanation.PossibleRouteReport(
                    route: self.routes[option.route],
                    when: option.when.map { setting in
                        wording.change(
                            setting.fact, name: factName(setting.fact),
                            to: self.wording.display(setting.value, of: setting.fact))
                    })
            }
        }
        let deciding = decision.decidingFacts
        var counterfactuals: [Explanation.Counterfactual] = []
        if wantCounterfactuals, let route = walk.route {
            var search = CounterfactualSearch(explainer: self, work: run.work, wording: wording, route: route)
            counterfactuals = search.find()
        }
        var explanation = Explanation(
            ruleSet: summary, profile: .init(file: profile.file, name: profile.name, story: profile.story),
            route: walk.route.map { routes[$0] }, possible: possible, decidingFacts: deciding,
            reasons: reasons(run, decision),
            startAt: startAt,
            startedAt: startBlocked ? nil : routes[walk.start], rungs: rungs,
            advice: decision.advice.map { adviceReport(advice[$0], profile, wording: wording) },
            facts: factReports(
                walk, visitsRungs: !rungs.isEmpty, wording: wording),
            counterfactuals: counterfactuals)
        if !decision.possibleRoutesComplete { explanation.possibleRoutesIncomplete = true }
        return explanation
    }

    private func adviceReport(_ note: Advice, _ profile: Profile, wording: ProfileWording) -> Explanation.AdviceReport {
        var report = Explanation.AdviceReport(
            id: note.rule.id, says: note.says.render(schema: schema, values: profile.values),
            because: note.rule.because, document: note.rule.citation.document, quote: note.rule.citation.quote)
        report.standing = note.rule.citation.standing
        report.sourceNote = note.rule.citation.note
        return report
    }

    /// The reasons in words: where the walk starts, why it climbs each rung, why it stops, or what
    /// leaves the school undecided.
    func reasons(_ run: Run, _ decision: Decision) -> [Explanation.Reason] {
        let walk = run.walk
        let given = run.work.givenResults
        var reasons: [Explanation.Reason] = []
        // At most: the start, every rule of the rungs climbed, and the end.
        reasons.reserveCapacity(2 + path.rungStarts[walk.rung] - path.rungStarts[walk.start])
        // The first of the start-at rules that hold with the highest rung, as `max(by:)` picks it.
        var first = -1
        for rule in startRules.indices where given[rule] == Machine.yes {
            if first < 0 || path.startRoutes[rule] > path.startRoutes[first] { first = rule }
        }
        if first >= 0 { reasons.append(.init(text: self.reasons.start[first], rule: startRules[first].id)) }
        for rung in walk.start..<walk.rung {
            for (index, rule) in rungRules[rung].enumerated() where given[path.rungStarts[rung] + index] == Machine.yes
            {
                reasons.append(.init(text: self.reasons.climb[rung][index], rule: rule.id))
            }
        }
        switch walk.end {
        case .stopped:
            if let stay = self.reasons.stay[walk.rung] { reasons.append(.init(text: stay, rule: nil)) }
        case .pastTop: reasons.append(.init(text: self.reasons.pastTop[walk.rung], rule: nil))
        case .blocked:
            let text = Reasons.undecided(routes: decision.possibleRouteIDs, deciding: decision.decidingFacts)
            reasons.append(.init(text: text, rule: nil))
        }
        return reasons
    }

    private func factReports(
        _ walk: WalkTable.Walk, visitsRungs: Bool, wording: ProfileWording
    ) -> [Explanation.FactReport] {
        var used = [Bool](repeating: false, count: schema.count)
        for fact in startFacts { used[fact] = true }
        if visitsRungs {
            for rung in walk.start..<(walk.rung + 1) {
                for fact in rungFacts[rung] { used[fact] = true }
            }
        }
        var reports: [Explanation.FactReport] = []
        reports.reserveCapacity(schema.count)
        for fact in schema.facts {
            let slot = fact.index
            reports.append(
                Explanation.FactReport(
                    name: fact.name, description: fact.description, value: wording.value(slot),
                    origin: wording.origin(slot), usedByWalk: used[slot]))
        }
        return reports
    }
}
