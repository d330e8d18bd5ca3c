import Foundation
import SupportRouting
import SupportRoutingYAML
import Testing

/// `check`: a planted mistake of each kind in a copy of the shipped rules is found at the right place,
/// with a witness that really shows it.
struct CheckTests {
    static let shipped: String = {
        (try? String(
            contentsOf: Fixtures.repositoryRoot.appendingPathComponent("Rules/england-2008.yaml"), encoding: .utf8))
            ?? ""
    }()

    /// A planted in-school rule that `no-leader-with-capacity` always covers: the text to replace and its replacement.
    static let coveredRule = (
        old: "      - id: leadership-weak\n",
        new: """
              - id: no-leader-in-primary
                if: not in_school.leader_with_capacity and phase == primary
                because: Planted.
                source: { document: ascl-up-in-the-air, quote: "planted" }
              - id: leadership-weak

        """
    )

    /// The shipped rules with `old` replaced by `new`, loaded, and the checker's findings.
    private func findings(replacing old: String, with new: String) throws -> (
        text: String, ruleSet: RuleSet, findings: [Finding]
    ) {
        #expect(Self.shipped.contains(old), "the shipped rules no longer contain \(old)")
        let text = Self.shipped.replacingOccurrences(of: old, with: new)
        let ruleSet = try Fixtures.load(text, file: "planted.yaml")
        return (text, ruleSet, RuleSetChecker.check(ruleSet))
    }

    /// The witness loaded as a profile of `ruleSet`, and its decision.
    private func replay(_ witness: Witness?, _ ruleSet: RuleSet) throws -> (Profile, Decision) {
        let yaml = try #require(witness?.yaml)
        let profile = try Fixtures.profile(yaml, ruleSet: ruleSet, file: "witness.yaml")
        return (profile, ruleSet.decide(profile))
    }

    @Test func theShippedRulesAreClean() throws {
        let ruleSet = try SampleTests.shippedRules()
        #expect(RuleSetChecker.check(ruleSet).map(\.diagnostic.description) == [])
    }

