/// The finite space the analyses work in: for each fact, one representative value per case the
/// rules can tell apart (numbers split at the thresholds the rules mention), and conditions compiled
/// to decision diagrams over those cases.
///
/// Profiles here are complete: every fact has a value. A profile that leaves a deciding fact out is
/// undecided rather than routed, so it takes no part in which routes the rules can give.
struct CaseSpace {
    let schema: FactSchema
    /// Representative values by fact slot, one per case.
    let cases: [[FactValue]]
    let diagram: DecisionDiagram
    /// The thresholds, tested members and literals the cases come from.
    let domains: FactDomains

    /// The space of the cases that `conditions` can tell apart.
    init(schema: FactSchema, conditions: [Condition]) {
        self.schema = schema
        let domains = FactDomains(conditions: conditions, schema: schema)
        self.domains = domains
        cases = schema.facts.map { domains.values(of: $0.index) }
        diagram = DecisionDiagram(arities: cases.map(\.count))
    }

    /// The profiles for which `condition` holds.
    func compile(_ condition: Condition) -> DecisionDiagram.Node {
        switch condition.test {
        case .and(let terms): return terms.reduce(DecisionDiagram.all) { diagram.and($0, compile($1)) }
        case .or(let terms): return diagram.or(terms.map(compile))
        case .not(let inner): return diagram.not(compile(inner))
        case .missing: return DecisionDiagram.none
        default:
            guard let fact = condition.fact else { return DecisionDiagram.none }
            return diagram.literal(fact, cases[fact].map { condition.atomHolds($0) })
        }
    }

    /// A complete profile's values for a set of cases: the cases `example` fixes, and for every other
    /// fact its default where it has one, else its first case.
    func values(for example: [Int: Int]) -> [FactValue] {
        schema.facts.map { fact in
            if let value = example[fact.index] { return cases[fact.index][value] }
            return fact.defaultValue ?? cases[fact.index][0]
        }
    }
}
