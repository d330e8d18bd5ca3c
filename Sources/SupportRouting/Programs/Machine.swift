/// Runs compiled condition programs over a packed profile with Kleene's three-valued logic.
struct Machine: Sendable {
    static let no: UInt8 = 0
    static let yes: UInt8 = 1
    static let unknown: UInt8 = 2

    /// A result as a ``Truth``.
    @inline(__always)
    static func truth(_ result: UInt8) -> Truth {
        result == yes ? .yes : result == no ? .no : .unknown
    }

    /// The instructions of every program.
    let code: [Instruction]
    /// The interned ids of the string literals that string tests compare with, each test's ids a
    /// range of this table.
    let literals: [UInt64]

    /// The program's result: `no`, `yes` or `unknown`. `stack` must hold the deepest program's stack.
    @inline(__always)
    func run(_ program: CompiledRuleSet.Program, _ values: PackedValues, stack: inout [UInt8]) -> UInt8 {
        var top = 0
        for index in program.start..<program.end { top = step(index, top, values, &stack) }
        return stack[0]
    }

    /// Runs the program and records the result of each instruction at its index in `results`; the
    /// instructions map one to one onto the condition's nodes in postfix order, so explanations read
    /// every node's value from one pass.
    func trace(
        _ program: CompiledRuleSet.Program, _ values: PackedValues, stack: inout [UInt8], into results: inout [UInt8]
    ) {
        var top = 0
        for index in program.start..<program.end {
            top = step(index, top, values, &stack)
            results[index] = stack[top - 1]
        }
    }

    /// Runs one instruction over the stack whose height is `top`; returns the new height.
    @inline(__always)
    private func step(_ index: Int, _ top: Int, _ values: PackedValues, _ stack: inout [UInt8]) -> Int {
        switch code[index] {
        case .not:
            let value = stack[top - 1]
            stack[top - 1] = value == Self.unknown ? value : 1 - value
            return top
        case .and(let count):
            return combine(count, below: top, decisive: Self.no, &stack)
        case .or(let count):
            return combine(count, below: top, decisive: Self.yes, &stack)
        case .missing(let slot):
            stack[top] = values.present[slot] ? Self.no : Self.yes
            return top + 1
        case let test:
            stack[top] = atom(test, values)
            return top + 1
        }
    }

    /// Replaces the last `count` results with their `and` (decisive `no`) or `or` (decisive `yes`):
    /// the decisive value wins, else unknown if any is, else the other value. Returns the new top.
    @inline(__always)
    private func combine(_ count: Int, below top: Int, decisive: UInt8, _ stack: inout [UInt8]) -> Int {
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
    private func atom(_ instruction: Instruction, _ values: PackedValues) -> UInt8 {
        let holds: Bool
        switch instruction {
        case .bool(let slot, let expected):
            guard values.present[slot] else { return Self.unknown }
            holds = (values.words[slot] == 1) == expected
        case .number(let slot, let op, let literal):
            guard values.present[slot] else { return Self.unknown }
            holds = op.holds(Double(bitPattern: values.words[slot]), literal)
        case .count(let slot, let op, let literal):
            guard values.present[slot] else { return Self.unknown }
            holds = op.holds(values.words[slot].nonzeroBitCount, literal)
        case .ordinal(let slot, let op, let literal):
            guard values.present[slot] else { return Self.unknown }
            holds = op.holds(Int(values.words[slot]), literal)
        case .oneOf(let slot, let mask):
            guard values.present[slot] else { return Self.unknown }
            holds = (1 << values.words[slot]) & mask != 0
        case .contains(let slot, let mask):
            guard values.present[slot] else { return Self.unknown }
            holds = values.words[slot] & mask != 0
        case .strings(let slot, let first, let end, let negated):
            guard values.present[slot] else { return Self.unknown }
            let word = values.words[slot]
            var member = false
            for index in first..<end where literals[index] == word {
                member = true
                break
            }
            holds = member != negated
        default:
            return Self.unknown
        }
        return holds ? Self.yes : Self.no
    }
}
