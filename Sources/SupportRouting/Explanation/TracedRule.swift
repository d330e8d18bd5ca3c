/// A rule's wording, which does not depend on the profile, with its condition's nodes listed in the
/// order of the compiled program's instructions (postfix), so a report is put together from one
/// traced run without evaluating the condition tree again. A class, so an explanation refers to a
/// rule without copying its strings.
final class TracedRule: Sendable {
    /// A node of the condition.
    struct Node: Sendable {
        let text: String
        /// The fact an atomic condition reads, or -1 for `and`, `or` and `not`.
        let fact: Int
        let factName: String?
        /// The nodes of its parts, by position.
        let parts: [Int]
    }

    let id: String
    let because: String
    let citation: Citation
    let location: SourceLocation
    let program: CompiledRuleSet.Program
    let nodes: [Node]

    init(_ rule: Rule, program: CompiledRuleSet.Program, schema: FactSchema) {
        id = rule.id
        because = rule.because
        citation = rule.source
        location = rule.location
        self.program = program
        var nodes: [Node] = []
        func add(_ condition: Condition) -> Int {
            let parts = condition.children.map(add)
            nodes.append(
                Node(
                    text: condition.text, fact: condition.fact ?? -1,
                    factName: condition.fact.map { schema.facts[$0].name }, parts: parts))
            return nodes.count - 1
        }
        _ = add(rule.condition)
        precondition(nodes.count == program.end - program.start, "one instruction per condition node")
        self.nodes = nodes
    }

    /// The rule's report from a traced run's results (``Machine`` values, by instruction).
    func report(_ results: [UInt8], wording: ProfileWording) -> Explanation.RuleReport {
        let condition = report(node: nodes.count - 1, results, wording)
        var report = Explanation.RuleReport(
            id: id, result: condition.result, because: because, document: citation.document, quote: citation.quote,
            condition: condition, location: location)
        report.standing = citation.standing
        report.sourceNote = citation.note
        return report
    }

    private func report(node index: Int, _ results: [UInt8], _ wording: ProfileWording)
        -> Explanation.ConditionReport
    {
        let node = nodes[index]
        let result = Self.truth(results[program.start + index])
        guard node.fact < 0 else {
            return Explanation.ConditionReport(
                text: node.text, result: result, fact: node.factName, actual: wording.value(node.fact),
                actualIsDefault: wording.isDefault(node.fact), parts: [])
        }
        return Explanation.ConditionReport(
            text: node.text, result: result, fact: nil, actual: nil, actualIsDefault: false,
            parts: node.parts.map { report(node: $0, results, wording) })
    }

    /// A ``Machine`` value as a ``Truth``.
    static func truth(_ value: UInt8) -> Truth {
        switch value {
        case Machine.yes: .yes
        case Machine.no: .no
        default: .unknown
        }
    }
}
