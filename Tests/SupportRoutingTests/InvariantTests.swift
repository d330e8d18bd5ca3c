import Foundation
import SupportRouting
import Testing

/// Declared invariants: proven over every complete profile, or refuted with a counterexample that
/// really shows it.
struct InvariantTests {
    @Test func theShippedInvariantsAreProven() throws {
        let ruleSet = try SampleTests.shippedRules()
        let result = RuleSetChecker.analyse(ruleSet)
        #expect(result.findings.isEmpty)
        #expect(result.provenInvariants == ruleSet.invariants.map(\.id))
        #expect(ruleSet.invariants.count >= 4)
    }

    private func refuted(_ invariants: String, in rules: String = Fixtures.rules) throws -> (RuleSet, Finding) {
        let ruleSet = try Fixtures.load(rules + "\ninvariants:\n" + invariants)
        let findings = RuleSetChecker.check(ruleSet).filter { $0.diagnostic.id == "invariant-refuted" }
        #expect(findings.count == 1)
        return (ruleSet, try #require(findings.first))
    }

    @Test func anImplicationIsRefutedWithAProfileThatBreaksIt() throws {
        let (ruleSet, finding) = try refuted(
            """
              - id: grade-inadequate-gets-top
                if: grade <= inadequate
                route: top
                because: Planted.
            """)
        #expect(finding.rules == ["grade-inadequate-gets-top"])
        #expect(
            finding.diagnostic.message.hasPrefix(
                "invariant `grade-inadequate-gets-top` does not hold: a profile with `grade <= inadequate` gets `family`"
            ))
        let profile = try Fixtures.profile(try #require(finding.witness?.yaml), ruleSet: ruleSet)
        #expect(ruleSet.decide(profile).route == 2)
        #expect(profile.values[ruleSet.schema["grade"]!.index] == .enumeration(0))
    }

    @Test func monotonicityIsRefutedWithTwoProfilesThatDifferInOneFact() throws {
        // A good grade makes the walk start higher in this planted rule set: not monotone downwards.
        let rules = Fixtures.rules(
            replacing: "if: category == notice or grade <= inadequate", with: "if: grade >= good")
        let (ruleSet, finding) = try refuted(
            """
              - id: better-grade-never-higher
                monotone_in: grade
                direction: decreasing
                because: Planted.
            """, in: rules)
        let witness = try #require(finding.witness)
        let profile = try Fixtures.profile(witness.yaml, ruleSet: ruleSet)
        let grade = ruleSet.schema["grade"]!.index
        let low = try #require(profile.values[grade])
        guard case .enumeration(let lowIndex) = low else {
            Issue.record("expected an enum value")
            return
        }
        // Raising the grade, and nothing else, must give a higher route than the witness's.
        let before = try #require(ruleSet.decide(profile).route)
        let raised = (lowIndex + 1...3).compactMap { index -> Int? in
            var values = profile.values
            values[grade] = .enumeration(index)
            return ruleSet.decide(values: values).route
        }
        #expect(raised.contains { $0 > before })
    }

    @Test func provenInvariantsAreListed() throws {
        let ruleSet = try Fixtures.load(
            Fixtures.rules + """

                invariants:
                  - id: special-gets-top
                    if: category == special
                    route: top
                    because: Start-at sends special measures to the top.
                  - id: worse-category-never-lower
                    monotone_in: category
                    because: Worse categories start higher.
                """)
        let result = RuleSetChecker.analyse(ruleSet)
        #expect(result.provenInvariants == ["special-gets-top", "worse-category-never-lower"])
    }

    @Test(arguments: [
        ("monotone_in: gradee", "unknown fact `gradee`; did you mean `grade`?"),
        ("monotone_in: bodies", "`monotone_in` needs a bool, enum or number fact, but `bodies` is a set"),
        ("monotone_in: grade\n    direction: upwards", "`direction` must be `increasing` or `decreasing`"),
        (
            "monotone_in: grade\n    route: top",
            "invariant `x` has `monotone_in` and `if` or a route; give one kind of claim"
        ),
        (
            "if: help",
            "invariant `x` needs `monotone_in: fact`, or `if:` with exactly one of `route`, `route_in`, `route_at_least`, `route_at_most`"
        ),
        ("if: help\n    route_at_least: tpo", "unknown route `tpo`; did you mean `top`?"),
    ])
    func invariantMistakesAreReported(_ claim: String, _ message: String) {
        let diagnostics = Fixtures.ruleErrors(
            Fixtures.rules + "\ninvariants:\n  - id: x\n    because: y\n    \(claim)\n")
        #expect(diagnostics.map(\.message) == [message])
    }

    @Test func aVacuousInvariantIsAWarningNotAProof() throws {
        let ruleSet = try Fixtures.load(
            Fixtures.rules
                + "\ninvariants:\n  - id: never\n    if: score > 50 and score < 40\n    route: top\n    because: x\n")
        let result = RuleSetChecker.analyse(ruleSet)
        #expect(result.findings.map(\.diagnostic.id) == ["invariant-vacuous"])
        #expect(result.provenInvariants.isEmpty)
        let empty = Fixtures.ruleErrors(
            Fixtures.rules + "\ninvariants:\n  - id: x\n    if: help\n    route_in: []\n    because: y\n")
        #expect(empty.map(\.message) == ["`route_in` is empty; name the routes the profiles may get"])
    }
}
