/// A rule set compiled for speed: each condition a flat program over packed fact slots, the walk a
/// loop over integer rung indices, with no dictionaries, strings or reference counting on the hot
/// path. It gives the same routes as ``RuleSet/decide(_:)``, and is the form every explanation
/// reads too.
public struct CompiledRuleSet: Sendable {
    /// A range of instructions in the machine's code.
    struct Program: Sendable, Hashable {
        let start: Int
        let end: Int
    }

    /// The rule set's id and how many facts it has; not the rule set itself, which holds its
    /// explainer, which holds this.
    let id: String
    let factCount: Int
    let machine: Machine
    let startRules: [(program: Program, route: Int)]
    let escalation: [[Program]]
    let advice: [(program: Program, onRoutes: [Int]?)]
    /// How values are packed for the machine.
    let packer: ValuePacker
    /// The deepest stack any program needs.
    let stackSize: Int

    /// Compiles every condition of `ruleSet`.
    public init(_ ruleSet: RuleSet) {
        id = ruleSet.id
        factCount = ruleSet.schema.count
        // Constraints and derivations are packed alike, so their checks run on the same values.
        packer = ValuePacker(
            ruleSet.allRules.map(\.condition) + ruleSet.constraints.map(\.condition)
                + ruleSet.derivations.flatMap { $0.cases.compactMap(\.condition) })
        var emitter = Emitter(strings: packer.strings)
        startRules = ruleSet.startAt.map { (emitter.program($0.rule.condition), $0.route) }
        escalation = ruleSet.routes.map { $0.escalateWhen.map { emitter.program($0.condition) } }
        advice = ruleSet.advice.map { (emitter.program($0.rule.condition), $0.onRoutes) }
        machine = Machine(code: emitter.code, literals: emitter.literals)
        stackSize = emitter.deepest + 1
    }

    /// The profile's values packed into slots.
    public func compile(_ profile: Profile) -> CompiledProfile {
        compile(values: profile.values)
    }

    /// Values by slot (`nil` for missing) packed into slots; there must be one per fact of the rule set.
    public func compile(values: [FactValue?]) -> CompiledProfile {
        CompiledProfile(values: packer.pack(values))
    }

    /// The route's index, or `nil` when a missing fact decides it. The profile must have been
    /// compiled for this rule set; one of another size stops the program.
    public func route(for profile: CompiledProfile) -> Int? {
        checkSize(of: profile)
        var stack = [UInt8](repeating: 0, count: stackSize)
        var starts = [Truth](repeating: .no, count: startRules.count)
        for index in startRules.indices {
            starts[index] = Machine.truth(machine.run(startRules[index].program, profile.values, stack: &stack))
        }
        var route: Int?
        EscalationPath<TruthLogic>.fold(
            logic: TruthLogic(), rungs: escalation.count, startRules: startRules.count,
            startRoute: { startRules[$0].route }, startValue: { starts[$0] }, rules: { escalation[$0].count },
            ruleValue: { Machine.truth(machine.run(escalation[$0][$1], profile.values, stack: &stack)) }, lazy: true
        ) { rung, step in
            if step.ends == .yes { route = rung }
            // Done once the route is found, or once a rule with a missing fact stops the walk.
            return step.ends != .yes && !(step.reaches == .yes && step.climbs == .unknown)
        }
        return route
    }

    /// The indices of the advice that applies on `route`.
    public func advice(for profile: CompiledProfile, route: Int) -> [Int] {
        checkSize(of: profile)
        precondition(escalation.indices.contains(route), "route \(route) is not a rung of `\(id)`")
        var stack = [UInt8](repeating: 0, count: stackSize)
        return advice.indices.filter { index in
            if let onRoutes = advice[index].onRoutes, !onRoutes.contains(route) { return false }
            return machine.run(advice[index].program, profile.values, stack: &stack) == Machine.yes
        }
    }

    /// Refuses a profile that does not have one value per fact, rather than read it wrongly.
    private func checkSize(of profile: CompiledProfile) {
        precondition(
            profile.values.words.count == factCount,
            "a profile of \(profile.values.words.count) facts given to the compiled form of `\(id)`, which has \(factCount)"
        )
    }
}
