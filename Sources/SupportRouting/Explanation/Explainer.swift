/// A rule set prepared once for explaining: its conditions compiled, the wording of its rules,
/// routes, reasons and fact cases worked out. An explanation then costs one traced run of the
/// rules, walks over their results, and strings only for what the answer shows.
/// ``RuleSet/explain(_:counterfactuals:)`` keeps one per rule set; it holds no ``RuleSet``, so the
/// rule set can hold it.
final class Explainer: Sendable {
    /// An advice rule with its note.
    struct Advice: Sendable {
        let rule: TracedRule
        let onRoutes: [Int]?
        let says: MessageTemplate
    }

    /// The rules' conditions, compiled.
    let compiled: CompiledRuleSet
    let path: WalkTable
    let startRules: [TracedRule]
    let rungRules: [[TracedRule]]
    let advice: [Advice]
    /// The facts the path rules read, in order: those a counterfactual changes.
    let pathFacts: [Int]
    /// The cases of each fact the path rules or the constraints read, by slot; `nil` for the others.
    let cases: [FactCases?]
    let routes: [Explanation.RouteSummary]
    let summary: Explanation.RuleSetSummary
    /// Each fact's kind of value, by slot, and the number of values of each enum, to check that a
    /// profile's values fit.
    let kinds: [FactCases.Kind]
    let enumSizes: [Int]
    /// How values are shown.
    let wording: ValueWording
    /// The facts: their names and descriptions, and the schema advice is worded with.
    let schema: FactSchema
    /// The facts the start-at rules read, and those each rung's escalation rules read.
    let startFacts: [Int]
    let rungFacts: [[Int]]
    /// The reasons that depend only on the rule set, worded once.
    let reasons: Reasons
    /// The constraints and derivations, compiled for the checks a profile goes through.
    let checks: ProfileChecks

    /// Prepares `ruleSet`, which must keep to ``RuleSetLimits``, as every loaded rule set does.
    init(_ ruleSet: RuleSet) {
        precondition(ruleSet.routes.count <= RuleSetLimits.maximumRoutes, "more routes than a walk holds")
        let compiled = CompiledRuleSet(ruleSet)
        self.compiled = compiled
        let schema = ruleSet.schema
        let direct = Set(ruleSet.pathRules.flatMap(\.condition.facts))
        precondition(direct.count <= RuleSetLimits.maximumPathFacts, "more path facts than a search holds")
        // A derived fact the rules read changes with the facts it is worked out from, so those are
        // path facts too, for the counterfactuals, as far as the search's word holds them.
        let inputs = Self.derivationInputs(ruleSet, of: direct)
        let expanded = direct.union(inputs.values.joined())
        let pathFacts = (expanded.count <= RuleSetLimits.maximumPathFacts ? expanded : direct).sorted()
        self.pathFacts = pathFacts
        path = WalkTable(ruleSet, compiled: compiled, pathFacts: pathFacts, derivationInputs: inputs)
        startRules = zip(ruleSet.startAt, compiled.startRules).map {
            TracedRule($0.rule, program: $1.program, schema: schema)
        }
        rungRules = zip(ruleSet.routes, compiled.escalation).map { route, programs in
            zip(route.escalateWhen, programs).map { TracedRule($0, program: $1, schema: schema) }
        }
        advice = zip(ruleSet.advice, compiled.advice).map { rule, compiled in
            Advice(
                rule: TracedRule(rule.rule, program: compiled.program, schema: schema), onRoutes: rule.onRoutes,
                says: rule.says)
        }
        let domains = FactSplits(ruleSet: ruleSet)
        var cases = [FactCases?](repeating: nil, count: schema.count)
        // The facts constraints read get cases too, so the search for possible routes can split on them.
        let constraintFacts = ruleSet.constraints.flatMap(\.condition.facts)
        for fact in Set(pathFacts + constraintFacts) {
            cases[fact] = FactCases(fact: fact, domains: domains, schema: schema, compiled: compiled)
        }
        self.cases = cases
        routes = ruleSet.routes.map { route in
            Explanation.RouteSummary(
                id: route.id, rung: route.index + 1, title: route.title, brokeredBy: route.brokeredBy,
                involves: route.involves)
        }
        summary = .init(
            id: ruleSet.id, title: ruleSet.title, version: ruleSet.version, file: ruleSet.file, sha256: ruleSet.sha256)
        kinds = schema.facts.map { FactCases.Kind($0.type) }
        enumSizes = schema.facts.map(\.type.values.count)
        wording = ValueWording(schema)
        self.schema = schema
        startFacts = Self.facts(of: ruleSet.startAt.map(\.rule))
        rungFacts = ruleSet.routes.map { Self.facts(of: $0.escalateWhen) }
        reasons = Reasons(ruleSet)
        checks = ProfileChecks(ruleSet, packer: compiled.packer)
    }

    /// For each derived fact among `facts`, every fact it is worked out from, through other derived
    /// facts too.
    private static func derivationInputs(_ ruleSet: RuleSet, of facts: Set<Int>) -> [Int: [Int]] {
        var found: [Int: [Int]] = [:]
        for fact in facts where ruleSet.derivation(of: fact) != nil {
            var inputs: [Int] = []
            var queue = [fact]
            while let next = queue.popLast() {
                for input in ruleSet.derivation(of: next)?.inputs ?? [] where !inputs.contains(input) {
                    inputs.append(input)
                    queue.append(input)
                }
            }
            found[fact] = inputs
        }
        return found
    }

    /// Every fact the rules read, each once.
    private static func facts(of rules: [Rule]) -> [Int] {
        var facts: [Int] = []
        for rule in rules {
            for fact in rule.condition.facts where !facts.contains(fact) { facts.append(fact) }
        }
        return facts
    }

    /// The name of the fact in `slot`.
    func factName(_ slot: Int) -> String { schema.facts[slot].name }

    /// Whether values fit the schema the explainer was prepared for, as the packed walk assumes.
    func fits(_ values: [FactValue?]) -> Bool {
        guard values.count == kinds.count else { return false }
        for (slot, value) in values.enumerated() {
            switch (value, kinds[slot]) {
            case (nil, _), (.bool?, .bool), (.number?, .number), (.set?, .set), (.string?, .string): continue
            case (.enumeration(let index)?, .enumeration) where index >= 0 && index < enumSizes[slot]: continue
            default: return false
            }
        }
        return true
    }
}
