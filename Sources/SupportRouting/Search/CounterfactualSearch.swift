/// Finds the smallest changes to a profile that give another route, exactly: every case of every
/// fact the path reads (numbers split at the rules' thresholds, neighbouring cases with the same
/// outcome merged into one range), one fact at a time, then pairs of facts for the routes no single
/// change reaches. A single change after which missing facts would decide is reported too, with the
/// routes it opens. The packed profile is changed in place and only the rules that read the changed
/// fact run again; changes that cannot move the walk are not tried, and strings are built only for
/// the changes kept.
struct CounterfactualSearch {
    /// What the walk gives after a change.
    enum Outcome: Hashable {
        /// One route.
        case route(Int)
        /// Missing facts decide between these routes.
        case open(routes: [Int], deciding: [Int])
    }

    let explainer: Explainer
    var work: WorkingProfile
    let wording: ProfileWording
    let route: Int
    /// The other cases of path fact `i` (by position in the explainer's path facts) are
    /// `alternatives[alternativeStarts[i]..<alternativeStarts[i + 1]]`: packed words, and positions
    /// in ``FactCases/cases`` (-1 for sets, whose cases are formed near the profile's set).
    var alternatives: [UInt64] = []
    var alternativePositions: [Int] = []
    var alternativeStarts: [Int] = []
    /// The path facts that the walk after each alternative alone reads (see ``WalkTable/reads(_:)``),
    /// and the rungs it visits (see ``WalkTable/span(_:)``).
    var alternativeReads: [UInt64] = []
    var alternativeSpans: [Int] = []

    init(explainer: Explainer, work: WorkingProfile, wording: ProfileWording, route: Int) {
        self.explainer = explainer
        self.work = work
        self.wording = wording
        self.route = route
    }

    /// Where the alternatives of the path fact at `position` are.
    func alternatives(ofPathFact position: Int) -> Range<Int> {
        alternativeStarts[position]..<alternativeStarts[position + 1]
    }

    /// A single change kept, before it is put into words.
    struct Single {
        let fact: Int
        let to: String
        /// A value of the change, for a program to apply it.
        let value: FactValue
        let outcome: Outcome
        /// Orders outcomes: a route's index, or for an open outcome
        /// 64 plus its rank among the open outcomes (see ``rankOpenOutcomes(_:)``).
        var key: Int

        init(fact: Int, to: String, value: FactValue, outcome: Outcome) {
            self.fact = fact
            self.to = to
            self.value = value
            self.outcome = outcome
            if case .route(let route) = outcome { key = route } else { key = 64 }
        }
    }

    mutating func find() -> [Explanation.Counterfactual] {
        let facts = explainer.pathFacts
        let path = work.path
        listAlternatives()
        var kept: [Single] = []
        kept.reserveCapacity(alternatives.count)
        let givenWalk = work.walk()
        let givenReads = path.reads(givenWalk)
        for (index, fact) in facts.enumerated() {
            let others = alternatives(ofPathFact: index)
            // A fact the walk does not read changes nothing: every outcome is the profile's own route.
            guard givenReads & (1 << UInt64(index)) != 0 else {
                for alternative in others {
                    alternativeReads[alternative] = givenReads
                    alternativeSpans[alternative] = path.span(givenWalk)
                }
                continue
            }
            let cases = explainer.cases[fact]!
            if case .number = cases.kind {
                findNumbers(cases, alternatives: others, into: &kept)
                continue
            }
            for alternative in others {
                tryValue(fact, alternatives[alternative])
                if let outcome = outcome(alternative) {
                    kept.append(
                        Single(
                            fact: fact, to: wording(cases, alternative), value: value(cases, alternative),
                            outcome: outcome))
                }
            }
            restoreValue(fact)
        }
        var reachedAlone: UInt64 = 0
        var opened = false
        for single in kept {
            if single.key < 64 { reachedAlone |= 1 << UInt64(single.key) } else { opened = true }
        }
        if opened { Self.rankOpenOutcomes(&kept) }
        // Sorted by outcome, ties kept in the order found (the sort is stable).
        kept.sort { $0.key < $1.key }
        var found: [Explanation.Counterfactual] = []
        found.reserveCapacity(kept.count + 4)
        for single in kept {
            found.append(counterfactual([change(single.fact, single.to, single.value)], single.outcome))
        }
        let routes = explainer.routes.count
        let everyRoute: UInt64 = routes == 64 ? ~0 : (1 << UInt64(routes)) - 1
        // Pairs count only for routes no single change gives.
        let remaining = everyRoute & ~(reachedAlone | 1 << UInt64(route))
        if remaining != 0 { findPairs(remaining, into: &found) }
        return found
    }

