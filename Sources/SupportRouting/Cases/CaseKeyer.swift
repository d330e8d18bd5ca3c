/// ``FactSplits/caseKey(of:_:)`` for many profiles: each fact's thresholds, tested members and literals
/// kept by slot, so a value's case is found without hashing the fact.
package struct CaseKeyer: Sendable {
    /// How one fact's values are keyed.
    enum Rule: Sendable {
        /// As they are: a bool or enum value is its own case.
        case same
        /// By place among these thresholds, in order.
        case number([Double])
        /// By the tested members held, and the size's place among the counts.
        case set(tested: UInt64, counts: [Int])
        /// As one of these literals, or any other.
        case string(Set<String>)
    }

    private let rules: [Rule]

    init(_ splits: FactSplits) { rules = splits.keyRules() }

    /// The case `value` of fact `fact` falls in, as ``FactSplits/caseKey(of:_:)`` gives it.
    package func caseKey(of fact: Int, _ value: FactValue) -> FactValue {
        switch (rules[fact], value) {
        case (.number(let thresholds), .number(let number)): FactSplits.numberKey(number, among: thresholds)
        case (.set(let tested, let counts), .set(let mask)): FactSplits.setKey(mask, tested: tested, counts: counts)
        case (.string(let literals), .string(let text)): FactSplits.stringKey(text, literals: literals)
        default: value
        }
    }
}
