/// Exact analysis of a rule set's escalation path: conditions that can never hold, rules that never
/// decide anything, routes no profile reaches, start-at rules masked by others, advice that never
/// applies, and profiles that would climb past the top. Exact over every profile, facts left out included,, by
/// decision diagrams over the cases the rules can tell apart.
public enum RuleSetChecker {
    /// The outcome of checking one rule set.
    public struct Result: Sendable, Hashable, Codable {
        /// Every finding, in source order.
        public let findings: [Finding]
        /// The ids of the declared invariants that were proven.
        public let provenInvariants: [String]
    }

    /// The most steps the analysis of one rule set takes unless told otherwise: about a second of work.
    /// The shipped rule set takes about 350 steps; generated ones of 300 rules over 40 facts up to
    /// 900,000 (`Scripts/generate-rules.py`).
    public static let defaultMaximumSteps = 500_000

    /// Every finding, in source order.
    public static func check(_ ruleSet: RuleSet, maximumSteps: Int = defaultMaximumSteps) -> [Finding] {
        analyse(ruleSet, maximumSteps: maximumSteps).findings
    }

    /// Every finding, and the invariants proven.
    ///
    /// The analysis builds decision diagrams, which can grow exponentially with the number of facts a
    /// rule set combines. A step is a node of a diagram built or looked up, and one more for each 64 of
    /// its branches; past `maximumSteps` the analysis stops, and the only finding is an error saying
    /// so, at the start of the rule file.
    public static func analyse(_ ruleSet: RuleSet, maximumSteps: Int = defaultMaximumSteps) -> Result {
        var analysis = Analysis(ruleSet: ruleSet, maximumSteps: maximumSteps)
        analysis.run()
        if analysis.space.diagram.isExhausted {
            let diagnostic = Diagnostic(
                id: "analysis-too-large",
                message:
                    "the rule set is too large to analyse exactly: the analysis passed its limit of \(maximumSteps) steps",
                location: SourceLocation(file: ruleSet.file, line: 1, column: 1),
                notes: ["raise the limit with `--max-analysis-steps`, or split long conditions into several rules"])
            return Result(findings: [Finding(diagnostic: diagnostic, rules: [])], provenInvariants: [])
        }
        let findings = analysis.findings.sorted {
            ($0.diagnostic.location.line, $0.diagnostic.location.column) < (
                $1.diagnostic.location.line, $1.diagnostic.location.column
            )
        }
        return Result(findings: findings, provenInvariants: analysis.proven)
    }
}

/// One run of the checks, collecting findings.
private struct Analysis {
    let ruleSet: RuleSet
    let space: CaseDiagrams
    let path: DiagramWalk
    let witnesses: WitnessBuilder
    var findings: [Finding] = []
    var proven: [String] = []
    /// Rules whose condition never holds: reported once, and left out of the other checks.
    var deadRules = Set<String>()

    init(ruleSet: RuleSet, maximumSteps: Int) {
        self.ruleSet = ruleSet
        space = CaseDiagrams(
            schema: ruleSet.schema, conditions: ruleSet.allConditions, constraints: ruleSet.constraints,
            derivations: ruleSet.derivations, maximumSteps: maximumSteps)
        path = DiagramWalk(ruleSet: ruleSet, space: space)
        witnesses = WitnessBuilder(ruleSet: ruleSet, space: space)
    }

    private var diagram: DecisionDiagram { space.diagram }

    mutating func run() {
        checkConstraints()
        checkConditions()
        checkEscalationRules()
        checkRoutes()
        checkStartRules()
        checkAdvice()
        checkTop()
        checkInvariants()
        noteMutualCover()
    }

    /// Rules that cover each other are each reported as never deciding; removing one of them is safe,
    /// removing all is not, so each such finding says which others it leans on.
    private mutating func noteMutualCover() {
        let idle = Set(
            findings.filter { ["rule-never-decides", "start-masked"].contains($0.diagnostic.id) }.compactMap(
                \.rules.first))
        findings = findings.map { finding in
            guard ["rule-never-decides", "start-masked"].contains(finding.diagnostic.id) else { return finding }
            let mutual = finding.rules.dropFirst().filter { idle.contains($0) }
            guard !mutual.isEmpty else { return finding }
            var diagnostic = finding.diagnostic
            diagnostic.notes.append(
                "\(mutual.map { "`\($0)`" }.joined(separator: " and ")) \(mutual.count == 1 ? "is" : "are") reported too: they cover each other, so remove one of them, not all"
            )
            return Finding(diagnostic: diagnostic, rules: finding.rules, witness: finding.witness)
        }
    }

