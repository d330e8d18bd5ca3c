/// One condition lowered to a program of its own, for conditions that are not part of a rule
/// set's walk: a mapping's policy tests and the atoms that rule coverage counts. It is read by the
/// same ``Machine`` as every rule, and compares as the condition it was lowered from.
public struct CompiledCondition: Sendable, Hashable {
    /// The condition lowered.
    public let condition: Condition
    private let machine: Machine
    private let program: CompiledRuleSet.Program
    private let packer: ValuePacker
    private let stackSize: Int
    /// The facts the condition reads, and one past the highest: only these are packed.
    private let facts: [Int]
    private let width: Int

    /// Lowers `condition`.
    public init(_ condition: Condition) {
        self.condition = condition
        packer = ValuePacker([condition])
        var emitter = Emitter(strings: packer.strings)
        program = emitter.program(condition)
        machine = Machine(code: emitter.code, literals: emitter.literals)
        stackSize = emitter.deepest + 1
        facts = Array(Set(condition.facts)).sorted()
        width = (facts.last ?? -1) + 1
    }

    /// Whether the condition holds for these values (by fact slot); `.unknown` when a missing fact decides.
    public func evaluate(_ values: [FactValue?]) -> Truth {
        var packed = PackedValues(count: width)
        for fact in facts {
            guard let value = values[fact] else { continue }
            packed.present[fact] = true
            packed.words[fact] = packer.word(value, slot: fact)
        }
        var stack = [UInt8](repeating: 0, count: stackSize)
        return Machine.truth(machine.run(program, packed, stack: &stack))
    }

    /// Whether the condition holds when `fact` has `value` and every other fact is missing: for
    /// an atom, whether it holds for that value.
    func holds(for value: FactValue, fact: Int) -> Bool {
        var values = [FactValue?](repeating: nil, count: fact + 1)
        values[fact] = value
        return evaluate(values) == .yes
    }

    /// Two lowered conditions are equal when the conditions they come from are.
    public static func == (lhs: CompiledCondition, rhs: CompiledCondition) -> Bool { lhs.condition == rhs.condition }

    /// Hashes the condition it comes from, as equality compares it.
    public func hash(into hasher: inout Hasher) { hasher.combine(condition) }
}
