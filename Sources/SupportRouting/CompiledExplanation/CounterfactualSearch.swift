/// The smallest changes that give another route, found as ``Counterfactuals`` finds them (the same
/// cases, order, merging and wording) but by changing the packed profile in place and rerunning
/// only the rules that read the changed facts. Changes that cannot move the walk are not tried,
/// and strings are built only for the changes kept.
struct CounterfactualSearch {
    typealias Outcome = Counterfactuals.Outcome

    let explainer: Explainer
    let work: WorkingProfile
    let wording: ProfileWording
    let route: Int

    func find() -> [Explanation.Counterfactual] {
        let facts = explainer.pathFacts
        let scratch = work.scratch
        let path = work.path
        listAlternatives()
        let alternativeCount = scratch.alternativeStarts[facts.count]
        var outcomes: [Outcome] = []
        var singles: [Explanation.Counterfactual] = []
        outcomes.reserveCapacity(alternativeCount)
        singles.reserveCapacity(alternativeCount)
        var reachedAlone: UInt64 = 0
        func keep(_ fact: Int, _ to: String, _ outcome: Outcome) {
            if case .route(let reached) = outcome { reachedAlone |= 1 << UInt64(reached) }
            outcomes.append(outcome)
            singles.append(counterfactual([change(fact, to)], outcome))
        }
        let givenSpan = path.span(of: work.walk())
        for (index, fact) in facts.enumerated() {
            let alternatives = scratch.alternativeStarts[index]..<scratch.alternativeStarts[index + 1]
            // A fact the walk does not read changes nothing: every outcome is the profile's own route.
            guard path.touches(fact, givenSpan) else {
                for alternative in alternatives { scratch.alternativeSpans[alternative] = givenSpan }
                continue
            }
            let cases = explainer.cases[fact]!
            if case .number = cases.kind {
                findNumbers(cases, alternatives: alternatives, keep)
                continue
            }
            for alternative in alternatives {
                work.set(fact, to: scratch.alternatives[alternative])
                if let outcome = outcome(alternative) { keep(fact, wording(cases, alternative), outcome) }
            }
            work.restore(fact)
        }
        // Sorting positions with the reference's comparison gives the reference's order.
        var found = outcomes.indices.sorted { outcomes[$0] < outcomes[$1] }.map { singles[$0] }
        let routes = explainer.routes.count
        let everyRoute: UInt64 = routes == 64 ? ~0 : (1 << UInt64(routes)) - 1
        // Pairs count only for routes no single change gives.
        let remaining = everyRoute & ~(reachedAlone | 1 << UInt64(route))
        guard remaining != 0 else { return found }
        for (firstIndex, first) in facts.enumerated() {
            let firstCases = explainer.cases[first]!
            var firstChanged = false
            for secondIndex in (firstIndex + 1)..<facts.count {
                let second = facts[secondIndex]
                let secondCases = explainer.cases[second]!
                for firstAlternative in scratch.alternativeStarts[
                    firstIndex]..<scratch.alternativeStarts[firstIndex + 1]
                {
                    // When the walk after the first change alone does not read `second`, changing it
                    // too gives that walk's route, which a single change already gives (or none).
                    guard path.touches(second, scratch.alternativeSpans[firstAlternative]) else { continue }
                    var secondChanged = false
                    for secondAlternative in scratch.alternativeStarts[
                        secondIndex]..<scratch.alternativeStarts[
                            secondIndex + 1]
                    where path.touches(first, scratch.alternativeSpans[secondAlternative]) {
                        if !secondChanged { work.set(first, to: scratch.alternatives[firstAlternative]) }
                        secondChanged = true
                        firstChanged = true
                        work.set(second, to: scratch.alternatives[secondAlternative])
                        guard let reached = work.walk().route, remaining & (1 << UInt64(reached)) != 0 else { continue }
                        let changes = [
                            change(first, wording(firstCases, firstAlternative)),
                            change(second, wording(secondCases, secondAlternative)),
                        ]
                        found.append(counterfactual(changes, .route(reached)))
                    }
                    // Results of rules that also read `first` go stale here, but the next change to
                    // `first`, or its restoring, sets them again before any walk.
                    if secondChanged { work.restore(second) }
                }
            }
            if firstChanged { work.restore(first) }
        }
        return found
    }

