/// One condition lowered to a program of its own, for conditions that are not part of a rule
/// set's walk: a mapping's policy tests and the atoms that rule coverage counts. It is read by the
/// same ``Machine`` as every rule, and compares as the condition it was lowered from.
package struct CompiledCondition: Sendable, Hashable {
    /// The condition lowered.
    package let condition: Condition
    private let machine: Machine
    private let program: CompiledRuleSet.Program
    private let packer: ValuePacker
    private let stackSize: Int

    /// Lowers `condition`.
    package init(_ condition: Condition) {
        self.condition = condition
        packer = ValuePacker([condition])
        var emitter = Emitter(strings: packer.strings)
        program = emitter.program(condition)
        machine = Machine(code: emitter.code, literals: emitter.literals)
        stackSize = emitter.deepest + 1
    }

    /// Whether the condition holds for these values (by fact slot); `.unknown` when a missing fact decides.
    package func evaluate(_ values: [FactValue?]) -> Truth {
        var stack = [UInt8](repeating: 0, count: stackSize)
        return Machine.truth(machine.run(program, packer.pack(values), stack: &stack))
    }

    /// Whether the condition holds when `fact` has `value` and every other fact is missing: for
    /// an atom, whether it holds for that value.
    func holds(for value: FactValue, fact: Int) -> Bool {
        var values = [FactValue?](repeating: nil, count: fact + 1)
        values[fact] = value
        return evaluate(values) == .yes
    }

    package static func == (lhs: CompiledCondition, rhs: CompiledCondition) -> Bool { lhs.condition == rhs.condition }

    package func hash(into hasher: inout Hasher) { hasher.combine(condition) }
}