    private mutating func checkInvariants() {
        let prover = InvariantProver(ruleSet: ruleSet, space: space, path: path, witnesses: witnesses)
        for invariant in ruleSet.invariants {
            if let refutation = prover.refute(invariant) {
                findings.append(refutation)
            } else {
                proven.append(invariant.id)
            }
        }
    }

    private mutating func add(
        _ id: String, _ severity: Diagnostic.Severity, _ message: String, at location: SourceLocation, rules: [String],
        notes: [String] = [], witness set: DecisionDiagram.Node? = nil
    ) {
        let diagnostic = Diagnostic(id: id, severity: severity, message: message, location: location, notes: notes)
        findings.append(
            Finding(diagnostic: diagnostic, rules: rules, witness: set.flatMap { witnesses.witness(in: $0) }))
    }

    /// The fewest of `candidates` whose sets together contain `set`, or `nil` when all of them do not.
    /// Dropping rules one at a time keeps the message to the rules that really cover it.
    private func minimalCover(
        of set: DecisionDiagram.Node, by candidates: [Int], _ node: (Int) -> DecisionDiagram.Node
    ) -> [Int]? {
        guard !diagram.isExhausted else { return nil }
        func covers(_ union: DecisionDiagram.Node) -> Bool { diagram.minus(set, union) == DecisionDiagram.none }
        // after[i]: the union of the candidates after the i-th, so each trial is one union, not one per rule.
        var after = [DecisionDiagram.Node](repeating: DecisionDiagram.none, count: candidates.count)
        for index in candidates.indices.dropLast().reversed() {
            after[index] = diagram.or(after[index + 1], node(candidates[index + 1]))
        }
        guard let first = candidates.first, covers(diagram.or(node(first), after[0])) else { return nil }
        // Each candidate in turn is dropped when the ones kept so far and the ones not yet tried still cover.
        var kept: [Int] = []
        var keptUnion = DecisionDiagram.none
        for (index, candidate) in candidates.enumerated() {
            let remaining = kept.count + candidates.count - index
            if remaining > 1, covers(diagram.or(keptUnion, after[index])) { continue }
            kept.append(candidate)
            keptUnion = diagram.or(keptUnion, node(candidate))
        }
        return kept
    }

    /// A constraint no profile keeps to refuses every profile; so do constraints that contradict
    /// each other, though each alone can be kept.
    private mutating func checkConstraints() {
        var impossible = false
        for (index, constraint) in ruleSet.constraints.enumerated()
        where space.constraintHolds[index] == DecisionDiagram.none {
            impossible = true
            let message: String
            switch constraint.kind {
            case .declared:
                message =
                    "no profile can keep to constraint `\(constraint.id)`: `\(constraint.condition.text)` never holds, so every profile would be refused"
            case .derivation(let fact):
                message =
                    "the derivation of `\(ruleSet.schema.facts[fact].name)` gives no value the fact can take, so every profile would be refused"
            }
            add("constraint-never-holds", .error, message, at: constraint.location, rules: [constraint.id])
        }
        if !impossible, !ruleSet.constraints.isEmpty, space.everyConstraintHolds == DecisionDiagram.none,
            let first = ruleSet.constraints.first
        {
            add(
                "constraints-contradict", .error,
                "the constraints contradict each other: no profile keeps to all of them, so every profile would be refused",
                at: first.location, rules: ruleSet.constraints.map(\.id))
        }
    }

    private mutating func checkConditions() {
        for rule in ruleSet.allRules where space.compile(rule.condition) == DecisionDiagram.none {
            deadRules.insert(rule.id)
            add(
                "condition-never-holds", .error,
                "the condition of rule `\(rule.id)` can never hold: no values of its facts make `\(rule.condition.text)` true",
                at: rule.condition.location, rules: [rule.id])
        }
    }

