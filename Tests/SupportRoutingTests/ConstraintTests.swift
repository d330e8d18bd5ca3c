import Foundation
import SupportRouting
import Testing

/// Profile constraints and derived facts: profiles that break them are refused at a place, derived
/// facts are worked out, and every analysis considers only the profiles that keep to them.
struct ConstraintTests {
    static let file = "Tests/SupportRoutingTests/Inputs/constraints/graded.yaml"

    static func graded() throws -> RuleSet {
        try Fixtures.load(
            String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent(file), encoding: .utf8), file: file)
    }

    @Test func aDerivedFactIsWorkedOutFromTheFactsItReads() throws {
        let ruleSet = try Self.graded()
        let profile = try Fixtures.profile(
            "leadership: urgent_improvement\nteaching: strong\nsafeguarding_met: false\n", ruleSet: ruleSet)
        let category = try #require(ruleSet.schema["category"])
        #expect(profile.values[category.index] == .enumeration(2))
        #expect(profile.origins[category.index] == .derived)
        #expect(ruleSet.decide(profile).routeID == "top")
        let explanation = ruleSet.explain(profile)
        #expect(explanation.facts.first { $0.name == "category" }?.origin == .derived)
    }

    @Test func aDerivedFactThatDisagreesIsRefusedWhereItIsGiven() throws {
        let ruleSet = try Self.graded()
        let errors = Fixtures.profileErrors(
            "leadership: strong\nteaching: strong\nsafeguarding_met: true\ncategory: sm\n", ruleSet: ruleSet)
        let error = try #require(errors.first)
        #expect(errors.count == 1)
        #expect(error.id == "derived-fact-disagrees")
        #expect(error.message == "`category` is given as sm, but the facts it is worked out from give none")
        #expect((error.location.line, error.location.column) == (4, 1))
    }

    @Test func aDerivedFactGivenWhileItsFactsAreMissingIsKeptIfItCanBeRight() throws {
        let ruleSet = try Self.graded()
        let profile = try Fixtures.profile("category: rsi\n", ruleSet: ruleSet)
        #expect(ruleSet.decide(profile).routeID == "mid")
        // With leadership strong and teaching strong, only safeguarding could make it rsi.
        #expect(
            (try? Fixtures.profile("category: rsi\nleadership: strong\nteaching: strong\n", ruleSet: ruleSet)) != nil)
        let errors = Fixtures.profileErrors(
            "category: sm\nleadership: strong\n", ruleSet: ruleSet)
        #expect(errors.map(\.id) == ["derived-fact-disagrees"])
        #expect(errors.first?.message == "`category` is given as sm, which the facts it is worked out from rule out")
    }

    @Test func aBrokenConstraintIsRefusedAtAValueItReads() throws {
        let ruleSet = try Self.graded()
        let errors = Fixtures.profileErrors(
            "leadership: strong\nteaching: strong\nsafeguarding_met: true\noverall: inadequate\n", ruleSet: ruleSet)
        let error = try #require(errors.first)
        #expect(error.id == "constraint-broken")
        #expect(error.message == "the profile breaks constraint `inadequate-means-category`")
        #expect(error.location.line == 4)
        #expect(error.notes.contains("when `overall == inadequate`, it requires `category != none`"))
    }

    @Test func theCommandLineRefusesABrokenProfileWithExitTwo() throws {
        let profile = try CommandRunner.temporaryFile(
            "overall: inadequate\nleadership: strong\nteaching: strong\nsafeguarding_met: true\n", name: "broken.yaml")
        let output = try CommandRunner.run(["route", "--rules", Self.file, profile.path])
        #expect(output.status == 2)
        #expect(
            output.stderr.contains(
                "broken.yaml:1:1: error: the profile breaks constraint `inadequate-means-category` [constraint-broken]")
        )
    }

    @Test func possibleRoutesLeaveOutWhatTheConstraintsRuleOut() throws {
        let ruleSet = try Self.graded()
        // Strong leadership rules out special measures, so the top rung is not possible.
        let profile = try Fixtures.profile("leadership: strong\n", ruleSet: ruleSet)
        let decision = ruleSet.decide(profile)
        #expect(decision.possibleRouteIDs == ["low", "mid"])
        let open = try Fixtures.profile("teaching: strong\n", ruleSet: ruleSet)
        #expect(ruleSet.decide(open).possibleRouteIDs == ["low", "mid", "top"])
    }

    @Test func counterfactualsNeverChangeADerivedFactAgainstItsFacts() throws {
        let ruleSet = try Self.graded()
        let profile = try Fixtures.profile(
            "leadership: strong\nteaching: strong\nsafeguarding_met: true\n", ruleSet: ruleSet)
        let explanation = ruleSet.explain(profile)
        #expect(explanation.route?.id == "low")
        #expect(!explanation.counterfactuals.contains { $0.changes.contains { $0.fact == "category" } })
        // A change of a fact the category is worked out from changes the category with it.
        let single = explanation.counterfactuals.filter { $0.changes.count == 1 }
        let leadership = try #require(
            single.first { $0.changes[0].fact == "leadership" && $0.changes[0].to == "urgent_improvement" })
        #expect(leadership.route?.id == "mid")
        let pair = try #require(
            explanation.counterfactuals.first { $0.changes.map(\.fact) == ["leadership", "teaching"] })
        #expect(pair.route?.id == "top")
        // Given without the facts it is worked out from, the category is the officer's to change.
        let given = try Fixtures.profile("category: none\n", ruleSet: ruleSet)
        let changes = ruleSet.explain(given).counterfactuals.flatMap(\.changes).map(\.fact)
        #expect(changes.contains("category"))
    }

    @Test func checkProvesInvariantsOverTheProfilesThatKeepToTheConstraints() throws {
        let ruleSet = try Self.graded()
        let result = RuleSetChecker.analyse(ruleSet)
        #expect(result.findings.isEmpty)
        #expect(result.provenInvariants == ["sm-top", "worse-never-lower", "better-leadership-never-higher"])
    }

    @Test func checkReportsAConstraintNoProfileKeepsTo() throws {
        let text = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent(Self.file), encoding: .utf8)
            .replacingOccurrences(
                of: "    require: category != none", with: "    require: overall == ok and overall == inadequate"
            )
            .replacingOccurrences(of: "    if: overall == inadequate\n", with: "")
        let findings = RuleSetChecker.check(try Fixtures.load(text))
        let finding = try #require(findings.first { $0.diagnostic.id == "constraint-never-holds" })
        #expect(finding.diagnostic.severity == .error)
        #expect(finding.rules == ["inadequate-means-category"])
    }

    @Test func checkReportsConstraintsThatContradictEachOther() throws {
        let extra = """
              - id: never-inadequate
                require: overall == ok
                because: Planted.
              - id: always-inadequate
                require: overall == inadequate
                because: Planted.
            invariants:
            """
        let text = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent(Self.file), encoding: .utf8)
            .replacingOccurrences(of: "invariants:", with: extra)
        let findings = RuleSetChecker.check(try Fixtures.load(text))
        let finding = try #require(findings.first { $0.diagnostic.id == "constraints-contradict" })
        #expect(
            finding.rules == ["inadequate-means-category", "never-inadequate", "always-inadequate", "derived-category"])
    }

    @Test func derivationsAndConstraintsWithMistakesAreRefusedAtTheirPlace() throws {
        let text = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent(Self.file), encoding: .utf8)
        let noOtherwise = Fixtures.ruleErrors(text.replacingOccurrences(of: "        - otherwise: none\n", with: ""))
        #expect(noOtherwise.map(\.id) == ["no-otherwise"])
        let selfDerived = Fixtures.ruleErrors(
            text.replacingOccurrences(
                of: "        - if: leadership == urgent_improvement or",
                with: "        - if: category == sm or leadership == urgent_improvement or"))
        #expect(selfDerived.map(\.id) == ["derived-from-itself"])
        let withDefault = Fixtures.ruleErrors(
            text.replacingOccurrences(
                of: "    description: The category.\n", with: "    description: The category.\n    default: none\n"))
        #expect(withDefault.map(\.id) == ["derived-with-default"])
        let badValue = Fixtures.ruleErrors(
            text.replacingOccurrences(of: "          value: sm", with: "          value: special"))
        #expect(badValue.first?.id == "unknown-value")
        let noRequire = Fixtures.ruleErrors(text.replacingOccurrences(of: "    require: category != none\n", with: ""))
        #expect(noRequire.map(\.id) == ["missing-key"])
        let unknownFact = Fixtures.ruleErrors(
            text.replacingOccurrences(of: "    require: category != none", with: "    require: categry != none"))
        #expect(unknownFact.first?.id == "unknown-fact")
        #expect(unknownFact.first?.message.contains("did you mean `category`") == true)
    }

    @Test func diffComparesOnlyProfilesBothVersionsAccept() throws {
        let text = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent(Self.file), encoding: .utf8)
        let old = try Fixtures.load(text)
        // Without the derivation, a profile could give category sm with strong leadership; with it, not.
        let new = try Fixtures.load(
            text.replacingOccurrences(
                of: "    route: top\n    because: b\n    source", with: "    route: mid\n    because: b\n    source"))
        let result = RuleSetDiff.compare(old, new)
        #expect(result.changes.map { "\($0.from)->\($0.to)" } == ["top->mid"])
        let witness = try Fixtures.profile(try #require(result.changes.first?.witnessYAML), ruleSet: old)
        #expect(old.decide(witness).routeID == "top")
        #expect(new.decide(witness).routeID == "mid")
    }

    @Test func diffListsTheProfilesANewConstraintRefuses() throws {
        let text = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent(Self.file), encoding: .utf8)
        let old = try Fixtures.load(
            text.replacingOccurrences(
                of: "    if: overall == inadequate\n    require: category != none\n",
                with: "    require: overall == inadequate or overall == ok\n"))
        let new = try Fixtures.load(text)
        let result = RuleSetDiff.compare(old, new)
        #expect(result.changes.isEmpty)
        #expect(result.nowAccepted.isEmpty)
        let refusal = try #require(result.nowRefused.first)
        #expect(result.nowRefused.map(\.constraint) == ["inadequate-means-category"])
        #expect(refusal.when == ["category == none and overall == inadequate"])
        let yaml = refusal.witness.map { "\($0.fact): \($0.value)" }.joined(separator: "\n") + "\n"
        #expect((try? Fixtures.profile(yaml, ruleSet: old)) != nil)
        #expect(Fixtures.profileErrors(yaml, ruleSet: new).map(\.id) == ["constraint-broken"])
        // And the other way round.
        #expect(RuleSetDiff.compare(new, old).nowAccepted.map(\.constraint) == ["inadequate-means-category"])
    }
}
