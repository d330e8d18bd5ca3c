/// Runs compiled condition programs over a packed profile with Kleene's three-valued logic.
struct Machine {
    static let no: UInt8 = 0
    static let yes: UInt8 = 1
    static let unknown: UInt8 = 2

    /// A result as a ``Truth``.
    @inline(__always)
    static func truth(_ result: UInt8) -> Truth {
        result == yes ? .yes : result == no ? .no : .unknown
    }

    let code: UnsafeBufferPointer<Instruction>
    let words: UnsafeBufferPointer<UInt64>
    let present: UnsafeBufferPointer<Bool>
    let stack: UnsafeMutableBufferPointer<UInt8>

    /// The program's result: `no`, `yes` or `unknown`.
    @inline(__always)
    func run(_ program: CompiledRuleSet.Program) -> UInt8 {
        var top = 0
        for index in program.start..<program.end { top = step(index, top) }
        return stack[0]
    }

    /// Runs the program and records the result of each instruction at its index in `results`; the
    /// instructions map one to one onto the condition's nodes in postfix order, so explanations read
    /// every node's value from one pass.
    @inline(__always)
    func trace(_ program: CompiledRuleSet.Program, into results: UnsafeMutableBufferPointer<UInt8>) {
        var top = 0
        for index in program.start..<program.end {
            top = step(index, top)
            results[index] = stack[top - 1]
        }
    }

    /// Runs one instruction over the stack whose height is `top`; returns the new height.
    @inline(__always)
    private func step(_ index: Int, _ top: Int) -> Int {
        switch code[index] {
        case .not:
            let value = stack[top - 1]
            stack[top - 1] = value == Self.unknown ? value : 1 - value
            return top
        case .and(let count):
            return combine(count, below: top, decisive: Self.no)
        case .or(let count):
            return combine(count, below: top, decisive: Self.yes)
        case .missing(let slot):
            stack[top] = present[slot] ? Self.no : Self.yes
            return top + 1
        case let test:
            stack[top] = atom(test)
            return top + 1
        }
    }

    /// Replaces the last `count` results with their `and` (decisive `no`) or `or` (decisive `yes`):
    /// the decisive value wins, else unknown if any is, else the other value. Returns the new top.
    @inline(__always)
    private func combine(_ count: Int, below top: Int, decisive: UInt8) -> Int {
        var result = 1 - decisive
        for offset in (top - count)..<top {
            let value = stack[offset]
            if value == decisive {
                result = decisive
                break
            }
            if value == Self.unknown { result = Self.unknown }
        }
        stack[top - count] = result
        return top - count + 1
    }

    @inline(__always)
    private func atom(_ instruction: Instruction) -> UInt8 {
        switch instruction {
        case .bool(let slot, let expected):
            guard present[slot] else { return Self.unknown }
            return (words[slot] == 1) == expected ? Self.yes : Self.no
        case .number(let slot, let op, let literal):
            guard present[slot] else { return Self.unknown }
            return op.holds(Double(bitPattern: words[slot]), literal) ? Self.yes : Self.no
        case .count(let slot, let op, let literal):
            guard present[slot] else { return Self.unknown }
            return op.holds(words[slot].nonzeroBitCount, literal) ? Self.yes : Self.no
        case .ordinal(let slot, let op, let literal):
            guard present[slot] else { return Self.unknown }
            return op.holds(Int(words[slot]), literal) ? Self.yes : Self.no
        case .oneOf(let slot, let mask):
            guard present[slot] else { return Self.unknown }
            return (1 << words[slot]) & mask != 0 ? Self.yes : Self.no
        case .contains(let slot, let mask):
            guard present[slot] else { return Self.unknown }
            return words[slot] & mask != 0 ? Self.yes : Self.no
        case .strings(let slot, let mask, let negated):
            guard present[slot] else { return Self.unknown }
            // Id 63 marks a string the rules never name: in no literal set.
            let member = words[slot] < 63 && (1 << words[slot]) & mask != 0
            return member != negated ? Self.yes : Self.no
        default:
            return Self.unknown
        }
    }
}

extension CompiledRuleSet {
    /// Appends `condition` as postfix instructions; returns the deepest stack it needs.
    static func emit(_ condition: Condition, into code: inout [Instruction], strings: [String: Int]) -> Int {
        switch condition.test {
        case .and(let terms), .or(let terms):
            var deepest = 0
            for (position, term) in terms.enumerated() {
                deepest = max(deepest, position + emit(term, into: &code, strings: strings))
            }
            if case .and = condition.test {
                code.append(.and(count: terms.count))
            } else {
                code.append(.or(count: terms.count))
            }
            return deepest
        case .not(let inner):
            let deepest = emit(inner, into: &code, strings: strings)
            code.append(.not)
            return deepest
        case .boolEquals(let fact, let value): code.append(.bool(slot: fact, expected: value))
        case .number(let fact, let op, let value): code.append(.number(slot: fact, op, value))
        case .count(let fact, let op, let value): code.append(.count(slot: fact, op, value))
        case .ordinal(let fact, let op, let value): code.append(.ordinal(slot: fact, op, value))
        case .oneOf(let fact, let mask): code.append(.oneOf(slot: fact, mask: mask))
        case .contains(let fact, let member): code.append(.contains(slot: fact, mask: 1 << UInt64(member)))
        case .string(let fact, let literals, let negated):
            let mask = literals.reduce(UInt64(0)) { mask, literal in
                strings[literal].map { mask | (1 << UInt64($0)) } ?? mask
            }
            code.append(.strings(slot: fact, mask: mask, negated: negated))
        case .missing(let fact): code.append(.missing(slot: fact))
        }
        return 1
    }
}
