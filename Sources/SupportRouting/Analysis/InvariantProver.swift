/// Proves a rule set's declared invariants over every profile, facts left out included,, or refutes each with a
/// counterexample profile.
struct InvariantProver {
    let ruleSet: RuleSet
    let space: CaseDiagrams
    let path: DiagramWalk
    let witnesses: WitnessBuilder

    private var diagram: DecisionDiagram { space.diagram }

    /// `nil` when the invariant holds, else the finding that refutes it.
    func refute(_ invariant: Invariant) -> Finding? {
        switch invariant.claim {
        case .implies(let condition, let routes):
            guard space.compile(condition) != DecisionDiagram.none else {
                let diagnostic = Diagnostic(
                    id: "invariant-vacuous", severity: .warning,
                    message:
                        "invariant `\(invariant.id)` proves nothing: its condition `\(condition.text)` never holds",
                    location: invariant.location)
                return Finding(diagnostic: diagnostic, rules: [invariant.id])
            }
            let others = ruleSet.routes.indices.filter { !routes.contains($0) }
            let counterexamples = diagram.and(space.compile(condition), path.ending(in: others))
            guard counterexamples != DecisionDiagram.none, let witness = witnesses.witness(in: counterexamples) else {
                return nil
            }
            let allowed = routes.map { "`\(ruleSet.routes[$0].id)`" }.joined(separator: ", ")
            return finding(
                invariant,
                "invariant `\(invariant.id)` does not hold: a profile with `\(condition.text)` gets `\(witness.route)`, not \(allowed)",
                witness: witness, notes: [])
        case .monotone(let fact, let increasing):
            return refuteMonotone(invariant, fact: fact, increasing: increasing)
        }
    }

    /// Looks for two profiles that differ only in `fact`, the second higher, whose routes go the wrong way.
    private func refuteMonotone(_ invariant: Invariant, fact: Int, increasing: Bool) -> Finding? {
        let cases = space.cases[fact]
        let count = ruleSet.routes.count
        // The other facts of the profiles that end at each route with the fact at each case.
        let endsAt = cases.indices.map { value in (0..<count).map { diagram.restrict(path.ends[$0], fact, value) } }
        // For each route, the other facts of profiles that end there with the fact at some lower case: one
        // pass over the cases rather than one per pair of them.
        var below = [DecisionDiagram.Node](repeating: DecisionDiagram.none, count: count)
        for high in cases.indices {
            for highRoute in 0..<count {
                for lowRoute in 0..<count where increasing ? highRoute < lowRoute : highRoute > lowRoute {
                    guard diagram.and(below[lowRoute], endsAt[high][highRoute]) != DecisionDiagram.none else {
                        continue
                    }
                    for low in 0..<high {
                        // The same other facts, with the fact at `low` giving one route and at `high` the other.
                        let both = diagram.and(endsAt[low][lowRoute], endsAt[high][highRoute])
                        let atLow = diagram.and(both, diagram.literal(fact, (0...cases.count).map { $0 == low }))
                        guard let witness = witnesses.witness(in: atLow) else { continue }
                        return refutation(
                            invariant, fact: fact, from: (low, lowRoute), to: (high, highRoute), increasing: increasing,
                            witness: witness)
                    }
                }
            }
            for route in 0..<count { below[route] = diagram.or(below[route], endsAt[high][route]) }
        }
        return nil
    }

    /// The finding for a monotone invariant broken by raising `fact` from one case and route to another.
    private func refutation(
        _ invariant: Invariant, fact: Int, from: (value: Int, route: Int), to: (value: Int, route: Int),
        increasing: Bool, witness: Witness
    ) -> Finding {
        let definition = ruleSet.schema.facts[fact]
        let low = definition.display(space.cases[fact][from.value])
        let high = definition.display(space.cases[fact][to.value])
        let direction = increasing ? "lower" : "higher"
        let lowRoute = ruleSet.routes[from.route].id
        let highRoute = ruleSet.routes[to.route].id
        return finding(
            invariant,
            "invariant `\(invariant.id)` does not hold: raising `\(definition.name)` from \(low) to \(high) gives a \(direction) route, `\(lowRoute)` to `\(highRoute)`",
            witness: witness,
            notes: [
                "the witness has `\(definition.name)` = \(low); with \(high) and nothing else changed its route is `\(highRoute)`"
            ])
    }

    private func finding(_ invariant: Invariant, _ message: String, witness: Witness, notes: [String]) -> Finding {
        Finding(
            diagnostic: Diagnostic(
                id: "invariant-refuted", message: message, location: invariant.location, notes: notes),
            rules: [invariant.id], witness: witness)
    }
}
