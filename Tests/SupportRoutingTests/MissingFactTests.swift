import SupportRouting
import Testing

/// Profiles that leave out facts: no error, but the routes still possible and the facts that decide.
struct MissingFactTests {
    let ruleSet: RuleSet

    init() throws {
        ruleSet = try Fixtures.ruleSet()
    }

    private func undecided(_ yaml: String) throws -> (routes: [String], deciding: [String], explanation: Explanation) {
        let explanation = ruleSet.explain(try Fixtures.profile(yaml, ruleSet: ruleSet))
        #expect(!explanation.isDecided)
        return (explanation.possible.map(\.route.id), explanation.decidingFacts, explanation)
    }

    @Test func aMissingFactThatDoesNotMatterDecidesNothing() throws {
        let explanation = ruleSet.explain(try Fixtures.profile("help: false\n", ruleSet: ruleSet))
        #expect(explanation.route?.id == "self")
    }

    @Test func theRoutesStillPossibleAreListedWithTheFactsThatDecide() throws {
        let (routes, deciding, explanation) = try undecided("leader: true\nscore: 50\n")
        #expect(routes == ["self", "inside"])
        #expect(deciding == ["help"])
        #expect(explanation.possible.map { $0.when.map(\.to) } == [["false"], ["true"]])
    }

    @Test func severalMissingFactsAreSplitOnlyWhereTheWalkNeedsThem() throws {
        let (routes, deciding, _) = try undecided("leader: false\n")
        #expect(routes == ["self", "family", "top"])
        #expect(deciding == ["help", "partner.near"])
    }

    @Test func anUnknownStartAtBlocksOnlyWhenItCouldStartHigher() throws {
        // `grade` is given as unknown: `grade <= inadequate` could start the walk at family.
        let (routes, deciding, _) = try undecided("help: false\n" + "grade: null\n" + "partner.near: true\n")
        #expect(routes == ["self", "family"])
        #expect(deciding == ["grade"])
        let decided = ruleSet.explain(
            try Fixtures.profile("help: false\ngrade: null\ncategory: special\n", ruleSet: ruleSet))
        #expect(decided.route?.id == "top")
    }

    @Test func possibleRoutesAgreeWithBruteForce() throws {
        let profile = try Fixtures.profile("leader: true\ngrade: null\n", ruleSet: ruleSet)
        let decision = ruleSet.decide(profile)
        guard case .undecided(let possible, _) = decision.outcome else {
            Issue.record("expected an undecided profile")
            return
        }
        var reached = Set<Int>()
        for assignment in BruteForce.assignments(
            ruleSet.schema, facts: ["help", "grade", "score", "partner.near", "phase"])
        {
            var values = profile.values
            for (fact, value) in assignment { values[fact] = value }
            if let route = ruleSet.decide(values: values).route { reached.insert(route) }
        }
        #expect(Set(possible.map(\.route)) == reached)
        for option in possible {
            var values = profile.values
            for setting in option.when { values[setting.fact] = setting.value }
            #expect(ruleSet.decide(values: values).route == option.route)
        }
    }

    @Test func anUnknownStartIsNotStatedAsSettled() throws {
        let explanation = ruleSet.explain(
            try Fixtures.profile("help: false\ngrade: null\npartner.near: true\n", ruleSet: ruleSet))
        #expect(explanation.startedAt == nil)
        let settled = ruleSet.explain(try Fixtures.profile("help: false\n", ruleSet: ruleSet))
        #expect(settled.startedAt?.id == "self")
    }

    @Test func onlyFactsTheWalkReadAreMarkedUsed() throws {
        let explanation = ruleSet.explain(try Fixtures.profile("category: special\n", ruleSet: ruleSet))
        #expect(explanation.route?.id == "top")
        #expect(explanation.facts.filter(\.usedByWalk).map(\.name) == ["grade", "category"])
    }
}
