/// Walks the escalation path for a set of fact values, as the rule set's semantics say.
///
/// Start at the highest rung named by a `start_at` rule that holds (else the lowest), climb while an
/// `escalate_when` rule of the current rung holds. With missing facts a rule may be unknown; the walk
/// then stops and says which missing facts blocked it.
struct Walker {
    /// Where a walk ended.
    enum End: Hashable {
        /// The walk stopped at this rung.
        case reached(Int)
        /// An unknown rule stopped the walk; these missing facts (by slot) would decide it.
        case blocked(missing: [Int])
    }

    /// A whole walk.
    struct Result: Hashable {
        let end: End
        let startRules: [Int]
        let start: Int
        let climbs: [Decision.Climb]
        let pastTop: Bool
    }

    let ruleSet: RuleSet

    func walk(_ values: [FactValue?]) -> Result {
        var start = 0
        var startRules: [Int] = []
        var unknownStarts: [(rule: Int, route: Int)] = []
        for (index, startAt) in ruleSet.startAt.enumerated() {
            switch startAt.rule.condition.evaluate(values) {
            case .yes:
                startRules.append(index)
                start = max(start, startAt.route)
            case .unknown: unknownStarts.append((index, startAt.route))
            case .no: break
            }
        }
        // An unknown start-at rule matters only if it could start the walk higher than the rules that hold.
        let blockingStarts = unknownStarts.filter { $0.route > start }
        if !blockingStarts.isEmpty {
            let missing = blockingStarts.flatMap { missingFacts(ruleSet.startAt[$0.rule].rule.condition, values) }
            return Result(
                end: .blocked(missing: unique(missing)), startRules: startRules, start: start, climbs: [],
                pastTop: false)
        }
        var rung = start
        var climbs: [Decision.Climb] = []
        while true {
            let rules = ruleSet.routes[rung].escalateWhen
            var held: [Int] = []
            var unknown: [Int] = []
            for (index, rule) in rules.enumerated() {
                switch rule.condition.evaluate(values) {
                case .yes: held.append(index)
                case .unknown: unknown.append(index)
                case .no: break
                }
            }
            if held.isEmpty, !unknown.isEmpty {
                let missing = unknown.flatMap { missingFacts(rules[$0].condition, values) }
                return Result(
                    end: .blocked(missing: unique(missing)), startRules: startRules, start: start, climbs: climbs,
                    pastTop: false)
            }
            if held.isEmpty {
                return Result(end: .reached(rung), startRules: startRules, start: start, climbs: climbs, pastTop: false)
            }
            if rung == ruleSet.routes.count - 1 {
                return Result(end: .reached(rung), startRules: startRules, start: start, climbs: climbs, pastTop: true)
            }
            climbs.append(Decision.Climb(from: rung, rules: held))
            rung += 1
        }
    }

    private func missingFacts(_ condition: Condition, _ values: [FactValue?]) -> [Int] {
        condition.facts.filter { values[$0] == nil }
    }

    private func unique(_ facts: [Int]) -> [Int] {
        var seen = Set<Int>()
        return facts.filter { seen.insert($0).inserted }
    }
}
