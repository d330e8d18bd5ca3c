import SupportRouting

/// Remembers, for each combination of the cases of the values the rule set's constraints and derivations
/// read, the derived values they fill in when no constraint is broken: rows share a few such
/// combinations, so the checks run once for each, not once per row. Cases, not values: every condition
/// gives two values in one case the same result (``FactSplits``). A row that breaks a constraint is checked
/// in full each time, for diagnostics that quote its own values.
///
/// One memo serves one worker.
// Unchecked: like `CellMemo`, each worker's builder holds its own, and no two threads touch one.
final class CheckMemo: @unchecked Sendable {
    private let checker: ProfileChecker
    /// The facts the constraints and derivations read, and the derived facts: all their outcome depends on.
    private let facts: [Int]
    private let keyer: CaseKeyer
    private var filled = ByteKeyedTable<[(slot: Int, value: FactValue)]>(capacity: 4096)

    init(ruleSet: RuleSet) {
        checker = ProfileChecker(ruleSet)
        facts = ruleSet.checkedFacts
        keyer = FactSplits(conditions: ruleSet.checkConditions, schema: ruleSet.schema).keyer
    }

    /// As ``ProfileChecker/completeAndCheck(values:at:place:)``.
    func completeAndCheck(
        values: inout [FactValue?], at fallback: SourceLocation, place: (Int) -> SourceLocation?
    ) -> (filled: [Int], problems: [Diagnostic]) {
        let known = ValueKey.withBytes(values, slots: facts, as: { keyer.caseKey(of: $0, $1) }) {
            filled.value(for: $0)
        }
        if let known {
            for (slot, value) in known { values[slot] = value }
            return (known.map(\.slot), [])
        }
        let before = values
        let (slots, problems) = checker.completeAndCheck(values: &values, at: fallback, place: place)
        guard problems.isEmpty else { return (slots, problems) }
        let found = slots.map { (slot: $0, value: values[$0]!) }
        ValueKey.withBytes(before, slots: facts, as: { keyer.caseKey(of: $0, $1) }) { filled.add(found, for: $0) }
        return (slots, [])
    }
}

extension RuleSet {
    /// The conditions of the constraints and of the derivations' cases: what checking a profile reads.
    var checkConditions: [Condition] {
        constraints.map(\.condition) + derivations.flatMap { $0.cases.compactMap(\.condition) }
    }

    /// The facts the checks read, and the derived facts: all a profile's checks depend on, in slot order.
    var checkedFacts: [Int] { Set(checkConditions.flatMap(\.facts) + derivations.map(\.fact)).sorted() }
}
