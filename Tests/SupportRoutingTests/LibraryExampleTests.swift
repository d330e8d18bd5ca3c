import Foundation
import ShippedRules
import SupportRouting
import SupportRoutingRendering
import SupportRoutingYAML
import Testing

/// The example in docs/library.md is this test's own code: it compiles, runs, and gives the answer
/// the page says, and the page shows it exactly as it is here.
struct LibraryExampleTests {
    @Test func theExampleLoadsDecidesAndExplains() async throws {
        var printed = ""
        func print(_ text: String) { printed += text }

        // example begins
        let shipped = EmbeddedRuleSet.england2008
        let ruleSet = try await RuleSetLoader.load(text: shipped.text, file: "Rules/" + shipped.fileName).get()
        let profile = try ruleSet.profile(
            [
                "phase": "secondary",
                "ofsted.category": "notice_to_improve",
                "oversight.bodies": ["sip", "local_authority"],
            ],
            name: "Riverside High School"
        ).get()
        let explanation = ruleSet.explain(profile)
        print(TextRenderer.brief(explanation))
        // example ends

        #expect(explanation.route?.id == "la-commissioned")
        #expect(printed.contains("route: la-commissioned (rung 4)"), "\(printed)")
    }

    @Test func aDecisionNamesItsRouteRulesAndFactsByID() throws {
        let shipped = EmbeddedRuleSet.england2008
        let ruleSet = try RuleSetLoader.load(text: shipped.text, file: "Rules/" + shipped.fileName).get()
        let decided = ruleSet.decide(
            try ruleSet.profile([
                "phase": "secondary", "self_evaluation.needs_external_help": true,
                "in_school.leader_with_capacity": false, "local_family.partnership_healthy": false,
            ]).get())
        #expect(decided.routeID == "la-commissioned")
        #expect(decided.escalationRuleIDs.first == "sef-asks-for-help")
        #expect(decided.possibleRouteIDs.isEmpty)
        let undecided = ruleSet.decide(try ruleSet.profile(["phase": "primary"]).get())
        #expect(undecided.routeID == nil)
        #expect(undecided.possibleRouteIDs.contains("self-evaluation"))
        #expect(undecided.decidingFacts.first == "self_evaluation.needs_external_help")
    }

    @Test func aProfileBuiltInCodeIsCheckedAsAFileIs() throws {
        let shipped = EmbeddedRuleSet.england2008
        let ruleSet = try RuleSetLoader.load(text: shipped.text, file: "Rules/" + shipped.fileName).get()
        let result = ruleSet.profile([
            "ofsted.categry": "none", "phase": "tertiary", "attainment.gcse_5ac_percent": 140,
        ])
        let messages = try #require(result.failure).diagnostics.map(\.message)
        #expect(messages.contains { $0.hasPrefix("unknown fact `ofsted.categry`; did you mean `ofsted.category`?") })
        #expect(messages.contains { $0.hasPrefix("`tertiary` is not a value of `phase`") })
        #expect(messages.contains { $0.contains("`140` is outside the range of `attainment.gcse_5ac_percent`") })
    }

    @Test func thePageShowsTheExampleAsItIs() throws {
        let test = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let page = try String(
            contentsOf: Fixtures.repositoryRoot.appendingPathComponent("docs/library.md"), encoding: .utf8)
        let lines = test.components(separatedBy: "\n")
        let begin = try #require(lines.firstIndex { $0.hasSuffix("// example begins") })
        let end = try #require(lines.firstIndex { $0.hasSuffix("// example ends") })
        let code = lines[(begin + 1)..<end].map { $0.hasPrefix("        ") ? String($0.dropFirst(8)) : $0 }
        #expect(page.contains("```swift\n" + code.joined(separator: "\n") + "\n```"), "docs/library.md is out of date")
    }
}

extension Result {
    /// The error, if this is a failure.
    fileprivate var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
