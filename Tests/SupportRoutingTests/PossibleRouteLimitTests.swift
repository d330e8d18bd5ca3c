import Foundation
import SupportRouting
import SupportRoutingRendering
import Testing

/// The search for the routes a profile with missing facts can still reach stops after
/// `PossibleRoutes.maximumWalks` settings; an answer that reaches the limit says so, in every form.
struct PossibleRouteLimitTests {
    /// Eighteen rungs, each with a rule that any value of its own fact makes hold (`fK or not fK`): with
    /// every fact missing, each rung splits the search in two, so it has 2^17 settings to try.
    static let rules: String = {
        var text = """
            format: 1
            ruleset: doubling
            title: Every rung doubles the search
            version: 0.1.0
            documents:
              doc: { title: A document, publisher: Tests }
            facts:

            """
        for index in 0..<17 { text += "  f\(index): { type: bool, description: Fact \(index) }\n" }
        text += "routes:\n"
        for index in 0...17 {
            text += "  - id: rung-\(index)\n    title: Rung \(index)\n    brokered_by: Head\n    involves: Work\n"
            if index < 17 {
                text += "    escalate_when:\n      - id: climb-\(index)\n        if: f\(index) or not f\(index)\n"
                text += "        because: Climb.\n        source: { document: doc, quote: \"c\" }\n"
            }
        }
        return text
    }()

    @Test func anAnswerPastTheLimitSaysSoInEveryForm() throws {
        let ruleSet = try Fixtures.load(Self.rules, file: "doubling.yaml")
        let profile = try ruleSet.profile([:]).get()
        #expect(!ruleSet.decide(profile).possibleRoutesComplete)
        let explanation = ruleSet.explain(profile, counterfactuals: false)
        #expect(explanation.possibleRoutesIncomplete == true)
        let note = "the search stopped after 100000 settings of the missing facts, so other routes may be possible too"
        #expect(TextRenderer.brief(explanation).contains("(\(note))"))
        #expect(MarkdownRenderer.render(explanation).contains("_The search stopped after 100000 settings"))
        #expect(HTMLRenderer.render(explanation).contains("Note: \(note)."))
        let json = String(decoding: try JSONEncoder().encode(explanation), as: UTF8.self)
        #expect(json.contains("\"possibleRoutesIncomplete\":true"))
    }

    @Test func anAnswerWithinTheLimitSaysNothingOfIt() throws {
        let ruleSet = try Fixtures.load(Self.rules, file: "doubling.yaml")
        let profile = try ruleSet.profile(["f0": true, "f1": true, "f2": true, "f3": true, "f4": true]).get()
        let explanation = ruleSet.explain(profile, counterfactuals: false)
        #expect(explanation.possibleRoutesIncomplete == nil)
        #expect(!TextRenderer.brief(explanation).contains("the search stopped"))
        let json = String(decoding: try JSONEncoder().encode(explanation), as: UTF8.self)
        #expect(!json.contains("possibleRoutesIncomplete"))
    }
}
