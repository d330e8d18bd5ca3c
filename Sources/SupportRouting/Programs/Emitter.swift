/// Lowers conditions to postfix programs for the ``Machine``, all into one code array.
struct Emitter {
    let strings: [String: UInt64]
    private(set) var code: [Instruction] = []
    private(set) var literals: [UInt64] = []
    /// The deepest stack any program emitted so far needs.
    private(set) var deepest = 1

    init(strings: [String: UInt64]) {
        self.strings = strings
    }

    /// Appends `condition`'s program.
    mutating func program(_ condition: Condition) -> CompiledRuleSet.Program {
        let start = code.count
        deepest = max(deepest, emit(condition))
        return CompiledRuleSet.Program(start: start, end: code.count)
    }

    /// Appends `condition` as postfix instructions; returns the deepest stack it needs.
    private mutating func emit(_ condition: Condition) -> Int {
        switch condition.test {
        case .and(let terms), .or(let terms):
            var deepest = 0
            for (position, term) in terms.enumerated() { deepest = max(deepest, position + emit(term)) }
            if case .and = condition.test {
                code.append(.and(count: terms.count))
            } else {
                code.append(.or(count: terms.count))
            }
            return deepest
        case .not(let inner):
            let deepest = emit(inner)
            code.append(.not)
            return deepest
        case .boolEquals(let fact, let value): code.append(.bool(slot: fact, expected: value))
        case .number(let fact, let op, let value): code.append(.number(slot: fact, op, value))
        case .count(let fact, let op, let value): code.append(.count(slot: fact, op, value))
        case .ordinal(let fact, let op, let value): code.append(.ordinal(slot: fact, op, value))
        case .oneOf(let fact, let mask): code.append(.oneOf(slot: fact, mask: mask))
        case .contains(let fact, let member): code.append(.contains(slot: fact, mask: 1 << UInt64(member)))
        case .string(let fact, let texts, let negated):
            let first = literals.count
            literals += texts.compactMap { strings[$0] }
            code.append(.strings(slot: fact, first: first, end: literals.count, negated: negated))
        case .missing(let fact): code.append(.missing(slot: fact))
        }
        return 1
    }
}
