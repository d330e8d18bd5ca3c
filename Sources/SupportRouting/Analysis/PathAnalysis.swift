/// The escalation path walked symbolically: for each rung, the set of profiles that start there,
/// reach it, climb past it and end there, as decision diagrams.
struct PathAnalysis {
    typealias Node = DecisionDiagram.Node

    let ruleSet: RuleSet
    let space: CaseSpace
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

    init(ruleSet: RuleSet, space: CaseSpace) {
        self.ruleSet = ruleSet
        self.space = space
        let diagram = space.diagram
        let startVerdicts = ruleSet.startAt.map { space.verdict($0.rule.condition) }
        let escalationVerdicts = ruleSet.routes.map { $0.escalateWhen.map { space.verdict($0.condition) } }
        startRules = startVerdicts.map(\.yes)
        startRulesFail = startVerdicts.map(\.no)
        escalationRules = escalationVerdicts.map { $0.map(\.yes) }
        let climbs = escalationVerdicts.map { diagram.or($0.map(\.yes)) }
        self.climbs = climbs
        let count = ruleSet.routes.count
        // As the walk does: start at the highest rung a start-at rule names that holds, provided every
        // rule naming a higher rung fails (one that is unknown leaves the start undecided).
        func failsAbove(_ rung: Int) -> Node {
            ruleSet.startAt.indices.filter { ruleSet.startAt[$0].route > rung }
                .reduce(DecisionDiagram.all) { diagram.and($0, startVerdicts[$1].no) }
        }
        var starts: [Node] = []
        for rung in 0..<count {
            let named = ruleSet.startAt.indices.filter { ruleSet.startAt[$0].route == rung }.map {
                startVerdicts[$0].yes
            }
            starts.append(diagram.and(rung == 0 ? DecisionDiagram.all : diagram.or(named), failsAbove(rung)))
        }
        self.starts = starts
        var reaches: [Node] = []
        for rung in 0..<count {
            let fromBelow = rung == 0 ? DecisionDiagram.none : diagram.and(reaches[rung - 1], climbs[rung - 1])
            reaches.append(diagram.or(starts[rung], fromBelow))
        }
        self.reaches = reaches
        // A rung is the route when every rule of it fails; the top also when one holds (nowhere higher).
        self.ends = (0..<count).map { rung in
            let allFail = escalationVerdicts[rung].reduce(DecisionDiagram.all) { diagram.and($0, $1.no) }
            return diagram.and(reaches[rung], rung == count - 1 ? diagram.or(allFail, climbs[rung]) : allFail)
        }
    }

    /// The profiles whose route is one of `routes`.
    func ending(in routes: [Int]) -> Node {
        space.diagram.or(routes.map { ends[$0] })
    }
}
