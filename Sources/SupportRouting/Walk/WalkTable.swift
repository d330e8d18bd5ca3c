/// The rules that decide the route, in walk order: start-at rules first, then each rung's
/// escalation rules, with the tables a walk needs. A walk reads the rules' results from an array
/// rather than running them, so after a change to a profile only the rules that read the changed
/// facts run again.
struct WalkTable: Sendable {
    /// How a walk ended.
    enum End: Equatable {
        /// No escalation rule of the rung held.
        case stopped
        /// A rule of the top rung held.
        case pastTop
        /// A rule with a missing fact stopped the walk: the first unknown start-at rule above the
        /// start, or the first unknown escalation rule of a rung where none held (by path position).
        case blocked(rule: Int)
    }

    /// A whole walk: where it began, where it ended and how.
    struct Walk: Equatable {
        let start: Int
        let rung: Int
        let end: End

        /// The route, unless missing facts decide it.
        var route: Int? {
            if case .blocked = end { return nil }
            return rung
        }
    }

    /// The rung each start-at rule starts at; start-at rules are the first path rules.
    let startRoutes: [Int]
    /// Rung `r`'s escalation rules are the path rules `rungStarts[r]..<rungStarts[r + 1]`.
    let rungStarts: [Int]
    /// Each path rule's program.
    let programs: [CompiledRuleSet.Program]
    /// The path rules that read each fact, by slot.
    let readers: [[Int]]
    /// The facts each path rule reads, first read first.
    let factsOfRule: [[Int]]
    /// The path facts (a mask by position in the explainer's path facts) that the start-at rules
    /// read, then those each rung's escalation rules read.
    let factsRead: [UInt64]

    /// `pathFacts` lists the facts the path rules read, at most 64, and may add the facts that derived
    /// facts among them are worked out from (`derivationInputs`, by derived fact): a rule that reads a
    /// derived fact counts as reading those of its inputs that are path facts.
    init(_ ruleSet: RuleSet, compiled: CompiledRuleSet, pathFacts: [Int], derivationInputs: [Int: [Int]] = [:]) {
        programs = compiled.startRules.map(\.program) + compiled.escalation.flatMap { $0 }
        let facts = ruleSet.pathRules.map(\.condition.facts)
        factsOfRule = facts
        startRoutes = compiled.startRules.map(\.route)
        var rungStarts = [compiled.startRules.count]
        for rung in compiled.escalation { rungStarts.append(rungStarts[rungStarts.count - 1] + rung.count) }
        self.rungStarts = rungStarts
        readers = (0..<ruleSet.schema.count).map { fact in facts.indices.filter { facts[$0].contains(fact) } }
        // A walk reads only the start-at rules and the rungs it visits.
        var reads = [UInt64](repeating: 0, count: compiled.escalation.count + 1)
        for (rule, ruleFacts) in facts.enumerated() {
            let slot = rule < compiled.startRules.count ? 0 : 1 + rungStarts.lastIndex { $0 <= rule }!
            for fact in ruleFacts {
                for read in [fact] + (derivationInputs[fact] ?? []) {
                    if let position = pathFacts.firstIndex(of: read) { reads[slot] |= 1 << UInt64(position) }
                }
            }
        }
        factsRead = reads
    }

    /// The path facts a walk reads (a mask by position in the explainer's path facts): those of the
    /// start-at rules and of the rungs from its start to where it ended. Changing any other fact
    /// leaves every result the walk reads, and so the walk, as it was.
    func reads(_ walk: Walk) -> UInt64 {
        var facts = factsRead[0]
        if case .blocked(let rule) = walk.end, rule < startRoutes.count { return facts }
        for rung in walk.start..<(walk.rung + 1) { facts |= factsRead[rung + 1] }
        return facts
    }

    /// The rungs a walk visits, packed: its start, and the rung it ended at in the bits above 8.
    func span(_ walk: Walk) -> Int { walk.start | walk.rung << 8 }

    /// The lowest route a walk can give after the path fact at `position` changes, when before the
    /// change it visited `span`: 0 when a start-at rule reads the fact; otherwise the first rung of
    /// the span whose rules read it, since the walk climbs as before up to there.
    func lowestRoute(changing position: Int, span: Int) -> Int {
        let bit: UInt64 = 1 << UInt64(position)
        if factsRead[0] & bit != 0 { return 0 }
        for rung in (span & 0xFF)..<((span >> 8) + 1) where factsRead[rung + 1] & bit != 0 { return rung }
        return Int.max
    }

    /// The walk over the path rules' results (``Machine`` values, by path position): the one
    /// ``EscalationPath``, folded rung by rung until the route is known or a missing fact stops it.
    func walk(_ results: [UInt8]) -> Walk {
        var start = 0
        for rule in startRoutes.indices where results[rule] == Machine.yes { start = max(start, startRoutes[rule]) }
        let top = rungStarts.count - 2
        var found: Walk?
        EscalationPath<TruthLogic>.fold(
            logic: TruthLogic(), rungs: top + 1, startRules: startRoutes.count, startRoute: { startRoutes[$0] },
            startValue: { Machine.truth(results[$0]) }, rules: { rungStarts[$0 + 1] - rungStarts[$0] },
            ruleValue: { Machine.truth(results[rungStarts[$0] + $1]) }, lazy: true
        ) { rung, step in
            if step.ends == .yes {
                found = Walk(start: start, rung: rung, end: rung == top && step.climbs == .yes ? .pastTop : .stopped)
                return false
            }
            guard step.reaches == .yes, step.climbs == .unknown else { return true }
            // Stopped by the first rule of the rung whose value a missing fact decides.
            let rule =
                (rungStarts[rung]..<rungStarts[rung + 1]).first { results[$0] == Machine.unknown } ?? rungStarts[rung]
            found = Walk(start: start, rung: rung, end: .blocked(rule: rule))
            return false
        }
        if let found { return found }
        // The walk surely reaches no rung: a start-at rule naming a rung above the start is unknown.
        let rule = startRoutes.indices.first { results[$0] == Machine.unknown && startRoutes[$0] > start } ?? 0
        return Walk(start: start, rung: start, end: .blocked(rule: rule))
    }

    /// The missing fact that a blocked walk splits on first: the first missing fact the rule reads.
    func firstMissing(of rule: Int, present: [Bool]) -> Int? {
        factsOfRule[rule].first { !present[$0] }
    }
}
