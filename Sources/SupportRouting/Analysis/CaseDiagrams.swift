/// The finite space the analyses work in: for each fact, one representative value per case the
/// rules can tell apart (numbers split at the thresholds the rules mention), and conditions compiled
/// to decision diagrams over those cases.
///
/// Every fact also has one more case, after its values: missing (left out with no default, or given
/// as `null`). Conditions follow the engine's three-valued logic, so a condition over a missing fact
/// may neither hold nor fail, and `is missing` holds exactly there.
struct CaseDiagrams {
    /// The profiles for which a condition holds, and those for which it fails; the rest are unknown.
    struct Verdict {
        let yes: DecisionDiagram.Node
        let no: DecisionDiagram.Node
    }

    let schema: FactSchema
    /// Representative values by fact slot, one per case.
    let cases: [[FactValue]]
    let diagram: DecisionDiagram
    /// The thresholds, tested members and literals the cases come from.
    let domains: FactSplits
    /// The verdict of each atomic test already compiled: building one costs a branch per case of its
    /// fact, and long conditions repeat the same tests many times.
    private let atoms = AtomVerdicts()

    private final class AtomVerdicts {
        var verdicts: [Condition.Test: Verdict] = [:]
        /// The valid profiles, to which every verdict is limited.
        var valid = DecisionDiagram.all
        var constraintHolds: [DecisionDiagram.Node] = []
        var everyConstraintHolds = DecisionDiagram.all
        var sideValid: [DecisionDiagram.Node] = []
        var sideFails: [[DecisionDiagram.Node]] = []
    }

    /// The constraints and derivations of one rule set, when the space is shared by two.
    struct Side {
        let constraints: [Constraint]
        let derivations: [Derivation]
    }

    /// The profiles that keep to every constraint (none surely fails) and in which no derived fact
    /// is missing while its derivation is decided, as loading fills those in. Every verdict, and so
    /// every set the analyses build, lies within it.
    var valid: DecisionDiagram.Node { atoms.valid }
    /// The profiles for which each constraint holds, by position, over the whole space: empty for a
    /// constraint no profile can keep to.
    var constraintHolds: [DecisionDiagram.Node] { atoms.constraintHolds }
    /// The profiles for which every constraint holds: empty when they contradict each other.
    var everyConstraintHolds: DecisionDiagram.Node { atoms.everyConstraintHolds }

    /// The profiles each side keeps to, by side, over the whole space.
    var sideValid: [DecisionDiagram.Node] { atoms.sideValid }
    /// The profiles for which each constraint of each side surely fails, by side and position.
    var sideFails: [[DecisionDiagram.Node]] { atoms.sideFails }

    /// The space of the cases that `conditions` can tell apart, with diagrams of at most
    /// `maximumSteps`, limited to the profiles that keep to `constraints` and `derivations`.
    init(
        schema: FactSchema, conditions: [Condition], constraints: [Constraint] = [], derivations: [Derivation] = [],
        maximumSteps: Int = .max
    ) {
        self.init(
            schema: schema, conditions: conditions,
            sides: [Side(constraints: constraints, derivations: derivations)], maximumSteps: maximumSteps)
    }

    /// The same for two rule sets compared over one space: limited to the profiles both keep to,
    /// with what each keeps to in ``sideValid``.
    init(schema: FactSchema, conditions: [Condition], sides: [Side], maximumSteps: Int = .max) {
        self.schema = schema
        let domains = FactSplits(conditions: conditions, schema: schema)
        self.domains = domains
        cases = schema.facts.map { domains.values(of: $0.index) }
        diagram = DecisionDiagram(arities: cases.map { $0.count + 1 }, maximumSteps: maximumSteps)
        atoms.sideValid = sides.map { _ in DecisionDiagram.all }
        atoms.sideFails = sides.map { _ in [] }
        guard sides.contains(where: { !$0.constraints.isEmpty || !$0.derivations.isEmpty }) else { return }
        var holds: [DecisionDiagram.Node] = []
        for (index, side) in sides.enumerated() {
            let verdicts = side.constraints.map { verdict($0.condition) }
            var valid = verdicts.reduce(DecisionDiagram.all) { diagram.minus($0, $1.no) }
            for derivation in side.derivations {
                let missing = verdict(
                    Condition(.missing(fact: derivation.fact), text: "", location: derivation.location))
                valid = diagram.minus(valid, diagram.and(missing.yes, verdict(derivation.decided()).yes))
            }
            atoms.sideValid[index] = valid
            atoms.sideFails[index] = verdicts.map(\.no)
            holds += verdicts.map(\.yes)
        }
        atoms.constraintHolds = holds
        atoms.everyConstraintHolds = holds.reduce(DecisionDiagram.all) { diagram.and($0, $1) }
        atoms.verdicts = [:]
        atoms.valid = atoms.sideValid.reduce(DecisionDiagram.all) { diagram.and($0, $1) }
    }

