/// Turns a set of profiles from the analysis into one concrete profile a person can run.
package struct WitnessBuilder {
    let ruleSet: RuleSet
    let space: CaseDiagrams
    /// The facts the path reads, gathered once rather than for every witness.
    private let pathFacts: Set<Int>

    init(ruleSet: RuleSet, space: CaseDiagrams) {
        self.ruleSet = ruleSet
        self.space = space
        var pathFacts = Set<Int>()
        for rule in ruleSet.pathRules { pathFacts.formUnion(rule.condition.facts) }
        self.pathFacts = pathFacts
    }

    /// A profile in `set`, or `nil` when the set is empty. It gives the facts the set pins down and
    /// the facts without a default that the path reads (so the walk is decided); every other fact is
    /// left out and takes its default.
    func witness(in set: DecisionDiagram.Node) -> Witness? {
        guard let example = space.diagram.example(set) else { return nil }
        let (values, settings) = space.profile(for: example, deciding: pathFacts)
        // Spelled out step by step: the optimiser of Swift 6.3 crashed on the chained form.
        let outcome = ruleSet.decide(values: values).outcome
        var route = "undecided"
        if case .decided(let index) = outcome { route = ruleSet.routes[index].id }
        return Witness(facts: settings, route: route)
    }

    /// A value as YAML writes it; strings double-quoted with JSON escapes, which YAML reads the same.
    package static func yaml(_ value: FactValue, _ type: FactType) -> String {
        if case .string(let text) = value { return text.jsonQuoted }
        return value.display(as: type)
    }
}
