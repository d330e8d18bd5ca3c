extension Explainer {
    /// The explanation ``ExplanationBuilder`` gives for `profile`, exactly, or `nil` when the
    /// profile's values do not fit the schema.
    func explain(_ profile: Profile, counterfactuals: Bool) -> Explanation? {
        guard fits(profile) else { return nil }
        let scratch = Scratch(
            Scratch.Sizes(
                facts: kinds.count, instructions: code.elements.count, rules: path.ruleCount, depth: stackSize,
                pathFacts: pathFacts.count, alternatives: alternativeCapacity))
        defer { scratch.deallocate() }
        pack(profile, into: scratch)
        let machine = Machine(
            code: code.elements, words: UnsafeBufferPointer(scratch.words),
            present: UnsafeBufferPointer(scratch.present), stack: scratch.stack)
        for rule in startRules { machine.trace(rule.program, into: scratch.trace) }
        for rung in rungRules {
            for rule in rung { machine.trace(rule.program, into: scratch.trace) }
        }
        for note in advice { machine.trace(note.rule.program, into: scratch.trace) }
        let path = path.view
        for (rule, end) in path.programEnds.enumerated() {
            scratch.results[rule] = scratch.trace[end - 1]
            scratch.givenResults[rule] = scratch.trace[end - 1]
        }
        let work = WorkingProfile(path: path, machine: machine, scratch: scratch)
        return build(profile, work: work, counterfactuals: counterfactuals)
    }

    /// Packs the values as ``CompiledRuleSet/compile(values:)`` does, both as the values to try and
    /// as the profile's own, and notes where each came from.
    private func pack(_ profile: Profile, into scratch: Scratch) {
        for (slot, value) in profile.values.enumerated() {
            guard let value else { continue }
            var word: UInt64 = 63
            // Only string facts compared with literals need the interned id; others skip the lookup.
            if case .string = value, !comparesStrings[slot] {
                word = 63
            } else {
                word = FactCases.word(value, strings: strings)
            }
            scratch.words[slot] = word
            scratch.givenWords[slot] = word
            scratch.present[slot] = true
            scratch.givenPresent[slot] = true
        }
        profile.origins.withUnsafeBufferPointer { origins in
            for slot in origins.indices {
                scratch.origins[slot] =
                    switch origins[slot] {
                    case .given: ProfileWording.Origin.given
                    case .defaulted: ProfileWording.Origin.defaulted
                    case .missing: ProfileWording.Origin.missing
                    case .unknown: ProfileWording.Origin.unknown
                    }
            }
        }
    }
}
