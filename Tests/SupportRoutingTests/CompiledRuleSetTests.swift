import SupportRouting
import Testing

/// The compiled walk gives exactly the routes and advice of the interpreted one.
struct CompiledRuleSetTests {
    @Test func everySampleGetsTheSameAnswer() throws {
        let ruleSet = try SampleTests.shippedRules()
        let compiled = CompiledRuleSet(ruleSet)
        for sample in SampleTests.samples {
            let (profile, _) = try SampleTests.explain(sample)
            let decision = ruleSet.decide(profile)
            let packed = compiled.compile(profile)
            #expect(compiled.route(for: packed) == decision.route, "\(sample)")
            if let route = decision.route {
                #expect(compiled.advice(for: packed, route: route) == decision.advice, "\(sample)")
            }
        }
    }

    /// Every profile of the dense grid, with each fact also missing in turn, on random rule sets.
    @Test(arguments: 1...20)
    func randomRuleSetsGetTheSameAnswers(seed: Int) throws {
        var generator = RandomRuleSets(seed: UInt64(2000 + seed))
        let ruleSet = try Fixtures.load(generator.next(), file: "random.yaml")
        let compiled = CompiledRuleSet(ruleSet)
        for (index, values) in CheckPropertyTests.grid(ruleSet.schema).enumerated() {
            var values = values
            if index % 3 == 0 { values[index % values.count] = nil }
            let decision = ruleSet.decide(values: values)
            let packed = compiled.compile(values: values)
            #expect(compiled.route(for: packed) == decision.route)
            if let route = decision.route { #expect(compiled.advice(for: packed, route: route) == decision.advice) }
        }
    }
}
