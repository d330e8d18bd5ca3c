import Testing

@testable import SupportRouting

/// The compiled explainer behind ``RuleSet/explain(_:counterfactuals:)`` gives exactly the
/// explanation of the straightforward reference path, on the samples, on random rule sets and on a
/// rule set that uses every kind of test the engine has.
struct ExplainerTests {
    /// Both paths, with and without counterfactuals, must be equal, and the compiled one must take
    /// the profile.
    static func expectSame(_ ruleSet: RuleSet, _ profile: Profile, _ context: @autoclosure () -> String) {
        guard let explainer = Explainer(ruleSet) else {
            Issue.record("no explainer: \(context())")
            return
        }
        for counterfactuals in [true, false] {
            let fast = explainer.explain(profile, counterfactuals: counterfactuals)
            let reference = ruleSet.referenceExplanation(profile, counterfactuals: counterfactuals)
            #expect(fast == reference, "\(context()), counterfactuals: \(counterfactuals)")
        }
        #expect(ruleSet.explain(profile) == ruleSet.referenceExplanation(profile), "\(context())")
    }

    /// A profile of `values` whose origins vary with `seed`: given or default where set, missing
    /// or not known where not, so `fromDefault` and every origin are exercised.
    static func profile(_ values: [FactValue?], seed: Int) -> Profile {
        let location = SourceLocation(file: "grid.yaml", line: 1, column: 1)
        let origins = values.enumerated().map { slot, value -> Profile.Origin in
            let flip = (seed + slot) % 2 == 0
            if value == nil { return flip ? .missing : .unknown(location) }
            return flip ? .given(location) : .defaulted
        }
        return Profile(
            file: "grid-\(seed).yaml", name: seed % 3 == 0 ? nil : "School \(seed)", story: nil, expectation: nil,
            values: values, origins: origins)
    }

    @Test func theShippedRulesPrepareAnExplainer() throws {
        #expect(Explainer(try SampleTests.shippedRules()) != nil)
    }

    @Test func aRuleSetAndItsCopiesShareOneExplainer() throws {
        let ruleSet = try SampleTests.shippedRules()
        let copy = ruleSet
        let explainer = try #require(ruleSet.explainerCache.explainer(for: ruleSet))
        #expect(explainer === copy.explainerCache.explainer(for: copy))
    }

