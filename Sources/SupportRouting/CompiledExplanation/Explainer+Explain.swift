extension Explainer {
    /// The explanation of `profile`, or `nil` when the profile's values do not fit the schema.
    func explain(_ profile: Profile, counterfactuals: Bool) -> Explanation? {
        guard fits(profile) else { return nil }
        let given = compiled.pack(profile.values)
        let machine = compiled.machine
        var stack = [UInt8](repeating: 0, count: compiled.stackSize)
        var trace = [UInt8](repeating: 0, count: machine.code.count)
        for rule in startRules { machine.trace(rule.program, given, stack: &stack, into: &trace) }
        for rung in rungRules {
            for rule in rung { machine.trace(rule.program, given, stack: &stack, into: &trace) }
        }
        for note in advice { machine.trace(note.rule.program, given, stack: &stack, into: &trace) }
        let work = WorkingProfile(
            path: path, machine: machine, given: given, givenResults: path.programs.map { trace[$0.end - 1] },
            stackSize: compiled.stackSize)
        return build(profile, work: work, trace: trace, counterfactuals: counterfactuals)
    }
}
