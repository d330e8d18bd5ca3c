/// How much of a rule set the cases of a run exercise: which rules decide a case, which advice
/// applies, which rungs are an outcome, and which sides of each numeric threshold are seen.
public struct RuleCoverage: Sendable, Hashable, Encodable {
    /// The rule set's id.
    public let ruleSet: String
    /// The rule file.
    public let file: String
    /// The number of cases measured.
    public let cases: Int
    /// Every item, rules first, then advice, rungs and thresholds, each in file order.
    public let items: [CoverageItem]
    /// The number of items covered.
    public let covered: Int
    /// Covered items as a percentage of all items; 100 when there are none.
    public let percentage: Double

    /// Measures the coverage of `ruleSet` by the cases with these profiles.
    public init(ruleSet: RuleSet, profiles: [Profile]) {
        let decisions = profiles.map { ruleSet.decide($0) }
        // A start-at rule decides a case only when it names the rung the walk starts at; one that holds
        // while a higher one wins decides nothing.
        let deciding = Set(
            decisions.flatMap { decision in
                decision.startRules.filter { ruleSet.startAt[$0].route == decision.start }.map {
                    ruleSet.startAt[$0].rule.id
                }
                    + decision.climbs.flatMap { climb in
                        climb.rules.map { ruleSet.routes[climb.from].escalateWhen[$0].id }
                    }
            })
        let advice = Set(decisions.flatMap(\.advice))
        let outcomes = Set(decisions.compactMap(\.route))
        var items: [CoverageItem] = []
        let decidingRules = ruleSet.startAt.map(\.rule) + ruleSet.routes.flatMap(\.escalateWhen)
        for rule in decidingRules.sorted(by: { Self.precedes($0.location, $1.location) }) {
            items.append(.init(kind: .rule, id: rule.id, location: rule.location, covered: deciding.contains(rule.id)))
        }
        for (index, rule) in ruleSet.advice.enumerated() {
            items.append(
                .init(kind: .advice, id: rule.rule.id, location: rule.rule.location, covered: advice.contains(index)))
        }
        for route in ruleSet.routes {
            items.append(
                .init(kind: .rung, id: route.id, location: route.location, covered: outcomes.contains(route.index)))
        }
        let rules = ruleSet.allRules.sorted { Self.precedes($0.location, $1.location) }
        for rule in rules {
            rule.condition.visitAtoms { atom in
                switch atom.test {
                case .number, .count: break
                default: return
                }
                let test = CompiledCondition(atom)
                let seen = Set(profiles.map { test.evaluate($0.values) })
                for holds in [true, false] {
                    items.append(
                        .init(
                            kind: .threshold, id: rule.id, condition: atom.text, holds: holds, location: atom.location,
                            covered: seen.contains(holds ? .yes : .no)))
                }
            }
        }
        self.ruleSet = ruleSet.id
        self.file = ruleSet.file
        self.cases = profiles.count
        self.items = items
        self.covered = items.filter(\.covered).count
        self.percentage = items.isEmpty ? 100 : Double(covered) * 100 / Double(items.count)
    }

    /// The items no case covers.
    public var uncovered: [CoverageItem] { items.filter { !$0.covered } }

    /// Whether at least `minimum` percent of the items are covered.
    public func meets(_ minimum: Double) -> Bool {
        Double(covered) * 100 >= minimum * Double(items.count)
    }

    /// The items of one kind: how many are covered, of how many.
    public func count(of kind: CoverageItem.Kind) -> (covered: Int, total: Int) {
        let ofKind = items.filter { $0.kind == kind }
        return (ofKind.filter(\.covered).count, ofKind.count)
    }

    /// The percentage as shown: whole when whole, else one decimal rounded down, so an incomplete
    /// coverage never shows as 100%.
    public var percentageText: String {
        let tenths = (percentage * 10).rounded(.down) / 10
        return tenths == tenths.rounded() ? "\(Int(tenths))%" : "\(tenths)%"
    }

    /// A percentage as written by a person: `90%`, `87.5%`.
    public static func percentText(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value))%" : "\(value)%"
    }

    private static func precedes(_ a: SourceLocation, _ b: SourceLocation) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}