    @Test func explanationsFromManyTasksAtOnceAgree() async throws {
        let profiles = try SampleTests.samples.map { try SampleTests.explain($0).0 }
        // A fresh rule set, so the tasks also race to prepare its explainer.
        let ruleSet = try SampleTests.shippedRules()
        let expected = profiles.map { ruleSet.referenceExplanation($0) }
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

    @Test(arguments: SampleTests.samples)
    func eachSampleGetsTheReferenceExplanation(_ sample: String) throws {
        let ruleSet = try SampleTests.shippedRules()
        let (profile, _) = try SampleTests.explain(sample)
        Self.expectSame(ruleSet, profile, sample)
    }

    /// Each sample with every path fact in turn left out, so changes open up routes and missing
    /// facts decide.
    @Test func samplesWithAFactLeftOutGetTheReferenceExplanation() throws {
        let ruleSet = try SampleTests.shippedRules()
        let path = Set(ruleSet.pathRules.flatMap(\.condition.facts)).sorted()
        for sample in SampleTests.samples {
            let (profile, _) = try SampleTests.explain(sample)
            for fact in path {
                var values = profile.values
                values[fact] = nil
                Self.expectSame(ruleSet, Self.profile(values, seed: fact), "\(sample) without fact \(fact)")
            }
        }
    }

    /// Random rule sets over a sample of the dense grid, some facts missing.
    @Test(arguments: 1...40)
    func randomRuleSetsGetTheReferenceExplanation(seed: Int) throws {
        var generator = RandomRuleSets(seed: UInt64(3000 + seed))
        let text = generator.next()
        let ruleSet = try Fixtures.load(text, file: "random.yaml")
        let grid = CheckPropertyTests.grid(ruleSet.schema)
        for index in stride(from: seed % 17, to: grid.count, by: 23) {
            Self.expectSame(ruleSet, Self.profile(grid[index], seed: index), "seed \(seed), profile \(index):\n\(text)")
        }
    }

    /// The mini rule set's profiles from the counterfactual tests and more, densely.
    @Test func theMiniRuleSetGetsTheReferenceExplanation() throws {
        let ruleSet = try Fixtures.ruleSet()
        #expect(Explainer(ruleSet) != nil)
        let names = ["help", "leader", "category", "score", "partner.near", "grade", "bodies"]
        let assignments = BruteForce.assignments(ruleSet.schema, facts: ["help", "category", "score"])
        for (index, assignment) in assignments.enumerated() where index % 5 == 0 {
            var values = Profile(schema: ruleSet.schema, values: [:]).values
            for (fact, value) in assignment { values[fact] = value }
            values[ruleSet.schema[names[index % names.count]]!.index] = nil
            Self.expectSame(ruleSet, Self.profile(values, seed: index), "mini, profile \(index)")
        }
    }

    /// Strings, `is missing`, counts, members and notes that fill in every kind of value.
    @Test func everyKindOfTestGetsTheReferenceExplanation() throws {
        let ruleSet = try Fixtures.load(EveryTestRuleSet.text, file: "every-test.yaml")
        #expect(Explainer(ruleSet) != nil)
        let grid = EveryTestRuleSet.grid(ruleSet.schema)
        for (index, values) in grid.enumerated() where index % 7 == 0 {
            Self.expectSame(ruleSet, Self.profile(values, seed: index), "every test, profile \(index)")
        }
    }

    /// A number with more cases than the explainer words in advance, and a set with more values
    /// than it words every set of.
    @Test func manyCasesGetTheReferenceExplanation() throws {
        let thresholds = (1...20).map { "many >= \(Double($0) * 1.5)" }.joined(separator: " or ")
        let members = (0..<11).map { "m\($0)" }
        let text = """
            format: 1
            ruleset: many
            title: Many cases
            version: '1'
            documents:
              d: { title: D, publisher: P }
            facts:
              many: { type: number, description: Many thresholds }
              big: { type: set, values: [\(members.joined(separator: ", "))], description: A big set }
            routes:
              - id: low
                title: Low
                brokered_by: B
                involves: I
                escalate_when:
                  - id: big-enough
                    if: "count(big) >= 3 and big contains m1"
                    because: Big.
                    source: { document: d, quote: q }
              - id: middle
                title: Middle
                brokered_by: B
                involves: I
                escalate_when:
                  - id: many-enough
                    if: "\(thresholds)"
                    because: Many.
                    source: { document: d, quote: q }
              - id: high
                title: High
                brokered_by: B
                involves: I
            """
        let ruleSet = try Fixtures.load(text, file: "many.yaml")
        for (index, number) in [nil, 0, 1.5, 2, 14.25, 29.5, 30, 31].enumerated() {
            for mask: UInt64? in [nil, 0b10, 0b111_0000_0010, 0b111_1111_1111] {
                let values: [FactValue?] = [number.map { .number($0) }, mask.map { .set($0) }]
                Self.expectSame(ruleSet, Self.profile(values, seed: index), "many, \(values)")
            }
        }
    }

    /// Profiles whose values do not fit the schema take the reference path and agree with it.
    @Test func aProfileThatDoesNotFitTakesTheReferencePath() throws {
        let ruleSet = try Fixtures.ruleSet()
        var values = Profile(schema: ruleSet.schema, values: [:]).values
        values[ruleSet.schema["help"]!.index] = .number(1)
        let profile = Self.profile(values, seed: 1)
        let explainer = try #require(Explainer(ruleSet))
        #expect(explainer.explain(profile, counterfactuals: true) == nil)
        #expect(ruleSet.explain(profile) == ruleSet.referenceExplanation(profile))
    }
}
