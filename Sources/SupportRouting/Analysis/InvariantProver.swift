/// Proves a rule set's declared invariants over every profile, facts left out included,, or refutes each with a
/// counterexample profile.
struct InvariantProver {
    let ruleSet: RuleSet
    let space: CaseSpace
    let path: PathAnalysis
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
        let definition = ruleSet.schema.facts[fact]
        let count = ruleSet.routes.count
        for low in cases.indices {
            let endsAtLow = (0..<count).map { diagram.restrict(path.ends[$0], fact, low) }
            for high in cases.indices where high > low {
                let endsAtHigh = (0..<count).map { diagram.restrict(path.ends[$0], fact, high) }
                for lowRoute in 0..<count {
                    for highRoute in 0..<count where increasing ? highRoute < lowRoute : highRoute > lowRoute {
                        // The same other facts, with the fact at `low` giving one route and at `high` the other.
                        let both = diagram.and(endsAtLow[lowRoute], endsAtHigh[highRoute])
                        let atLow = diagram.and(both, diagram.literal(fact, (0...cases.count).map { $0 == low }))
                        guard let witness = witnesses.witness(in: atLow) else { continue }
                        let from = definition.display(cases[low])
                        let to = definition.display(cases[high])
                        let direction = increasing ? "lower" : "higher"
                        return finding(
                            invariant,
                            "invariant `\(invariant.id)` does not hold: raising `\(definition.name)` from \(from) to \(to) gives a \(direction) route, `\(ruleSet.routes[lowRoute].id)` to `\(ruleSet.routes[highRoute].id)`",
                            witness: witness,
                            notes: [
                                "the witness has `\(definition.name)` = \(from); with \(to) and nothing else changed its route is `\(ruleSet.routes[highRoute].id)`"
                            ])
                    }
                }
            }
        }
        return nil
    }

    private func finding(_ invariant: Invariant, _ message: String, witness: Witness, notes: [String]) -> Finding {
        Finding(
            diagnostic: Diagnostic(
                id: "invariant-refuted", message: message, location: invariant.location, notes: notes),
            rules: [invariant.id], witness: witness)
    }
}
