import SupportRouting
import Testing

/// A rule set keeps to the sizes the walk holds: at most 64 routes, and at most 64 facts read by
/// the `start_at` and `escalate_when` rules. Past either, loading stops with one located error.
struct RuleSetLimitTests {
    /// A ladder of `routes` rungs, the lowest with escalation rules reading facts `f0` to
    /// `f<facts - 1>`, one rule each.
    static func ladder(routes: Int, facts: Int) -> String {
        var text = """
            format: 1
            ruleset: big
            title: Big
            version: 0.1.0
            documents:
              d: { title: D, publisher: P }
            facts:

            """
        for fact in 0..<max(facts, 1) { text += "  f\(fact): { type: bool, description: Fact \(fact) }\n" }
        text += "routes:\n"
        for route in 0..<routes {
            text += "  - id: r\(route)\n    title: R\n    brokered_by: B\n    involves: I\n"
            guard route == 0, facts > 0 else { continue }
            text += "    escalate_when:\n"
            for fact in 0..<facts {
                text += "      - id: rule-\(fact)\n        if: f\(fact)\n        because: B.\n"
                text += "        source: { document: d, quote: q }\n"
            }
        }
        return text
    }

    /// The line of the first line of `text` that ends with `suffix`.
    static func line(endingWith suffix: String, in text: String) -> Int? {
        text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasSuffix(suffix) }.map { $0 + 1 }
    }

    @Test func sixtyFourRoutesAndPathFactsLoad() throws {
        let ruleSet = try Fixtures.load(Self.ladder(routes: 64, facts: 64))
        #expect(ruleSet.routes.count == 64)
        #expect(ruleSet.decide(try ruleSet.profile(["f63": true]).get()).routeID == "r1")
    }

    @Test func aSixtyFifthRouteIsRefusedWhereItIs() {
        let text = Self.ladder(routes: 65, facts: 1)
        let errors = Fixtures.ruleErrors(text)
        #expect(errors.map(\.id) == ["too-many-routes"])
        #expect(errors.first?.message == "a rule set has at most 64 routes; `r64` is route 65")
        #expect(errors.first?.location.line == Self.line(endingWith: "- id: r64", in: text))
    }

    @Test func aSixtyFifthPathFactIsRefusedAtTheRuleThatReadsIt() {
        let text = Self.ladder(routes: 2, facts: 65)
        let errors = Fixtures.ruleErrors(text)
        #expect(errors.map(\.id) == ["too-many-path-facts"])
        #expect(
            errors.first?.message
                == "the `start_at` and `escalate_when` rules read at most 64 different facts between them; rule `rule-64` reads one more"
        )
        #expect(errors.first?.location.line == Self.line(endingWith: "- id: rule-64", in: text))
    }
}
