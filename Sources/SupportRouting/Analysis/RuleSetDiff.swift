/// Compares two versions of a rule set exactly: every class of profiles (facts left out included) whose route
/// changes, described as conditions on facts, with a witness profile for each.
public enum RuleSetDiff {
    /// One class of profiles whose route changes.
    public struct Change: Sendable, Hashable, Codable {
        /// The route under the old rules.
        public let from: String
        /// The route under the new rules.
        public let to: String
        /// The profiles in the class, as alternatives: each a condition in the rules' own language.
        public let when: [String]
        /// Whether there were more alternatives than listed.
        public let truncated: Bool
        /// A profile in the class.
        public let witness: [Witness.Setting]

        /// The witness as YAML.
        public var witnessYAML: String { witness.map { "\($0.fact): \($0.value)" }.joined(separator: "\n") + "\n" }
    }

    /// Profiles one version accepts and the other refuses, by one of its constraints or derived facts.
    public struct Refusal: Sendable, Hashable, Codable {
        /// The constraint that refuses them (for a derived fact, `derived-` and its name).
        public let constraint: String
        /// The profiles, as alternatives: each a condition in the rules' own language.
        public let when: [String]
        /// Whether there were more alternatives than listed.
        public let truncated: Bool
        /// A profile in the class.
        public let witness: [Witness.Setting]
    }

    /// The result of a comparison.
    public struct Result: Sendable, Hashable, Codable {
        /// The old rule set's id and version.
        public let old: String
        /// The new rule set's id and version.
        public let new: String
        /// Every change of route, by old route then new route.
        public let changes: [Change]
        /// Things to know about the comparison, such as facts added or removed.
        public let notes: [String]
        /// The step limit, when the comparison passed it and stopped: then ``changes`` is empty and
        /// means nothing.
        public var stepLimitPassed: Int? = nil
        /// Profiles the old version accepts and the new one refuses, by the new constraint that does.
        public var nowRefused: [Refusal] = []
        /// Profiles the old version refuses and the new one accepts, by the old constraint that did.
        public var nowAccepted: [Refusal] = []
    }

    /// Every class of complete profiles whose route differs between `old` and `new`, among the
    /// profiles both accept; and the profiles one accepts and the other refuses. Facts are matched
    /// by name; a fact whose type changed is compared as two separate facts.
    ///
    /// Like ``RuleSetChecker/analyse(_:maximumSteps:)``, the comparison stops after `maximumSteps`
    /// steps of its decision diagrams, which can grow exponentially; the result then says so.
    public static func compare(
        _ old: RuleSet, _ new: RuleSet, maximumAlternatives: Int = 8,
        maximumSteps: Int = RuleSetChecker.defaultMaximumSteps
    ) -> Result {
        let shared = SharedFacts(old: old.schema, new: new.schema)
        let schema = shared.schema
        let notes = shared.notes
        let oldRules = old.remapped(to: schema, slot: shared.oldSlot, values: shared.oldValues)
        let newRules = new.remapped(to: schema, slot: shared.newSlot, values: shared.newValues)
        let conditions = oldRules.allConditions + newRules.allConditions
        // Only profiles both versions accept: those that keep to the constraints of both.
        let space = CaseDiagrams(
            schema: schema, conditions: conditions,
            sides: [oldRules, newRules].map {
                CaseDiagrams.Side(constraints: $0.constraints, derivations: $0.derivations)
            }, maximumSteps: maximumSteps)
        let oldPath = DiagramWalk(ruleSet: oldRules, space: space)
        let newPath = DiagramWalk(ruleSet: newRules, space: space)
        let describer = CubeDescriber(space: space, conditions: conditions)
        var pathFacts = Set<Int>()
        for rule in oldRules.pathRules + newRules.pathRules { pathFacts.formUnion(rule.condition.facts) }

        // Only profiles both versions accept: values one version lacks are left out.
        let comparable = shared.sharedValues.reduce(DecisionDiagram.all) { set, entry in
            let allowed = (0...space.cases[entry.key].count).map {
                entry.value.contains($0) || $0 == space.missingCase(entry.key)
            }
            return space.diagram.and(set, space.diagram.literal(entry.key, allowed))
        }
        var changes: [Change] = []
        for (from, oldRoute) in old.routes.enumerated() {
            for (to, newRoute) in new.routes.enumerated() where oldRoute.id != newRoute.id {
                let moved = space.diagram.and(comparable, space.diagram.and(oldPath.ends[from], newPath.ends[to]))
                guard moved != DecisionDiagram.none, let example = space.diagram.example(moved) else { continue }
                // Described among the profiles both versions accept, so a constraint's facts are not
                // spelled out in every alternative.
                let simpler = space.diagram.restrict(moved, care: space.valid)
                let cubes = space.diagram.cubes(simpler, limit: maximumAlternatives + 1)
                changes.append(
                    Change(
                        from: oldRoute.id, to: newRoute.id,
                        when: describer.describe(Array(cubes.prefix(maximumAlternatives))),
                        truncated: cubes.count > maximumAlternatives,
                        witness: witness(example, space: space, pathFacts: pathFacts)))
            }
        }
        /// For each constraint of one side, the profiles the other side accepts and it refuses,
        /// described among those the other side accepts, with a witness.
        func refusals(by side: Int, of ruleSet: RuleSet) -> [Refusal] {
            // The other side knows nothing of a fact only this side has: its profiles leave it out.
            let own = Set(side == 0 ? shared.oldSlot : shared.newSlot)
            let theirs = Set(side == 0 ? shared.newSlot : shared.oldSlot)
            let other = own.subtracting(theirs).reduce(space.sideValid[1 - side]) { set, fact in
                let absent =
                    schema.facts[fact].defaultValue.flatMap { space.cases[fact].firstIndex(of: $0) }
                    ?? space.missingCase(fact)
                return space.diagram.and(
                    set, space.diagram.literal(fact, (0...space.cases[fact].count).map { $0 == absent }))
            }
            return zip(ruleSet.constraints, space.sideFails[side]).compactMap { constraint, fails in
                let care = space.diagram.and(comparable, other)
                let set = space.diagram.and(care, fails)
                guard set != DecisionDiagram.none, let example = space.diagram.example(set) else { return nil }
                // Described by the constraint's own failing, which is exact among the profiles in `care`
                // and reads only the constraint's facts.
                let cubes = space.diagram.cubes(
                    space.diagram.restrict(fails, care: care), limit: maximumAlternatives + 1)
                return Refusal(
                    constraint: constraint.id, when: describer.describe(Array(cubes.prefix(maximumAlternatives))),
                    truncated: cubes.count > maximumAlternatives,
                    witness: witness(example, space: space, pathFacts: pathFacts))
            }
        }
        let nowRefused = refusals(by: 1, of: newRules)
        let nowAccepted = refusals(by: 0, of: oldRules)
        let names = (old: "\(old.id) \(old.version)", new: "\(new.id) \(new.version)")
        if space.diagram.isExhausted {
            return Result(old: names.old, new: names.new, changes: [], notes: notes, stepLimitPassed: maximumSteps)
        }
        var result = Result(old: names.old, new: names.new, changes: changes, notes: notes)
        result.nowRefused = nowRefused
        result.nowAccepted = nowAccepted
        return result
    }

    /// The profile for an example of a class, as settings.
    private static func witness(_ example: [Int: Int], space: CaseDiagrams, pathFacts: Set<Int>) -> [Witness.Setting] {
        space.profile(for: example, deciding: pathFacts).settings
    }
}