    private mutating func checkEscalationRules() {
        for (rung, route) in ruleSet.routes.enumerated() {
            let reach = path.reaches[rung]
            guard reach != DecisionDiagram.none else { continue }
            let rules = path.escalationRules[rung]
            for (index, rule) in route.escalateWhen.enumerated() where !deadRules.contains(rule.id) {
                let holds = diagram.and(reach, rules[index])
                if holds == DecisionDiagram.none {
                    add(
                        "rule-never-reached", .warning,
                        "rule `\(rule.id)` never holds for a school that reaches `\(route.id)`, so it never decides anything",
                        at: rule.location, rules: [rule.id])
                    continue
                }
                let others = rules.indices.filter { $0 != index }
                guard let covering = minimalCover(of: holds, by: others, { rules[$0] }) else { continue }
                let names = covering.map { "`\(route.escalateWhen[$0].id)`" }.joined(separator: " or ")
                add(
                    "rule-never-decides", .warning,
                    "rule `\(rule.id)` never decides anything: whenever it holds at `\(route.id)`, \(names) \(covering.count == 1 ? "holds" : "hold") too",
                    at: rule.location, rules: [rule.id] + covering.map { route.escalateWhen[$0].id }, witness: holds)
            }
        }
    }

    private mutating func checkRoutes() {
        for (rung, route) in ruleSet.routes.enumerated() {
            if path.reaches[rung] == DecisionDiagram.none {
                add(
                    "route-never-reached", .error,
                    "no profile reaches route `\(route.id)`: no start_at rule names it and no school climbs to it",
                    at: route.location, rules: [])
            } else if path.ends[rung] == DecisionDiagram.none {
                add(
                    "route-never-given", .error,
                    "no profile gets route `\(route.id)`: every school that reaches it climbs further",
                    at: route.location, rules: route.escalateWhen.map(\.id))
            }
        }
    }

    private mutating func checkStartRules() {
        for (index, start) in ruleSet.startAt.enumerated() where !deadRules.contains(start.rule.id) {
            if start.route == 0 {
                add(
                    "start-at-lowest", .warning,
                    "start_at rule `\(start.rule.id)` names the lowest rung `\(ruleSet.routes[0].id)`, where every walk starts anyway",
                    at: start.rule.location, rules: [start.rule.id])
                continue
            }
            // Other start-at rules that start the walk at the same rung or higher decide instead.
            let candidates = ruleSet.startAt.indices.filter { $0 != index && ruleSet.startAt[$0].route >= start.route }
            // Where it holds and no rule naming a higher rung is unknown, so the start is decided.
            let decidedAbove = ruleSet.startAt.indices.filter { ruleSet.startAt[$0].route > start.route }
                .reduce(DecisionDiagram.all) {
                    diagram.and($0, diagram.or(path.startRules[$1], path.startRulesFail[$1]))
                }
            let holds = diagram.and(path.startRules[index], decidedAbove)
            guard let others = minimalCover(of: holds, by: candidates, { path.startRules[$0] }) else { continue }
            let names = others.map { "`\(ruleSet.startAt[$0].rule.id)`" }.joined(separator: " or ")
            add(
                "start-masked", .warning,
                "start_at rule `\(start.rule.id)` never decides where the walk starts: whenever it holds, \(names) starts it at `\(ruleSet.routes[start.route].id)` or higher",
                at: start.rule.location, rules: [start.rule.id] + others.map { ruleSet.startAt[$0].rule.id },
                witness: holds)
        }
    }

    private mutating func checkAdvice() {
        // Advice given on every route applies wherever its condition holds, decided or not; only advice
        // limited to some routes can fail to apply while its condition holds.
        for advice in ruleSet.advice where !deadRules.contains(advice.rule.id) {
            guard let routes = advice.onRoutes else { continue }
            let applies = diagram.and(space.compile(advice.rule.condition), path.ending(in: routes))
            guard applies == DecisionDiagram.none else { continue }
            let names = routes.map { "`\(ruleSet.routes[$0].id)`" }.joined(separator: ", ")
            add(
                "advice-never-applies", .warning,
                "advice `\(advice.rule.id)` never applies: its condition never holds for a school whose route is \(names)",
                at: advice.rule.location, rules: [advice.rule.id], witness: space.compile(advice.rule.condition))
        }
    }

    private mutating func checkTop() {
        let top = ruleSet.routes.count - 1
        let route = ruleSet.routes[top]
        for (index, rule) in route.escalateWhen.enumerated() where !deadRules.contains(rule.id) {
            let past = diagram.and(path.reaches[top], path.escalationRules[top][index])
            guard past != DecisionDiagram.none else { continue }
            add(
                "climbs-past-top", .error,
                "rule `\(rule.id)` holds for schools at the top rung `\(route.id)`, which has nowhere higher to climb",
                at: rule.location, rules: [rule.id], witness: past)
        }
    }
}
