/// The walk of one set of fact values: the route, or the missing facts that stopped it, and the
/// trace (the start-at rules that held, the rules each rung climbed by), all read off the
/// ``EscalationPath`` taken over the values' truths.
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
        /// Whether a start-at rule with a missing fact leaves even the start undecided.
        var startUndecided = false
    }

    let ruleSet: RuleSet

    /// The walk for `values`, read off the one ``EscalationPath`` taken over their truths.
    func walk(_ values: [FactValue?]) -> Result {
        let startTruths = ruleSet.startAt.map { $0.rule.condition.evaluate(values) }
        let escalationTruths = ruleSet.routes.map { $0.escalateWhen.map { $0.condition.evaluate(values) } }
        let path = EscalationPath(
            logic: TruthLogic(), startRoutes: ruleSet.startAt.map(\.route), startValues: startTruths,
            escalationValues: escalationTruths)
        let startRules = startTruths.indices.filter { startTruths[$0] == .yes }
        // Where the walk starts, or would start were the start-at rules above it decided.
        let start = startRules.map { ruleSet.startAt[$0].route }.max() ?? 0
        let top = ruleSet.routes.count - 1
        let climbs = ruleSet.routes.indices.filter { path.reaches[$0] == .yes && path.climbs[$0] == .yes && $0 < top }
            .map { rung in
                Decision.Climb(
                    from: rung, rules: escalationTruths[rung].indices.filter { escalationTruths[rung][$0] == .yes })
            }
        if let route = path.ends.firstIndex(of: .yes) {
            return Result(
                end: .reached(route), startRules: startRules, start: start, climbs: climbs,
                pastTop: route == top && path.climbs[top] == .yes)
        }
        // Undecided: the unknown rules that stopped the walk are those of the highest rung it surely
        // reaches, or, when it surely reaches none, the start-at rules above where it would start.
        let missing: [Int]
        if let rung = path.reaches.lastIndex(of: .yes) {
            let rules = ruleSet.routes[rung].escalateWhen
            missing = rules.indices.filter { escalationTruths[rung][$0] == .unknown }
                .flatMap { missingFacts(rules[$0].condition, values) }
        } else {
            missing = ruleSet.startAt.indices.filter {
                startTruths[$0] == .unknown && ruleSet.startAt[$0].route > start
            }
            .flatMap { missingFacts(ruleSet.startAt[$0].rule.condition, values) }
        }
        return Result(
            end: .blocked(missing: unique(missing)), startRules: startRules, start: start, climbs: climbs,
            pastTop: false, startUndecided: !path.reaches.contains(.yes))
    }

    private func missingFacts(_ condition: Condition, _ values: [FactValue?]) -> [Int] {
        condition.facts.filter { values[$0] == nil }
    }

    private func unique(_ facts: [Int]) -> [Int] {
        var seen = Set<Int>()
        return facts.filter { seen.insert($0).inserted }
    }
}
