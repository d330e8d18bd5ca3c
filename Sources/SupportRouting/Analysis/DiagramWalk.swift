/// The escalation path walked symbolically: for each rung, the set of profiles that start there,
/// reach it, climb past it and end there, as decision diagrams. The walk is ``EscalationPath``'s,
/// taken over ``DiagramLogic``.
struct DiagramWalk {
    typealias Node = DecisionDiagram.Node

    let ruleSet: RuleSet
    let space: CaseDiagrams
    /// The profiles for which each start-at rule holds, by position.
    let startRules: [Node]
    /// The profiles for which each start-at rule fails (neither holds nor is unknown), by position.
    let startRulesFail: [Node]
    /// The profiles for which each escalation rule holds, by rung and position.
    let escalationRules: [[Node]]
    /// The profiles whose walk starts at each rung.
    let starts: [Node]
    /// The profiles whose walk visits each rung.
    let reaches: [Node]
    /// The profiles for which some escalation rule of each rung holds.
    let climbs: [Node]
    /// The profiles whose route is each rung.
    let ends: [Node]

    init(ruleSet: RuleSet, space: CaseDiagrams) {
        self.ruleSet = ruleSet
        self.space = space
        let diagram = space.diagram
        let startVerdicts = ruleSet.startAt.map { space.verdict($0.rule.condition) }
        let escalationVerdicts = ruleSet.routes.map { $0.escalateWhen.map { space.verdict($0.condition) } }
        startRules = startVerdicts.map(\.yes)
        startRulesFail = startVerdicts.map(\.no)
        escalationRules = escalationVerdicts.map { $0.map(\.yes) }
        // The one walk, over the sets of profiles for which each rule holds and fails.
        let path = EscalationPath(
            logic: DiagramLogic(diagram: diagram, valid: space.valid), startRoutes: ruleSet.startAt.map(\.route),
            startValues: startVerdicts, escalationValues: escalationVerdicts)
        starts = path.starts.map(\.yes)
        reaches = path.reaches.map(\.yes)
        climbs = path.climbs.map(\.yes)
        ends = path.ends.map(\.yes)
    }

    /// The profiles whose route is one of `routes`.
    func ending(in routes: [Int]) -> Node {
        space.diagram.or(routes.map { ends[$0] })
    }
}
