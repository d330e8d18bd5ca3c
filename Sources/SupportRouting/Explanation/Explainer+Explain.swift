extension Explainer {
    /// One traced run of every rule over a profile's values: the result of each instruction, the
    /// working profile that searches start from, and the walk.
    struct Run {
        var work: WorkingProfile
        let trace: [UInt8]
        let walk: WalkTable.Walk
    }

    /// Runs every rule over `values`, which must fit the schema (see ``fits(_:)``).
    func run(_ values: [FactValue?]) -> Run {
        precondition(fits(values), "a profile whose values do not fit the facts of `\(summary.id)`")
        let given = compiled.packer.pack(values)
        let machine = compiled.machine
        var stack = [UInt8](repeating: 0, count: compiled.stackSize)
        var trace = [UInt8](repeating: 0, count: machine.code.count)
        for rule in startRules { machine.trace(rule.program, given, stack: &stack, into: &trace) }
        for rung in rungRules {
            for rule in rung { machine.trace(rule.program, given, stack: &stack, into: &trace) }
        }
        for note in advice { machine.trace(note.rule.program, given, stack: &stack, into: &trace) }
        let work = WorkingProfile(
            path: path, machine: machine, given: given, givenResults: path.programs.map { trace[$0.end - 1] },
            stackSize: compiled.stackSize)
        return Run(work: work, trace: trace, walk: work.walk())
    }

    /// The decision for `values`, read off one run: where the walk started and climbed, the route
    /// or the routes still possible, and the advice that applies.
    func decide(_ values: [FactValue?]) -> Decision {
        var run = run(values)
        return decision(&run)
    }

    /// The decision of a run; a search for possible routes changes the working profile and then
    /// puts it back as it was.
    func decision(_ run: inout Run) -> Decision {
        let walk = run.walk
        let results = run.work.givenResults
        let heldStarts = startRules.indices.filter { results[$0] == Machine.yes }
        let climbs = (walk.start..<walk.rung).map { rung in
            Decision.Climb(
                from: rung, rules: rungRules[rung].indices.filter { results[path.rungStarts[rung] + $0] == Machine.yes }
            )
        }
        let outcome: Decision.Outcome
        var startUndecided = false
        var complete = true
        var possibleIDs: [String] = []
        var decidingNames: [String] = []
        if let route = walk.route {
            outcome = .decided(route: route)
        } else {
            var search = PossibleRouteSearch(routeCount: routes.count, keepsSettings: true, checks: checks)
            search.explore(&run.work, cases: cases)
            let possible = search.routes.map { route in
                PossibleRoute(
                    route: route,
                    when: search.settings[route].map {
                        PossibleRoute.Setting(fact: $0.fact, value: cases[$0.fact]!.cases[$0.position].value)
                    })
            }
            outcome = .undecided(possible: possible, deciding: search.deciding)
            possibleIDs = search.routes.map { routes[$0].id }
            decidingNames = search.deciding.map(factName)
            complete = search.complete
            if case .blocked(let rule) = walk.end, rule < startRules.count { startUndecided = true }
        }
        // Advice limited to some routes is certain when every route the profile can still get is one of
        // them: on the route itself, or on each possible route of an undecided profile, as long as the
        // search for those routes was complete.
        let reachable: [Int]? =
            switch outcome {
            case .decided(let route): [route]
            case .undecided(let possible, _): complete ? possible.map(\.route) : nil
            }
        let advice = self.advice.indices.filter { index in
            let note = self.advice[index]
            if let onRoutes = note.onRoutes {
                guard let reachable, reachable.allSatisfy(onRoutes.contains) else { return false }
            }
            return run.trace[note.rule.program.end - 1] == Machine.yes
        }
        var decision = Decision(
            outcome: outcome, startRules: heldStarts, start: walk.start, climbs: climbs,
            pastTop: walk.end == .pastTop, advice: advice, startUndecided: startUndecided,
            possibleRoutesComplete: complete)
        decision.name(
            route: walk.route.map { routes[$0].id }, possibleRoutes: possibleIDs, decidingFacts: decidingNames,
            startRules: heldStarts.map { startRules[$0].id },
            escalationRules: climbs.flatMap { climb in climb.rules.map { rungRules[climb.from][$0].id } },
            advice: advice.map { self.advice[$0].rule.id })
        return decision
    }

    /// The decision for `values` and its reasons in words, without the rest of an explanation.
    func reasonedDecision(_ values: [FactValue?]) -> (decision: Decision, reasons: [Explanation.Reason]) {
        var run = run(values)
        let decision = decision(&run)
        return (decision, reasons(run, decision))
    }

    /// The explanation of `profile`, whose values must fit the schema.
    func explain(_ profile: Profile, counterfactuals: Bool) -> Explanation {
        var run = run(profile.values)
        let decision = decision(&run)
        return build(profile, decision: decision, run: run, counterfactuals: counterfactuals)
    }
}
