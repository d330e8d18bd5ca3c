/// The rules that decide the route, in walk order: start-at rules first, then each rung's
/// escalation rules, with the tables a walk needs kept in one flat array. A walk reads the rules'
/// results from a buffer rather than running them, so after a change to a profile only the rules
/// that read the changed facts run again.
struct PathPlan: Sendable {
    /// Where each table starts in ``table``, in the order ``PathView`` lists them.
    private let offsets: [Int]
    private let table: FrozenBuffer<Int>
    /// How many path rules there are.
    let ruleCount: Int

    /// `pathFacts` lists the facts the path rules read, at most 64.
    init(_ ruleSet: RuleSet, compiled: CompiledRuleSet, pathFacts: [Int]) {
        let programs = compiled.startRules.map(\.program) + compiled.escalation.flatMap { $0 }
        let facts = ruleSet.pathRules.map(\.condition.facts)
        ruleCount = facts.count
        let factCount = ruleSet.schema.count
        var rungStarts = [compiled.startRules.count]
        for rung in compiled.escalation { rungStarts.append(rungStarts[rungStarts.count - 1] + rung.count) }
        var readers: [Int] = []
        var readerStarts: [Int] = []
        var factStarts: [Int] = []
        for fact in 0..<factCount {
            readerStarts.append(readers.count)
            readers += facts.indices.filter { facts[$0].contains(fact) }
        }
        readerStarts.append(readers.count)
        var factList: [Int] = []
        for ruleFacts in facts {
            factStarts.append(factList.count)
            factList += ruleFacts
        }
        factStarts.append(factList.count)
        // The path facts (by position in `pathFacts`) that the start-at rules and each rung's
        // escalation rules read: a walk reads only the start-at rules and the rungs it visits.
        var reads = [Int](repeating: 0, count: compiled.escalation.count + 1)
        for (rule, ruleFacts) in facts.enumerated() {
            let slot = rule < compiled.startRules.count ? 0 : 1 + rungStarts.lastIndex { $0 <= rule }!
            for fact in ruleFacts { reads[slot] |= 1 << pathFacts.firstIndex(of: fact)! }
        }
        let tables = [
            compiled.startRules.map(\.route), rungStarts, programs.map(\.start), programs.map(\.end), readerStarts,
            readers, factStarts, factList, reads,
        ]
        var offsets = [0]
        for table in tables { offsets.append(offsets[offsets.count - 1] + table.count) }
        self.offsets = offsets
        table = FrozenBuffer(tables.flatMap { $0 })
    }

    /// The tables, seen through plain pointers that stay valid while this plan exists.
    var view: PathView {
        func part(_ index: Int) -> UnsafeBufferPointer<Int> {
            UnsafeBufferPointer(rebasing: table.elements[offsets[index]..<offsets[index + 1]])
        }
        return PathView(
            startRoutes: part(0), rungStarts: part(1), programStarts: part(2), programEnds: part(3),
            readerStarts: part(4), readers: part(5), factStarts: part(6), factList: part(7), factsRead: part(8))
    }
}
