extension CounterfactualSearch {
    /// Tries `word` for `fact`, then works out again each derived fact it feeds, as loading would:
    /// a change of a report-card grade changes the category worked out from it.
    mutating func tryValue(_ fact: Int, _ word: UInt64) {
        work.set(fact, to: word)
        let checks = explainer.checks
        guard !checks.derivations.isEmpty else { return }
        var changed: Set<Int> = [fact]
        var stack = [UInt8](repeating: 0, count: checks.stackSize)
        for derivation in checks.derivations where !changed.isDisjoint(with: derivation.inputs) {
            let slot = derivation.fact
            // Still undecided: the profile's own value stands, given by it or missing.
            if let value = checks.derive(derivation, work.values, stack: &stack) {
                work.set(slot, to: checks.packer.word(value, slot: slot))
            } else {
                work.set(slot, to: work.given.words[slot], present: work.given.present[slot])
            }
            changed.insert(slot)
        }
    }

    /// Puts back the profile's own value of `fact`, and of the derived facts it feeds.
    mutating func restoreValue(_ fact: Int) {
        work.restore(fact)
        for derivation in explainer.checks.derivations where derivation.inputs.contains(fact) {
            restoreValue(derivation.fact)
        }
    }
}
