/// A rule set compiled for speed: each condition a flat program over packed fact slots, the walk a
/// loop over integer rung indices, with no dictionaries, strings or reference counting on the hot
/// path. It gives the same routes as ``RuleSet/decide(_:)``; explanations stay with the rule set.
///
/// String facts are compared through interned ids held in 64-bit masks, so a rule set may name at
/// most 63 distinct string literals; ``isExact`` is `false` beyond that, and ``route(for:)`` then
/// answers `nil` for every profile so callers fall back to ``RuleSet/decide(_:)``.
public struct CompiledRuleSet: Sendable {
    /// A range of instructions in `code`.
    struct Program: Sendable {
        let start: Int
        let end: Int
    }

    let ruleSet: RuleSet
    let code: [Instruction]
    let startRules: [(program: Program, route: Int)]
    let escalation: [[Program]]
    let advice: [(program: Program, routes: UInt64)]
    /// The string literals the rules compare with, by interned id.
    let strings: [String: Int]
    let stackSize: Int
    /// Whether every string literal of the rules fits the masks; see the type's notes.
    public let isExact: Bool

    /// Compiles every condition of `ruleSet`.
    public init(_ ruleSet: RuleSet) {
        self.ruleSet = ruleSet
        var strings: [String: Int] = [:]
        var allLiterals = Set<String>()
        for rule in ruleSet.allRules {
            rule.condition.visitAtoms { atom in
                if case .string(_, let literals, _) = atom.test {
                    allLiterals.formUnion(literals)
                    for literal in literals where strings[literal] == nil && strings.count < 63 {
                        strings[literal] = strings.count
                    }
                }
            }
        }
        self.strings = strings
        isExact = allLiterals.count <= 63
        var code: [Instruction] = []
        var deepest = 1
        func compile(_ condition: Condition) -> Program {
            let start = code.count
            deepest = max(deepest, Self.emit(condition, into: &code, strings: strings))
            return Program(start: start, end: code.count)
        }
        startRules = ruleSet.startAt.map { (compile($0.rule.condition), $0.route) }
        escalation = ruleSet.routes.map { $0.escalateWhen.map { compile($0.condition) } }
        advice = ruleSet.advice.map { rule in
            let routes = rule.onRoutes.map { $0.reduce(UInt64(0)) { $0 | (1 << UInt64($1)) } } ?? ~0
            return (compile(rule.rule.condition), routes)
        }
        self.code = code
        stackSize = deepest + 1
    }

    /// The profile's values packed into slots.
    public func compile(_ profile: Profile) -> CompiledProfile {
        compile(values: profile.values)
    }

    /// Values by slot (`nil` for missing) packed into slots; there must be one per fact of the rule set.
    public func compile(values: [FactValue?]) -> CompiledProfile {
        var words = [UInt64](repeating: 0, count: values.count)
        var present = [Bool](repeating: false, count: values.count)
        for (slot, value) in values.enumerated() {
            guard let value else { continue }
            present[slot] = true
            switch value {
            case .bool(let flag): words[slot] = flag ? 1 : 0
            case .enumeration(let index): words[slot] = UInt64(index)
            case .number(let number): words[slot] = number.bitPattern
            case .set(let mask): words[slot] = mask
            case .string(let text): words[slot] = strings[text].map { UInt64($0) } ?? 63
            }
        }
        return CompiledProfile(words: words, present: present)
    }

    /// The route's index, or `nil` when a missing fact decides it or the compiled form cannot tell
    /// (``isExact`` is `false`): then ask ``RuleSet/decide(_:)``. The profile must have been compiled
    /// for this rule set; one of another size stops the program rather than be read out of bounds.
    public func route(for profile: CompiledProfile) -> Int? {
        checkSize(of: profile)
        guard isExact else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: stackSize) { stack in
            profile.words.withUnsafeBufferPointer { words in
                profile.present.withUnsafeBufferPointer { present in
                    code.withUnsafeBufferPointer { code in
                        walk(Machine(code: code, words: words, present: present, stack: stack))
                    }
                }
            }
        }
    }

    /// The indices of the advice that applies on `route`; with ``isExact`` `false`, ask ``RuleSet/decide(_:)``.
    public func advice(for profile: CompiledProfile, route: Int) -> [Int] {
        checkSize(of: profile)
        precondition(ruleSet.routes.indices.contains(route), "route \(route) is not a rung of `\(ruleSet.id)`")
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: stackSize) { stack in
            profile.words.withUnsafeBufferPointer { words in
                profile.present.withUnsafeBufferPointer { present in
                    code.withUnsafeBufferPointer { code in
                        let machine = Machine(code: code, words: words, present: present, stack: stack)
                        return advice.indices.filter { index in
                            advice[index].routes & (1 << UInt64(route)) != 0
                                && machine.run(advice[index].program) == Machine.yes
                        }
                    }
                }
            }
        }
    }

    /// The programs read a profile's slots unchecked: refuse a profile that does not have one per fact.
    private func checkSize(of profile: CompiledProfile) {
        precondition(
            profile.words.count == ruleSet.schema.count && profile.present.count == ruleSet.schema.count,
            "a profile of \(profile.words.count) facts given to the compiled form of `\(ruleSet.id)`, which has \(ruleSet.schema.count)"
        )
    }

    /// The route of the one ``EscalationPath``, folded over the programs' results rung by rung.
    private func walk(_ machine: Machine) -> Int? {
        withUnsafeTemporaryAllocation(of: Truth.self, capacity: max(1, startRules.count)) { starts in
            for index in startRules.indices { starts[index] = Machine.truth(machine.run(startRules[index].program)) }
            var route: Int?
            EscalationPath<TruthLogic>.fold(
                logic: TruthLogic(), rungs: escalation.count, startRules: startRules.count,
                startRoute: { startRules[$0].route }, startValue: { starts[$0] }, rules: { escalation[$0].count },
                ruleValue: { Machine.truth(machine.run(escalation[$0][$1])) }, lazy: true
            ) { rung, step in
                if step.ends == .yes { route = rung }
                // Done once the route is found, or once a rule with a missing fact stops the walk.
                return step.ends != .yes && !(step.reaches == .yes && step.climbs == .unknown)
            }
            return route
        }
    }
}
