extension Condition {
    /// Whether the condition holds for these values (by fact slot); `.unknown` when a missing fact decides.
    public func evaluate(_ values: [FactValue?]) -> Truth {
        switch test {
        case .and(let terms):
            var result = Truth.yes
            for term in terms {
                switch term.evaluate(values) {
                case .no: return .no
                case .unknown: result = .unknown
                case .yes: break
                }
            }
            return result
        case .or(let terms):
            var result = Truth.no
            for term in terms {
                switch term.evaluate(values) {
                case .yes: return .yes
                case .unknown: result = .unknown
                case .no: break
                }
            }
            return result
        case .not(let inner):
            return !inner.evaluate(values)
        case .missing(let fact):
            return Truth(values[fact] == nil)
        default:
            guard let fact, let value = values[fact] else { return .unknown }
            return Truth(atomHolds(value))
        }
    }

    /// Whether an atomic condition holds for its fact's value.
    func atomHolds(_ value: FactValue) -> Bool {
        switch (test, value) {
        case (.boolEquals(_, let expected), .bool(let actual)): actual == expected
        case (.number(_, let op, let literal), .number(let actual)): op.holds(actual, literal)
        case (.count(_, let op, let literal), .set(let mask)): op.holds(mask.nonzeroBitCount, literal)
        case (.ordinal(_, let op, let literal), .enumeration(let actual)): op.holds(actual, literal)
        case (.oneOf(_, let mask), .enumeration(let actual)): mask & (1 << UInt64(actual)) != 0
        case (.contains(_, let member), .set(let mask)): mask & (1 << UInt64(member)) != 0
        case (.string(_, let strings, let negated), .string(let actual)): strings.contains(actual) != negated
        default: false
        }
    }
}