    @Test func aConditionThatCanNeverHold() throws {
        let (text, _, found) = try findings(
            replacing: "if: weak_areas contains leadership\n",
            with: "if: weak_areas contains leadership and count(weak_areas) < 1\n")
        #expect(found.map(\.diagnostic.id) == ["condition-never-holds"])
        #expect(
            found.first?.diagnostic.location
                == Fixtures.location(of: "weak_areas contains leadership and", in: text, file: "planted.yaml"))
        #expect(found.first?.rules == ["leadership-weak"])
    }

    @Test func anEscalationRuleCoveredByAnother() throws {
        let (text, ruleSet, found) = try findings(replacing: Self.coveredRule.old, with: Self.coveredRule.new)
        #expect(found.map(\.diagnostic.id) == ["rule-never-decides"])
        let finding = try #require(found.first)
        #expect(finding.rules == ["no-leader-in-primary", "no-leader-with-capacity"])
        #expect(finding.diagnostic.message.contains("`no-leader-with-capacity` holds too"))
        #expect(
            finding.diagnostic.location
                == Fixtures.location(of: "- id: no-leader-in-primary", in: text, offset: 2, file: "planted.yaml"))
        // The witness reaches in-school with the planted rule holding, and the covering rule holds too.
        let (profile, decision) = try replay(finding.witness, ruleSet)
        #expect(decision.climbs.contains { $0.from == 1 && $0.rules.contains(0) && $0.rules.contains(1) })
        #expect(profile.values[ruleSet.schema["phase"]!.index] == .enumeration(0))
    }

    @Test func aRouteNoProfileReaches() throws {
        let (text, _, found) = try findings(replacing: "    route: nle-nss\n", with: "    route: la-commissioned\n")
        let unreachable = try #require(found.first { $0.diagnostic.id == "route-never-reached" })
        #expect(unreachable.diagnostic.severity == .error)
        #expect(
            unreachable.diagnostic.location
                == Fixtures.location(of: "- id: nle-nss", in: text, offset: 2, file: "planted.yaml"))
    }

    @Test func aStartAtRuleMaskedByAHigherOne() throws {
        let (text, ruleSet, found) = try findings(
            replacing: "  - id: notice-to-improve\n",
            with: """
                  - id: special-measures-in-primary
                    if: ofsted.category == special_measures and phase == primary
                    route: la-commissioned
                    because: Planted.
                    source: { document: ascl-up-in-the-air, quote: "planted" }
                  - id: notice-to-improve

                """)
        #expect(found.map(\.diagnostic.id) == ["start-masked"])
        let finding = try #require(found.first)
        #expect(finding.rules == ["special-measures-in-primary", "special-measures"])
        #expect(
            finding.diagnostic.location
                == Fixtures.location(of: "- id: special-measures-in-primary", in: text, offset: 2, file: "planted.yaml")
        )
        let (_, decision) = try replay(finding.witness, ruleSet)
        #expect(decision.route == 4)
        #expect(decision.startRules.contains(0))
    }

    @Test func adviceThatCanNeverApply() throws {
        let (text, ruleSet, found) = try findings(
            replacing:
                "  - id: saturation-phase\n    if: ofsted.category == special_measures\n    on_routes: [nle-nss]\n",
            with: "  - id: saturation-phase\n    if: ofsted.category == special_measures\n    on_routes: [in-school]\n"
        )
        #expect(found.map(\.diagnostic.id) == ["advice-never-applies"])
        let finding = try #require(found.first)
        #expect(finding.rules == ["saturation-phase"])
        #expect(
            finding.diagnostic.location
                == Fixtures.location(of: "- id: saturation-phase", in: text, offset: 2, file: "planted.yaml"))
        // The witness meets the advice's condition, and its route is not one the advice is given on.
        let (_, decision) = try replay(finding.witness, ruleSet)
        #expect(decision.route == 4)
    }

    @Test func aRuleThatWouldClimbPastTheTop() throws {
        let (text, ruleSet, found) = try findings(
            replacing: "      almost identical alternative.\n",
            with: """
                      almost identical alternative.
                    escalate_when:
                      - id: still-failing
                        if: weak_areas contains leadership
                        because: Planted.
                        source: { document: ascl-up-in-the-air, quote: "planted" }

                """)
        #expect(found.map(\.diagnostic.id) == ["climbs-past-top"])
        let finding = try #require(found.first)
        #expect(
            finding.diagnostic.location
                == Fixtures.location(of: "- id: still-failing", in: text, offset: 2, file: "planted.yaml"))
        let (_, decision) = try replay(finding.witness, ruleSet)
        #expect(decision.pastTop)
    }

    @Test func aRuleThatNoSchoolAtItsRungMeets() throws {
        // Only schools without special measures walk up from the bottom, so this rule never holds there.
        let (_, _, found) = try findings(
            replacing: "        if: weak_areas contains leadership\n",
            with: "        if: weak_areas contains leadership and ofsted.category == special_measures\n")
        #expect(found.map(\.diagnostic.id) == ["rule-never-reached"])
    }

    @Test func rulesThatCoverEachOtherSaySo() throws {
        let (_, _, found) = try findings(
            replacing: "      - id: leadership-weak\n",
            with: """
                      - id: no-leader-again
                        if: not in_school.leader_with_capacity
                        because: Planted.
                        source: { document: ascl-up-in-the-air, quote: "planted" }
                      - id: leadership-weak

                """)
        #expect(
            found.map(\.rules) == [
                ["no-leader-with-capacity", "no-leader-again"], ["no-leader-again", "no-leader-with-capacity"],
            ])
        #expect(
            found.allSatisfy {
                $0.diagnostic.notes.first?.hasSuffix("they cover each other, so remove one of them, not all") == true
            })
    }
}
