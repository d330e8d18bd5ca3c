/// The escalation semantics, written once: start at the highest rung a `start_at` rule names that
/// holds, provided no rule naming a higher rung is unknown; climb while some `escalate_when` rule of
/// the current rung holds; stop at the first rung where every rule fails, or at the top; a rule that
/// is unknown where it matters leaves the route to the missing facts.
///
/// The path is computed over any ``KleeneLogic``, from the value of each rule's condition. Over
/// ``TruthLogic`` it is the walk of one profile (``Walker`` reads the decision and the trace off it);
/// over decision diagrams it is the walk of every profile at once (``PathAnalysis``, behind `check`
/// and `diff`). Only how a condition's value is obtained differs: a condition tree, a compiled
/// program, or a diagram.
struct EscalationPath<Logic: KleeneLogic> {
    /// Where the walk starts, by rung.
    let starts: [Logic.Value]
    /// Where the walk goes, by rung: it starts there or climbs to it from the rung below.
    let reaches: [Logic.Value]
    /// Whether some escalation rule of each rung holds.
    let climbs: [Logic.Value]
    /// Where the walk ends, by rung: the route.
    let ends: [Logic.Value]

    /// The path of a ladder of `rungs` rungs, where start-at rule `i` names rung `startRoutes[i]` and
    /// has the value `startValues[i]`, and rung `r`'s escalation rules have the values `escalationValues[r]`.
    init(logic: Logic, startRoutes: [Int], startValues: [Logic.Value], escalationValues: [[Logic.Value]]) {
        let rungs = escalationValues.count
        func named(_ rung: Int) -> Logic.Value {
            logic.any(startRoutes.indices.filter { startRoutes[$0] == rung }.map { startValues[$0] })
        }
        func namedAbove(_ rung: Int) -> Logic.Value {
            logic.any(startRoutes.indices.filter { startRoutes[$0] > rung }.map { startValues[$0] })
        }
        // The lowest rung needs no rule to start there; any other needs one that names it.
        let starts = (0..<rungs).map { rung in
            logic.and(rung == 0 ? logic.yes : named(rung), logic.not(namedAbove(rung)))
        }
        let climbs = escalationValues.map { logic.any($0) }
        var reaches: [Logic.Value] = []
        for rung in 0..<rungs {
            reaches.append(
                rung == 0 ? starts[0] : logic.or(starts[rung], logic.and(reaches[rung - 1], climbs[rung - 1])))
        }
        self.starts = starts
        self.climbs = climbs
        self.reaches = reaches
        // A rung is the route when every rule of it fails; the top also when one holds, as there is
        // nowhere higher (an unknown rule leaves even the top undecided).
        ends = (0..<rungs).map { rung in
            let stops = logic.not(climbs[rung])
            return logic.and(reaches[rung], rung == rungs - 1 ? logic.or(stops, climbs[rung]) : stops)
        }
    }
}

extension EscalationPath {
    /// The path of `ruleSet`, with each rule's value given by `value`.
    init(_ ruleSet: RuleSet, logic: Logic, value: (Condition) -> Logic.Value) {
        self.init(
            logic: logic, startRoutes: ruleSet.startAt.map(\.route),
            startValues: ruleSet.startAt.map { value($0.rule.condition) },
            escalationValues: ruleSet.routes.map { $0.escalateWhen.map { value($0.condition) } })
    }
}
