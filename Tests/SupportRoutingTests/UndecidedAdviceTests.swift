import Foundation
import SupportRouting
import Testing

/// A profile that leaves a deciding fact out still gets the advice that is certain: advice whose condition
/// holds and which applies on every route the profile can still get.
struct UndecidedAdviceTests {
    let ruleSet: RuleSet

    init() throws {
        let advice = """
              - id: family-or-top
                if: phase == secondary
                on_routes: [family, top]
                says: Beyond the school.
                because: Beyond.
                source: { document: doc, quote: "beyond" }
            """
        ruleSet = try Fixtures.load(Fixtures.rules + "\n" + advice)
    }

    private func advice(_ yaml: String) throws -> (decision: Decision, advice: [String]) {
        let decision = ruleSet.decide(try Fixtures.profile(yaml, ruleSet: ruleSet))
        return (decision, decision.adviceIDs)
    }

    @Test func adviceOnEveryPossibleRouteIsGiven() throws {
        let (decision, advice) = try advice("help: true\nphase: secondary\n")
        #expect(decision.possibleRouteIDs == ["family", "top"])
        // `family-only` might not apply (the route could be top); `family-or-top` applies either way.
        #expect(advice == ["family-or-top"])
    }

    @Test func theSameAdviceIsGivenOnceTheRouteIsKnown() throws {
        let (decision, advice) = try advice("help: true\nphase: secondary\npartner.near: true\n")
        #expect(decision.routeID == "family")
        #expect(advice == ["family-only", "family-or-top"])
    }

    @Test func adviceWhoseConditionIsUnknownIsNotGiven() throws {
        let (decision, advice) = try advice("help: true\n")
        #expect(decision.possibleRouteIDs == ["family", "top"])
        #expect(advice.isEmpty)
    }

    @Test func theShippedRulesGiveMergerFundingWhileThePartnerSearchIsOpen() throws {
        let folder = try TemporaryFolder()
        _ = try folder.write(
            """
            phase: primary
            self_evaluation.needs_external_help: true
            in_school.leader_with_capacity: false
            local_family.partnership_healthy: true
            local_family.staff_time_committed: true
            partner.would_merge: true

            """, to: "merging.yaml")
        let result = try CommandRunner.run(["route", "merging.yaml"], in: folder.url)
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stdout.contains("route: undecided between local-family, la-commissioned"))
        #expect(result.stdout.contains("can receive up to £300,000 of extra funding"))
        #expect(result.stdout.contains("[merger-funding]"))
        let explained = try CommandRunner.run(["explain", "merging.yaml", "--format", "json"], in: folder.url)
        #expect(explained.stdout.contains("\"merger-funding\""))
    }
}
