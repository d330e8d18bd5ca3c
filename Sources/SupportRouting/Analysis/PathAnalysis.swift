/// The escalation path walked symbolically: for each rung, the set of profiles that start there,
/// reach it, climb past it and end there, as decision diagrams.
struct PathAnalysis {
    typealias Node = DecisionDiagram.Node

    let ruleSet: RuleSet
    let space: CaseSpace
    /// The profiles for which each start-at rule holds, by position.
    let startRules: [Node]
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
        let startRules = ruleSet.startAt.map { space.compile($0.rule.condition) }
        let escalationRules = ruleSet.routes.map { $0.escalateWhen.map { space.compile($0.condition) } }
        let climbs = escalationRules.map { diagram.or($0) }
        self.startRules = startRules
        self.escalationRules = escalationRules
        self.climbs = climbs
        let count = ruleSet.routes.count
        // The walk starts at the highest rung named by a start-at rule that holds, else the lowest.
        var starts = [Node](repeating: DecisionDiagram.none, count: count)
        var higher = DecisionDiagram.none
        for rung in (0..<count).reversed() {
            let named = diagram.or(
                ruleSet.startAt.indices.filter { ruleSet.startAt[$0].route == rung }.map { startRules[$0] })
            starts[rung] = diagram.minus(named, higher)
            higher = diagram.or(higher, named)
        }
        starts[0] = diagram.or(starts[0], diagram.not(higher))
        self.starts = starts
        var reaches: [Node] = []
        for rung in 0..<count {
            let fromBelow = rung == 0 ? DecisionDiagram.none : diagram.and(reaches[rung - 1], climbs[rung - 1])
            reaches.append(diagram.or(starts[rung], fromBelow))
        }
        self.reaches = reaches
        self.ends = (0..<count).map { rung in
            rung == count - 1 ? reaches[rung] : diagram.minus(reaches[rung], climbs[rung])
        }
    }

    /// The profiles whose walk would climb past the top rung.
    var pastTop: Node {
        space.diagram.and(reaches[reaches.count - 1], climbs[climbs.count - 1])
    }

    /// The profiles whose route is one of `routes`.
    func ending(in routes: [Int]) -> Node {
        space.diagram.or(routes.map { ends[$0] })
    }
}
