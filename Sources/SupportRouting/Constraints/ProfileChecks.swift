/// A rule set's constraints and derivations compiled once, for the checks every profile goes
/// through after loading: derived facts are worked out, then each constraint is run.
struct ProfileChecks: Sendable {
    /// One derivation's cases as programs.
    struct CompiledDerivation: Sendable {
        let fact: Int
        /// The facts its cases read.
        let inputs: [Int]
        let cases: [(program: CompiledRuleSet.Program?, value: FactValue)]
    }

    let machine: Machine
    let packer: ValuePacker
    let stackSize: Int
    /// Each constraint's program, in the rule set's order.
    let constraints: [CompiledRuleSet.Program]
    /// The facts each constraint reads.
    let facts: [[Int]]
    /// The derivations, ordered so that a fact derived from derived facts comes after them.
    let derivations: [CompiledDerivation]

    /// Compiles the checks of `ruleSet`, packing values as `packer` does, so they can run on the
    /// values a walk reads.
    init(_ ruleSet: RuleSet, packer: ValuePacker) {
        self.packer = packer
        facts = ruleSet.constraints.map(\.condition.facts)
        var emitter = Emitter(strings: packer.strings)
        constraints = ruleSet.constraints.map { emitter.program($0.condition) }
        var ordered: [Derivation] = []
        var pending = ruleSet.derivations
        // The decoder refuses circular derivations, so each pass places at least one.
        while !pending.isEmpty {
            let waiting = Set(pending.map(\.fact))
            let ready = pending.filter { $0.inputs.allSatisfy { !waiting.contains($0) } }
            guard !ready.isEmpty else {
                ordered += pending
                break
            }
            ordered += ready
            let placed = Set(ready.map(\.fact))
            pending.removeAll { placed.contains($0.fact) }
        }
        derivations = ordered.map { derivation in
            CompiledDerivation(
                fact: derivation.fact, inputs: derivation.inputs,
                cases: derivation.cases.map { item in (item.condition.map { emitter.program($0) }, item.value) })
        }
        machine = Machine(code: emitter.code, literals: emitter.literals)
        stackSize = emitter.deepest + 1
    }

    /// The value `derivation` gives for packed values, or `nil` while missing facts decide it.
    func derive(_ derivation: CompiledDerivation, _ packed: PackedValues, stack: inout [UInt8]) -> FactValue? {
        for item in derivation.cases {
            guard let program = item.program else { return item.value }
            switch Machine.truth(machine.run(program, packed, stack: &stack)) {
            case .yes: return item.value
            case .unknown: return nil
            case .no: continue
            }
        }
        return nil
    }

    /// Works out, in place, every derived fact that `values` leaves out and its cases decide;
    /// returns the slots filled.
    func fillDerived(_ values: inout [FactValue?]) -> [Int] {
        guard !derivations.isEmpty else { return [] }
        var packed = packer.pack(values)
        var stack = [UInt8](repeating: 0, count: stackSize)
        var filled: [Int] = []
        for derivation in derivations where values[derivation.fact] == nil {
            guard let value = derive(derivation, packed, stack: &stack) else { continue }
            values[derivation.fact] = value
            packed.present[derivation.fact] = true
            packed.words[derivation.fact] = packer.word(value, slot: derivation.fact)
            filled.append(derivation.fact)
        }
        return filled
    }

    /// The positions of the constraints that surely fail for `values`.
    func broken(_ values: [FactValue?]) -> [Int] {
        guard !constraints.isEmpty else { return [] }
        return broken(packer.pack(values))
    }

    /// The positions of the constraints that surely fail for packed values.
    func broken(_ packed: PackedValues) -> [Int] {
        var stack = [UInt8](repeating: 0, count: stackSize)
        return constraints.indices.filter { machine.run(constraints[$0], packed, stack: &stack) == Machine.no }
    }

    /// The value the derivation of `fact` gives for `values`, or `nil` while missing facts decide it.
    func derivedValue(of fact: Int, _ values: [FactValue?]) -> FactValue? {
        guard let derivation = derivations.first(where: { $0.fact == fact }) else { return nil }
        var stack = [UInt8](repeating: 0, count: stackSize)
        return derive(derivation, packer.pack(values), stack: &stack)
    }
}