    /// Number facts: neighbouring cases with the same outcome merge into one range. The other
    /// cases are `alternatives`, in order.
    private mutating func findNumbers(_ cases: FactCases, alternatives: Range<Int>, into kept: inout [Single]) {
        let current = work.given.present[cases.fact] ? cases.key(of: work.given.words[cases.fact]) : nil
        var alternative = alternatives.lowerBound
        var low = -1
        var high = -1
        var runOutcome: Outcome?
        for position in cases.keys.indices {
            var outcome: Outcome?
            if cases.keys[position] != current {
                tryValue(cases.fact, cases.words[position])
                outcome = self.outcome(alternative)
                alternative += 1
            }
            if outcome != runOutcome {
                if let runOutcome, low >= 0 {
                    kept.append(
                        Single(
                            fact: cases.fact, to: cases.wording(from: low, to: high), value: cases.cases[low].value,
                            outcome: runOutcome))
                }
                low = -1
                runOutcome = nil
            }
            if let outcome {
                runOutcome = outcome
                if low < 0 { low = position }
                high = position
            }
        }
        if let runOutcome, low >= 0 {
            kept.append(
                Single(
                    fact: cases.fact, to: cases.wording(from: low, to: high), value: cases.cases[low].value,
                    outcome: runOutcome))
        }
        restoreValue(cases.fact)
    }

    /// Sets the keys of open outcomes to 64 plus their rank among them, by their routes as the
    /// lists compare in order, so equal routes share a key.
    private static func rankOpenOutcomes(_ singles: inout [Single]) {
        var opened: [[Int]] = []
        for index in singles.indices {
            if case .open(let routes, _) = singles[index].outcome, !opened.contains(routes) { opened.append(routes) }
        }
        opened.sort { $0.lexicographicallyPrecedes($1) }
        for index in singles.indices {
            if case .open(let routes, _) = singles[index].outcome {
                singles[index].key = 64 + opened.firstIndex(of: routes)!
            }
        }
    }

    /// Another route, or routes opened up by missing facts, for the values being tried; `nil`
    /// when nothing would change. Notes which path facts the walk reads, for the alternative tried.
    private mutating func outcome(_ alternative: Int) -> Outcome? {
        let walk = work.walk()
        alternativeReads[alternative] = work.path.reads(walk)
        alternativeSpans[alternative] = work.path.span(walk)
        // A change that breaks a constraint (a derived fact changed against the facts it is worked
        // out from, say) describes no school.
        if !explainer.checks.constraints.isEmpty, !explainer.checks.broken(work.values).isEmpty { return nil }
        if let reached = walk.route { return reached == route ? nil : .route(reached) }
        var search = PossibleRouteSearch(
            routeCount: explainer.routes.count, keepsSettings: false, checks: explainer.checks)
        search.explore(&work, cases: explainer.cases)
        guard search.reached & ~(1 << UInt64(route)) != 0 else { return nil }
        return .open(routes: search.routes, deciding: search.deciding)
    }

    /// The wording of an alternative: its case's, or for a set the set itself.
    func wording(_ cases: FactCases, _ alternative: Int) -> String {
        let position = alternativePositions[alternative]
        if position >= 0 { return cases.cases[position].wording }
        return explainer.wording.display(set: alternatives[alternative], of: cases.fact)
    }

    /// A value of an alternative: its case's, or for a set the set itself.
    func value(_ cases: FactCases, _ alternative: Int) -> FactValue {
        let position = alternativePositions[alternative]
        return position >= 0 ? cases.cases[position].value : .set(alternatives[alternative])
    }

    func change(_ fact: Int, _ to: String, _ value: FactValue) -> Explanation.Change {
        var change = wording.change(fact, name: explainer.factName(fact), to: to)
        change.example = WitnessBuilder.yaml(value, explainer.schema.facts[fact].type)
        return change
    }

    func counterfactual(_ changes: [Explanation.Change], _ outcome: Outcome) -> Explanation.Counterfactual {
        switch outcome {
        case .route(let reached):
            return Explanation.Counterfactual(
                changes: changes, route: explainer.routes[reached], possible: [], decidingFacts: [])
        case .open(let routes, let deciding):
            return Explanation.Counterfactual(
                changes: changes, route: nil, possible: routes.map { explainer.routes[$0] },
                decidingFacts: deciding.map(explainer.factName))
        }
    }
}
