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
    }

    /// Every class of complete profiles whose route differs between `old` and `new`. Facts are matched
    /// by name; a fact whose type changed is compared as two separate facts.
    public static func compare(_ old: RuleSet, _ new: RuleSet, maximumAlternatives: Int = 8) -> Result {
        var facts: [Fact] = []
        var notes: [String] = []
        var newSlot: [Int] = []
        for fact in new.schema.facts {
            newSlot.append(facts.count)
            facts.append(
                Fact(
                    name: fact.name, type: fact.type, defaultValue: fact.defaultValue, description: fact.description,
                    index: facts.count, location: fact.location))
        }
        var oldSlot: [Int] = []
        for fact in old.schema.facts {
            if let match = new.schema[fact.name], match.type == fact.type {
                oldSlot.append(newSlot[match.index])
                continue
            }
            notes.append(
                new.schema[fact.name] == nil
                    ? "fact `\(fact.name)` is only in the old rules"
                    : "fact `\(fact.name)` changed type or values; compared as two facts")
            oldSlot.append(facts.count)
            let name = new.schema[fact.name] == nil ? fact.name : "\(fact.name) (old)"
            facts.append(
                Fact(
                    name: name, type: fact.type, defaultValue: fact.defaultValue, description: fact.description,
                    index: facts.count, location: fact.location))
        }
        for fact in new.schema.facts where old.schema[fact.name] == nil {
            notes.append("fact `\(fact.name)` is only in the new rules")
        }
        let schema = FactSchema(facts: facts)
        let oldRules = old.remapped(to: schema, slot: oldSlot)
        let newRules = new.remapped(to: schema, slot: newSlot)
        let conditions = oldRules.allConditions + newRules.allConditions
        let space = CaseSpace(schema: schema, conditions: conditions)
        let oldPath = PathAnalysis(ruleSet: oldRules, space: space)
        let newPath = PathAnalysis(ruleSet: newRules, space: space)
        let describer = CubeDescriber(space: space, conditions: conditions)
        var pathFacts = Set<Int>()
        for rule in oldRules.pathRules + newRules.pathRules { pathFacts.formUnion(rule.condition.facts) }

        var changes: [Change] = []
        for (from, oldRoute) in old.routes.enumerated() {
            for (to, newRoute) in new.routes.enumerated() where oldRoute.id != newRoute.id {
                let moved = space.diagram.and(oldPath.ends[from], newPath.ends[to])
                guard moved != DecisionDiagram.none, let example = space.diagram.example(moved) else { continue }
                let cubes = space.diagram.cubes(moved, limit: maximumAlternatives + 1)
                changes.append(
                    Change(
                        from: oldRoute.id, to: newRoute.id,
                        when: describer.describe(Array(cubes.prefix(maximumAlternatives))),
                        truncated: cubes.count > maximumAlternatives,
                        witness: witness(example, space: space, pathFacts: pathFacts)))
            }
        }
        return Result(old: "\(old.id) \(old.version)", new: "\(new.id) \(new.version)", changes: changes, notes: notes)
    }

    /// The profile for an example of a class, as settings.
    private static func witness(_ example: [Int: Int], space: CaseSpace, pathFacts: Set<Int>) -> [Witness.Setting] {
        space.profile(for: example, deciding: pathFacts).settings
    }
}
