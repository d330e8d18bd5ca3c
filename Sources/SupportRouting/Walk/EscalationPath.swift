/// The escalation semantics, written once: start at the highest rung a `start_at` rule names that
/// holds, provided no rule naming a higher rung is unknown; climb while some `escalate_when` rule of
/// the current rung holds; stop at the first rung where every rule fails, or at the top; a rule that
/// is unknown where it matters leaves the route to the missing facts.
///
/// The path is computed over any ``KleeneLogic``, from the value of each rule's condition. Over
/// ``TruthLogic`` it is the walk of one profile: ``CompiledRuleSet`` and the explainer's
/// ``WalkTable`` (behind every decision and explanation) fold over it rung by
/// rung, stopping once the answer is known. Over decision diagrams it is the walk of every profile
/// at once (``DiagramWalk``, behind `check` and `diff`). Only how a condition's value is obtained
/// differs: a condition tree, a compiled program, or a diagram.
struct EscalationPath<Logic: KleeneLogic> {
    /// One rung's values.
    struct Step {
        /// The walk starts at this rung.
        let starts: Logic.Value
        /// The walk goes to this rung: it starts there or climbs to it from the rung below.
        let reaches: Logic.Value
        /// Some escalation rule of this rung holds; in a lazy fold, `no` for a rung the walk surely
        /// never reaches, whose rules are then not asked for.
        let climbs: Logic.Value
        /// The walk ends at this rung: it is the route.
        let ends: Logic.Value
    }

    /// Where the walk starts, by rung.
    let starts: [Logic.Value]
    /// Where the walk goes, by rung.
    let reaches: [Logic.Value]
    /// Whether some escalation rule of each rung holds.
    let climbs: [Logic.Value]
    /// Where the walk ends, by rung: the route.
    let ends: [Logic.Value]

    /// The path of a ladder of `rungs` rungs, where start-at rule `i` names rung `startRoutes[i]` and
    /// has the value `startValues[i]`, and rung `r`'s escalation rules have the values `escalationValues[r]`.
    init(logic: Logic, startRoutes: [Int], startValues: [Logic.Value], escalationValues: [[Logic.Value]]) {
        var steps: [Step] = []
        Self.fold(
            logic: logic, rungs: escalationValues.count, startRules: startRoutes.count, startRoute: { startRoutes[$0] },
            startValue: { startValues[$0] }, rules: { escalationValues[$0].count },
            ruleValue: { escalationValues[$0][$1] }
        ) { _, step in
            steps.append(step)
            return true
        }
        starts = steps.map(\.starts)
        reaches = steps.map(\.reaches)
        climbs = steps.map(\.climbs)
        ends = steps.map(\.ends)
    }

    /// Visits the rungs from the lowest with their values, until `visit` answers `false`. Values are
    /// asked for as they are needed, and may be asked for more than once; a `lazy` fold does not ask
    /// for the escalation rules of a rung the walk surely never reaches, as they cannot matter.
    static func fold(
        logic: Logic, rungs: Int, startRules: Int, startRoute: (Int) -> Int, startValue: (Int) -> Logic.Value,
        rules: (Int) -> Int, ruleValue: (Int, Int) -> Logic.Value, lazy: Bool = false, visit: (Int, Step) -> Bool
    ) {
        var below: (reaches: Logic.Value, climbs: Logic.Value)?
        for rung in 0..<rungs {
            var named = rung == 0 ? logic.yes : logic.no
            var namedAbove = logic.no
            for rule in 0..<startRules {
                let route = startRoute(rule)
                // The lowest rung needs no rule to start there; any other needs one that names it.
                if route == rung, rung > 0 { named = logic.or(named, startValue(rule)) }
                if route > rung { namedAbove = logic.or(namedAbove, startValue(rule)) }
            }
            let starts = logic.and(named, logic.not(namedAbove))
            let reaches = below.map { logic.or(starts, logic.and($0.reaches, $0.climbs)) } ?? starts
            var climbs = logic.no
            if !(lazy && logic.isNo(reaches)) {
                for rule in 0..<rules(rung) { climbs = logic.or(climbs, ruleValue(rung, rule)) }
            }
            // A rung is the route when every rule of it fails; the top also when one holds, as there is
            // nowhere higher (an unknown rule leaves even the top undecided).
            let stops = logic.not(climbs)
            let ends = logic.and(reaches, rung == rungs - 1 ? logic.or(stops, climbs) : stops)
            guard visit(rung, Step(starts: starts, reaches: reaches, climbs: climbs, ends: ends)) else { return }
            below = (reaches, climbs)
        }
    }
}
