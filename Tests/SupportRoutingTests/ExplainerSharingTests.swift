import Testing

@testable import SupportRouting

/// A rule set prepares its ``Explainer`` once, shares it among its copies and across tasks, and
/// refuses a profile whose values do not fit its facts.
struct ExplainerSharingTests {
    @Test func aRuleSetAndItsCopiesShareOneExplainer() throws {
        let ruleSet = try SampleTests.shippedRules()
        let copy = ruleSet
        #expect(ruleSet.explainerCache.explainer(for: ruleSet) === copy.explainerCache.explainer(for: copy))
    }

    /// The explainer holds no rule set, so a rule set, its cache and its explainer are freed together.
    @Test func aRuleSetAndItsExplainerAreFreedTogether() throws {
        let profile = try SampleTests.explain("riverside-high.yaml").0
        weak var cache: ExplainerCache?
        do {
            let ruleSet = try SampleTests.shippedRules()
            _ = ruleSet.explain(profile)
            cache = ruleSet.explainerCache
        }
        #expect(cache == nil)
    }

    @Test func explanationsFromManyTasksAtOnceAgree() async throws {
        let profiles = try SampleTests.samples.map { try SampleTests.explain($0).0 }
        let expected = try profiles.map { try SampleTests.shippedRules().explain($0) }
        // A fresh rule set, so the tasks also race to prepare its explainer.
        let ruleSet = try SampleTests.shippedRules()
        let explained = await withTaskGroup(of: (Int, Explanation).self) { group in
            for _ in 0..<4 {
                for (index, profile) in profiles.enumerated() {
                    group.addTask { (index, ruleSet.explain(profile)) }
                }
            }
            var explained: [(Int, Explanation)] = []
            for await result in group { explained.append(result) }
            return explained
        }
        #expect(explained.count == 4 * profiles.count)
        for (index, explanation) in explained {
            #expect(explanation == expected[index], "\(SampleTests.samples[index])")
        }
    }

    /// A profile whose values do not fit the schema (one made by hand for another rule set) stops
    /// the program rather than get an answer read from the wrong kind of value.
    @Test func aProfileThatDoesNotFitIsRefused() async throws {
        await #expect(processExitsWith: .failure) {
            let ruleSet = try Fixtures.ruleSet()
            var values = Profile(schema: ruleSet.schema, values: [:]).values
            values[ruleSet.schema["help"]!.index] = .number(1)
            let profile = Profile(
                file: "school.yaml", name: nil, story: nil, expectation: nil, values: values,
                origins: values.map { _ in .defaulted })
            _ = ruleSet.explain(profile)
        }
    }
}
