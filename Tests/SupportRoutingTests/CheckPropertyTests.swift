import SupportRouting
import Testing

/// On small random rule sets, `check` agrees exactly with brute-force enumeration of every profile
/// on a dense grid of values.
struct CheckPropertyTests {
    /// Every profile on a grid denser than any threshold (numbers in steps of 0.5), each fact also
    /// missing.
    static func grid(_ schema: FactSchema) -> [[FactValue?]] {
        var profiles: [[FactValue?]] = [[]]
        for fact in schema.facts {
            let values: [FactValue?] = BruteForce.values(of: fact) + [nil]
            profiles = profiles.flatMap { partial in values.map { partial + [$0] } }
        }
        return profiles
    }

    @Test(arguments: 1...30)
    func checkAgreesWithBruteForce(seed: Int) throws {
        var generator = RandomRuleSets(seed: UInt64(seed))
        let text = generator.next()
        let ruleSet = try Fixtures.load(text, file: "random-\(seed).yaml")
        let found = RuleSetChecker.check(ruleSet)
        func reported(_ id: String, _ rule: String) -> Bool {
            found.contains { $0.diagnostic.id == id && $0.rules.first == rule }
        }

        var conditionHolds = Set<String>()
        var ends = Set<Int>()
        var reaches = Set<Int>()
        var decides = Set<String>()
        var reachedHolding = Set<String>()
        var advises = Set<String>()
        var startDecides = Set<String>()
        var pastTop = Set<String>()
        // Each rule's condition lowered once, by rule id.
        var tests: [String: CompiledCondition] = [:]
        for rule in ruleSet.allRules { tests[rule.id] = CompiledCondition(rule.condition) }
        func truth(_ rule: Rule, _ values: [FactValue?]) -> Truth { tests[rule.id]!.evaluate(values) }
        for values in Self.grid(ruleSet.schema) {
            let decision = ruleSet.decide(values: values)
            for rule in ruleSet.allRules where truth(rule, values) == .yes {
                conditionHolds.insert(rule.id)
            }
            for index in decision.advice { advises.insert(ruleSet.advice[index].rule.id) }
            // A walk whose start is unknown visits no rung; otherwise it visits each rung up to where it
            // stopped, decided or not.
            let startBlocked = ruleSet.startAt.contains {
                $0.route > decision.start && truth($0.rule, values) == .unknown
            }
            if startBlocked { continue }
            if let route = decision.route { ends.insert(route) }
            let last = decision.route ?? (decision.climbs.last.map { $0.from + 1 } ?? decision.start)
            let visited = Array(decision.start...last)
            reaches.formUnion(visited)
            for rung in visited {
                let rules = ruleSet.routes[rung].escalateWhen
                let holding = rules.filter { truth($0, values) == .yes }
                reachedHolding.formUnion(holding.map(\.id))
                if holding.count == 1 { decides.insert(holding[0].id) }
                if rung == ruleSet.routes.count - 1 { pastTop.formUnion(holding.map(\.id)) }
            }
            for (index, start) in ruleSet.startAt.enumerated()
            where truth(start.rule, values) == .yes {
                let others = ruleSet.startAt.indices.filter {
                    $0 != index && ruleSet.startAt[$0].route >= start.route
                        && truth(ruleSet.startAt[$0].rule, values) == .yes
                }
                if others.isEmpty { startDecides.insert(start.rule.id) }
            }
        }

        let context = "seed \(seed):\n\(text)"
        for rule in ruleSet.allRules {
            #expect(
                reported("condition-never-holds", rule.id) == !conditionHolds.contains(rule.id),
                "\(rule.id), \(context)")
        }
        for (rung, route) in ruleSet.routes.enumerated() {
            #expect(
                found.contains {
                    $0.diagnostic.id == "route-never-reached" && $0.diagnostic.message.contains("`\(route.id)`")
                } == !reaches.contains(rung), "\(context)")
            #expect(
                found.contains {
                    $0.diagnostic.id == "route-never-given" && $0.diagnostic.message.contains("`\(route.id)`")
                } == (reaches.contains(rung) && !ends.contains(rung)), "\(context)")
            guard reaches.contains(rung) else { continue }
            for rule in route.escalateWhen where conditionHolds.contains(rule.id) {
                #expect(
                    reported("rule-never-reached", rule.id) == !reachedHolding.contains(rule.id),
                    "\(rule.id), \(context)")
                if reachedHolding.contains(rule.id) {
                    // Alone or not, a rule decides when it holds with no other rule of its rung.
                    #expect(
                        reported("rule-never-decides", rule.id) == !decides.contains(rule.id), "\(rule.id), \(context)")
                }
                if rung == ruleSet.routes.count - 1 {
                    #expect(reported("climbs-past-top", rule.id) == pastTop.contains(rule.id), "\(rule.id), \(context)")
                }
            }
        }
        for start in ruleSet.startAt where conditionHolds.contains(start.rule.id) {
            if start.route == 0 {
                // Naming the lowest rung never changes where a walk starts.
                #expect(reported("start-at-lowest", start.rule.id), "\(start.rule.id), \(context)")
                continue
            }
            #expect(
                reported("start-masked", start.rule.id) == !startDecides.contains(start.rule.id),
                "\(start.rule.id), \(context)")
        }
        for advice in ruleSet.advice where conditionHolds.contains(advice.rule.id) {
            #expect(
                reported("advice-never-applies", advice.rule.id) == !advises.contains(advice.rule.id),
                "\(advice.rule.id), \(context)")
        }
    }
}
