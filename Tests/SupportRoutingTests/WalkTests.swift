import SupportRouting
import Testing

/// The walk: where it starts, how it climbs, where it stops, and the advice that applies.
struct WalkTests {
    let ruleSet: RuleSet

    init() throws {
        ruleSet = try Fixtures.ruleSet()
    }

    private func decide(_ yaml: String) throws -> Decision {
        ruleSet.decide(try Fixtures.profile(yaml, ruleSet: ruleSet))
    }

    private func routeID(_ decision: Decision) -> String? {
        decision.route.map { ruleSet.routes[$0].id }
    }

    @Test(arguments: [
        ("help: false", "self"),
        ("help: true\nleader: true\nscore: 50", "inside"),
        ("help: true\nleader: false\npartner.near: true", "family"),
        ("help: true\nleader: true\nscore: 29.9\npartner.near: true", "family"),
        ("help: true\nleader: true\nscore: 30\npartner.near: false", "inside"),
        ("help: true\npartner.near: false", "top"),
        ("help: false\ncategory: special", "top"),
        ("help: false\ncategory: notice\npartner.near: true", "family"),
        ("help: false\ngrade: inadequate\npartner.near: false", "top"),
        ("help: false\ncategory: special\ngrade: inadequate", "top"),
    ])
    func theWalkReachesTheRoute(_ yaml: String, _ expected: String) throws {
        #expect(routeID(try decide(yaml)) == expected)
    }

    @Test func climbsRecordEveryRuleThatHeld() throws {
        let decision = try decide("help: true\nleader: false\nscore: 10\npartner.near: false")
        #expect(decision.climbs.map(\.from) == [0, 1, 2])
        #expect(decision.climbs.map(\.rules) == [[0], [0, 1], [0]])
        #expect(decision.start == 0)
        #expect(decision.startRules.isEmpty)
    }

    @Test func theHighestStartAtWins() throws {
        let decision = try decide("help: false\ncategory: special\ngrade: inadequate")
        #expect(decision.startRules == [0, 1])
        #expect(decision.start == 3)
    }

    @Test func aRuleAtTheTopCannotClimbPastIt() throws {
        let rules = try Fixtures.load(
            Fixtures.rules(
                replacing: "    involves: A national leader",
                with: """
                        involves: A national leader
                        escalate_when:
                          - id: still-failing
                            if: score < 5
                            because: Nothing worked.
                            source: { document: doc, quote: x }
                    """))
        let decision = rules.decide(try Fixtures.profile("help: false\ncategory: special\nscore: 1", ruleSet: rules))
        #expect(decision.route == 3)
        #expect(decision.pastTop)
    }

    @Test func adviceFollowsItsConditionAndRoutes() throws {
        let ruleSet = self.ruleSet
        let explanation = ruleSet.explain(
            try Fixtures.profile(
                "help: true\nphase: secondary\nbodies: [sip, la, situ, governors]\npartner.near: true", ruleSet: ruleSet
            ))
        #expect(explanation.route?.id == "family")
        #expect(explanation.advice.map(\.id) == ["many-bodies", "family-only"])
        #expect(explanation.advice.first?.says == "Answers to 4 bodies in secondary.")
        let elsewhere = ruleSet.explain(
            try Fixtures.profile("help: false\nphase: secondary\nbodies: [sip]", ruleSet: ruleSet))
        #expect(elsewhere.advice.isEmpty)
    }

    @Test func theExplanationShowsEachConditionWithItsValue() throws {
        let explanation = ruleSet.explain(
            try Fixtures.profile("help: true\nscore: 12\npartner.near: true", ruleSet: ruleSet))
        let inside = try #require(explanation.rungs.first { $0.route.id == "inside" })
        #expect(inside.outcome == .climbed)
        let noLeader = try #require(inside.rules.first)
        #expect(noLeader.result == .yes)
        #expect(noLeader.condition.parts.first?.actual == "false")
        #expect(noLeader.condition.parts.first?.actualIsDefault == true)
        let lowScore = inside.rules[1]
        #expect(lowScore.condition.text == "score < 30")
        #expect(lowScore.condition.actual == "12")
        #expect(explanation.rungs.map(\.outcome) == [.climbed, .climbed, .stopped])
        #expect(explanation.defaultsUsed.map(\.name) == ["leader", "grade", "category", "bodies"])
        #expect(explanation.reasons.map(\.rule) == ["asks-help", "no-leader", "low-score", nil])
    }
}