    /// The case that stands for a missing value of `fact`: the one after its values.
    func missingCase(_ fact: Int) -> Int { cases[fact].count }

    /// The profiles for which `condition` holds.
    func compile(_ condition: Condition) -> DecisionDiagram.Node {
        verdict(condition).yes
    }

    /// The profiles for which `condition` holds and those for which it fails, by Kleene's logic.
    func verdict(_ condition: Condition) -> Verdict {
        switch condition.test {
        case .and(let terms):
            let parts = terms.map(verdict)
            return Verdict(
                yes: parts.reduce(DecisionDiagram.all) { diagram.and($0, $1.yes) }, no: diagram.or(parts.map(\.no)))
        case .or(let terms):
            let parts = terms.map(verdict)
            return Verdict(
                yes: diagram.or(parts.map(\.yes)), no: parts.reduce(DecisionDiagram.all) { diagram.and($0, $1.no) })
        case .not(let inner):
            let part = verdict(inner)
            return Verdict(yes: part.no, no: part.yes)
        case .missing(let fact):
            let yes = diagram.literal(fact, (0...cases[fact].count).map { $0 == missingCase(fact) })
            return Verdict(yes: diagram.and(yes, valid), no: diagram.minus(valid, yes))
        default:
            guard let fact = condition.fact else { return Verdict(yes: DecisionDiagram.none, no: DecisionDiagram.none) }
            if let known = atoms.verdicts[condition.test] { return known }
            let test = CompiledCondition(condition)
            let holds = cases[fact].map { test.holds(for: $0, fact: fact) }
            // On a missing value an atom is unknown: in neither set.
            let verdict = Verdict(
                yes: diagram.and(diagram.literal(fact, holds + [false]), valid),
                no: diagram.and(diagram.literal(fact, holds.map { !$0 } + [false]), valid))
            atoms.verdicts[condition.test] = verdict
            return verdict
        }
    }

    /// The value of a case, `nil` for the missing case.
    func value(_ fact: Int, _ index: Int) -> FactValue? {
        index < cases[fact].count ? cases[fact][index] : nil
    }
}

extension CaseDiagrams {
    /// A profile for an example from a decision diagram: the values it fixes (a missing case written
    /// `null` where a default would otherwise apply), the deciding facts without a default set to
    /// their first case so the walk is decided, and every other fact left to its default.
    func profile(for example: [Int: Int], deciding: Set<Int>) -> (values: [FactValue?], settings: [Witness.Setting]) {
        var values: [FactValue?] = []
        var settings: [Witness.Setting] = []
        for fact in schema.facts {
            if let index = example[fact.index] {
                let value = value(fact.index, index)
                values.append(value)
                if let value, value != fact.defaultValue {
                    settings.append(Witness.Setting(fact: fact.name, value: WitnessBuilder.yaml(value, fact.type)))
                } else if value == nil, fact.defaultValue != nil {
                    settings.append(Witness.Setting(fact: fact.name, value: "null"))
                }
            } else if fact.defaultValue == nil, deciding.contains(fact.index) {
                values.append(cases[fact.index][0])
                settings.append(
                    Witness.Setting(fact: fact.name, value: WitnessBuilder.yaml(cases[fact.index][0], fact.type)))
            } else {
                values.append(fact.defaultValue)
            }
        }
        return (values, settings)
    }
}
