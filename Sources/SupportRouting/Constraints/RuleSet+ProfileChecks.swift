extension RuleSet {
    /// Works out the derived facts that `values` leaves out and the given facts decide, and checks
    /// every constraint: the diagnostics for those the values surely break, each at the place of a
    /// value it reads (from `origins`), or at `fallback` when the profile gives none of them.
    ///
    /// Every loader calls this after reading a profile's values, so a profile that breaks a
    /// constraint, or gives a derived fact that disagrees with its derivation, is refused.
    package func completeAndCheck(
        values: inout [FactValue?], origins: inout [Profile.Origin], at fallback: SourceLocation
    ) -> [Diagnostic] {
        let snapshot = origins
        let (filled, problems) = completeAndCheck(values: &values, at: fallback) { fact in
            if case .given(let location) = snapshot[fact] { return location }
            return nil
        }
        for slot in filled { origins[slot] = .derived }
        return problems
    }

    /// The same for values without origins, such as a dataset's row: `place` gives where a fact's
    /// value was read, if it was. Returns the slots of the derived facts filled in, and the problems.
    package func completeAndCheck(
        values: inout [FactValue?], at fallback: SourceLocation, place: (Int) -> SourceLocation?
    ) -> (filled: [Int], problems: [Diagnostic]) {
        guard !constraints.isEmpty else { return ([], []) }
        return completeAndCheck(
            values: &values, at: fallback, checks: explainerCache.explainer(for: self).checks, place: place)
    }

    /// The same, with the checks compiled already (``ProfileChecker``).
    func completeAndCheck(
        values: inout [FactValue?], at fallback: SourceLocation, checks: ProfileChecks,
        place: (Int) -> SourceLocation?
    ) -> (filled: [Int], problems: [Diagnostic]) {
        let filled = checks.fillDerived(&values)
        let broken = checks.broken(values).map { constraints[$0] }
        // A derived fact given against its derivation is the mistake; other constraints that read it
        // would only repeat it.
        var wrong = Set<Int>()
        for constraint in broken { if case .derivation(let fact) = constraint.kind { wrong.insert(fact) } }
        let problems =
            broken
            .filter { $0.kind != .declared || wrong.isDisjoint(with: $0.condition.facts) }
            .map { diagnostic($0, values: values, place: place, fallback: fallback, checks: checks) }
        return (filled, problems)
    }

    private func diagnostic(
        _ constraint: Constraint, values: [FactValue?], place: (Int) -> SourceLocation?, fallback: SourceLocation,
        checks: ProfileChecks
    ) -> Diagnostic {
        let facts = constraint.condition.facts
        let shown = facts.filter { values[$0] != nil }.map {
            "`\(schema.facts[$0].name)` is \(schema.facts[$0].display(values[$0]))"
        }
        switch constraint.kind {
        case .derivation(let fact):
            let definition = schema.facts[fact]
            let given = definition.display(values[fact])
            var others = values
            others[fact] = nil
            let derived = checks.derivedValue(of: fact, others)
            let message =
                derived.map {
                    "`\(definition.name)` is given as \(given), but the facts it is worked out from give \(definition.display($0))"
                } ?? "`\(definition.name)` is given as \(given), which the facts it is worked out from rule out"
            return Diagnostic(
                id: "derived-fact-disagrees", message: message,
                location: place(fact) ?? facts.lazy.compactMap(place).first ?? fallback,
                notes: [constraint.because, "leave `\(definition.name)` out to have it worked out"])
        case .declared:
            var notes = [constraint.because]
            if let when = constraint.when {
                notes.append("when `\(when.text)`, it requires `\(constraint.require.text)`")
            } else {
                notes.append("it requires `\(constraint.require.text)`")
            }
            if !shown.isEmpty { notes.append("here " + shown.joined(separator: ", ")) }
            return Diagnostic(
                id: "constraint-broken", message: "the profile breaks constraint `\(constraint.id)`",
                location: constraint.require.facts.lazy.compactMap(place).first ?? facts.lazy.compactMap(place).first
                    ?? fallback,
                notes: notes)
        }
    }
}