    /// Lists each path fact's cases other than the profile's into the scratch's alternatives.
    private func listAlternatives() {
        let scratch = work.scratch
        var count = 0
        func add(_ word: UInt64, _ position: Int) {
            scratch.alternatives[count] = word
            scratch.alternativePositions[count] = position
            count += 1
        }
        for (index, fact) in explainer.pathFacts.enumerated() {
            scratch.alternativeStarts[index] = count
            let cases = explainer.cases[fact]!
            let present = scratch.givenPresent[fact]
            let given = scratch.givenWords[fact]
            if let shape = cases.shape {
                let current = present ? shape.key(of: given) : nil
                shape.forEachCase(near: present ? given : 0) { mask in
                    if shape.key(of: mask) != current { add(mask, -1) }
                }
            } else {
                let current = present ? cases.key(of: given) : nil
                for position in cases.keys.indices where cases.keys[position] != current {
                    add(cases.words[position], position)
                }
            }
        }
        scratch.alternativeStarts[explainer.pathFacts.count] = count
    }

    /// Number facts: neighbouring cases with the same outcome merge into one range. The other
    /// cases are `alternatives`, in order.
    private func findNumbers(
        _ cases: FactCases, alternatives: Range<Int>, _ keep: (Int, String, Outcome) -> Void
    ) {
        let scratch = work.scratch
        let current = scratch.givenPresent[cases.fact] ? cases.key(of: scratch.givenWords[cases.fact]) : nil
        var alternative = alternatives.lowerBound
        var low = -1
        var high = -1
        var runOutcome: Outcome?
        func flush() {
            if let runOutcome, low >= 0 { keep(cases.fact, cases.wording(from: low, to: high), runOutcome) }
            low = -1
            runOutcome = nil
        }
        for position in cases.keys.indices {
            var outcome: Outcome?
            if cases.keys[position] != current {
                work.set(cases.fact, to: cases.words[position])
                outcome = self.outcome(alternative)
                alternative += 1
            }
            if outcome != runOutcome { flush() }
            if let outcome {
                runOutcome = outcome
                if low < 0 { low = position }
                high = position
            }
        }
        flush()
        work.restore(cases.fact)
    }

    /// Another route, or routes opened up by missing facts, for the values being tried; `nil`
    /// when nothing would change. Notes the walk's span for the alternative being tried.
    private func outcome(_ alternative: Int) -> Outcome? {
        let walk = work.walk()
        work.scratch.alternativeSpans[alternative] = work.path.span(of: walk)
        if let reached = walk.route { return reached == route ? nil : .route(reached) }
        var search = PossibleRouteSearch(
            work: work, cases: explainer.cases, routeCount: explainer.routes.count, keepsSettings: false)
        search.explore()
        guard search.reached & ~(1 << UInt64(route)) != 0 else { return nil }
        return .open(routes: search.routes, deciding: search.deciding)
    }

    /// The wording of an alternative: its case's, or for a set the set itself.
    private func wording(_ cases: FactCases, _ alternative: Int) -> String {
        let position = work.scratch.alternativePositions[alternative]
        if position >= 0 { return cases.cases[position].wording }
        return explainer.wording.display(set: work.scratch.alternatives[alternative], of: cases.fact)
    }

    private func change(_ fact: Int, _ to: String) -> Explanation.Change {
        wording.change(fact, name: explainer.factNames[fact], to: to)
    }

    private func counterfactual(_ changes: [Explanation.Change], _ outcome: Outcome) -> Explanation.Counterfactual {
        switch outcome {
        case .route(let reached):
            return Explanation.Counterfactual(
                changes: changes, route: explainer.routes[reached], possible: [], decidingFacts: [])
        case .open(let routes, let deciding):
            return Explanation.Counterfactual(
                changes: changes, route: nil, possible: routes.map { explainer.routes[$0] },
                decidingFacts: deciding.map { explainer.factNames[$0] })
        }
    }
}
