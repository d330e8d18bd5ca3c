import Foundation
import SupportRouting
import SupportRoutingYAML
import Testing

/// Reading profiles: flattening, typing by the schema, defaults, and every mistake at its place.
struct ProfileTests {
    let ruleSet: RuleSet

    init() throws {
        ruleSet = try Fixtures.ruleSet()
    }

    private func value(_ profile: Profile, _ name: String) -> FactValue? {
        profile.values[ruleSet.schema[name]!.index]
    }

    @Test func nestedMapsFlattenToDottedNames() throws {
        let nested = try Fixtures.profile("help: true\npartner:\n  near: false\n", ruleSet: ruleSet)
        let dotted = try Fixtures.profile("help: true\npartner.near: false\n", ruleSet: ruleSet)
        #expect(value(nested, "partner.near") == .bool(false))
        #expect(nested.values == dotted.values)
    }

    @Test func jsonProfilesReadTheSameAsYAML() throws {
        let json = """
            {"help": true, "phase": "secondary", "score": 42.5, "bodies": ["sip", "la"], "partner": {"near": true}, "dept": "science"}
            """
        let profile = try Fixtures.profile(json, ruleSet: ruleSet, file: "school.json")
        #expect(value(profile, "help") == .bool(true))
        #expect(value(profile, "phase") == .enumeration(1))
        #expect(value(profile, "score") == .number(42.5))
        #expect(value(profile, "bodies") == .set(0b11))
        #expect(value(profile, "dept") == .string("science"))
    }

    @Test func defaultsApplyAndAreRecorded() throws {
        let profile = try Fixtures.profile("help: true\n", ruleSet: ruleSet)
        let leader = ruleSet.schema["leader"]!.index
        #expect(profile.values[leader] == .bool(false))
        #expect(profile.origins[leader] == .defaulted)
        #expect(profile.origins[ruleSet.schema["phase"]!.index] == .missing)
        #expect(
            profile.origins[ruleSet.schema["help"]!.index]
                == .given(SupportRouting.SourceLocation(file: "school.yaml", line: 1, column: 1)))
    }

    @Test func anExplicitNullIsMissingEvenWithADefault() throws {
        let profile = try Fixtures.profile("leader: null\n", ruleSet: ruleSet)
        #expect(value(profile, "leader") == nil)
    }

    @Test func yaml11SurprisesAreTypedByTheSchema() throws {
        let rules = try Fixtures.load(
            Fixtures.rules(replacing: "values: [primary, secondary]", with: "values: [primary, secondary, NO, on]"))
        let profile = try Fixtures.profile("phase: NO\nscore: 0077\n", ruleSet: rules)
        #expect(profile.values[rules.schema["phase"]!.index] == .enumeration(2))
        #expect(profile.values[rules.schema["score"]!.index] == .number(77))
        let errors = Fixtures.profileErrors("help: yes\n", ruleSet: ruleSet)
        #expect(
            errors.map(\.message) == ["`help` is a bool; expected `true` or `false`, found `yes`; did you mean `true`?"]
        )
    }

    @Test func mistakesAreAllReportedWithTheirPlaces() {
        let text = """
            about:
              name: Test School
            help: maybe
            phase: secundary
            score: 140
            bodies: [sip, mayor]
            partner:
              nera: true
            grade: .nan
            dept: [a]
            """
        let diagnostics = Fixtures.profileErrors(text, ruleSet: ruleSet)
        #expect(
            diagnostics.map(\.description) == [
                "school.yaml:3:7: error: `help` is a bool; expected `true` or `false`, found `maybe` [type-mismatch]",
                "school.yaml:4:8: error: `secundary` is not a value of `phase` (primary, secondary); did you mean `secondary`? [unknown-value]",
                "school.yaml:5:8: error: `140` is outside the range of `score` (0 to 100) [out-of-range]",
                "school.yaml:6:15: error: `mayor` is not a value of `bodies` (sip, la, situ, ofsted, governors) [unknown-value]",
                "school.yaml:8:3: error: unknown fact `partner.nera`; did you mean `partner.near`? [unknown-fact]",
                "school.yaml:9:8: error: `.nan` is not a value of `grade` (inadequate, satisfactory, good, outstanding) [unknown-value]",
                "school.yaml:10:7: error: `dept` is a string; expected text, found a list [type-mismatch]",
            ])
    }

    @Test(arguments: [".nan", ".inf", "-.inf", "1e999", "0x1F", "1_000", "NaN"])
    func onlyFiniteDecimalNumbersAreNumbers(_ literal: String) {
        let diagnostics = Fixtures.profileErrors("score: \(literal)\n", ruleSet: ruleSet)
        #expect(diagnostics.map(\.message) == ["`score` is a number; expected a decimal number, found `\(literal)`"])
    }

    @Test func aFactGivenTwiceIsAnError() {
        let diagnostics = Fixtures.profileErrors("partner.near: true\npartner:\n  near: false\n", ruleSet: ruleSet)
        #expect(diagnostics.map(\.message) == ["fact `partner.near` is given twice"])
        #expect(diagnostics.first?.location.line == 3)
        #expect(diagnostics.first?.notes == ["first given at school.yaml:1:1"])
    }

    @Test func expectationsNameRealRoutesAndAdvice() throws {
        let profile = try Fixtures.profile(
            "expect: { route: family, advice: [family-only] }\nhelp: true\n", ruleSet: ruleSet)
        #expect(profile.expectation?.route == "family")
        #expect(profile.expectation?.advice == ["family-only"])
        let diagnostics = Fixtures.profileErrors("expect: { route: famliy, advice: [nope] }\n", ruleSet: ruleSet)
        #expect(
            diagnostics.map(\.message) == ["unknown route `famliy`; did you mean `family`?", "unknown advice `nope`"])
    }

    @Test func theProfileMustBeAMap() {
        let diagnostics = Fixtures.profileErrors("- help\n- leader\n", ruleSet: ruleSet)
        #expect(diagnostics.map(\.message) == ["expected a map for a profile, found a list"])
    }

    @Test func quotedAndYAML11BooleansGetAHint() {
        #expect(
            Fixtures.profileErrors("help: \"true\"\n", ruleSet: ruleSet).map(\.message) == [
                "`help` is a bool; expected `true` or `false`, found the quoted text `\"true\"`; write true without quotes"
            ])
        #expect(
            Fixtures.profileErrors("help: off\n", ruleSet: ruleSet).map(\.message) == [
                "`help` is a bool; expected `true` or `false`, found `off`; did you mean `false`?"
            ])
        #expect(
            Fixtures.profileErrors("score: \"42\"\n", ruleSet: ruleSet).map(\.message) == [
                "`score` is a number; expected a decimal number, found the quoted text `\"42\"`; write 42 without quotes"
            ])
    }

    @Test func aGroupGivenAValueIsExplained() {
        let diagnostics = Fixtures.profileErrors("partner: true\n", ruleSet: ruleSet)
        #expect(
            diagnostics.map(\.message) == [
                "`partner` is a group of facts (partner.near), not a fact; write them under it, such as `partner: {near: ...}`"
            ])
        #expect((try? Fixtures.profile("partner:\nhelp: true\n", ruleSet: ruleSet)) != nil)
    }

    @Test func anExplicitNullIsRecordedAsNotKnown() throws {
        let profile = try Fixtures.profile("category: null\nhelp: false\n", ruleSet: ruleSet)
        let category = ruleSet.schema["category"]!.index
        #expect(
            profile.origins[category]
                == .unknown(SupportRouting.SourceLocation(file: "school.yaml", line: 1, column: 1)))
        let explanation = ruleSet.explain(profile)
        #expect(explanation.facts[category].origin == .unknown)
        #expect(explanation.facts[category].value == nil)
    }

    @Test func emptyDetailsInAboutAreAbsent() throws {
        let profile = try Fixtures.profile("about:\n  name:\n  story:\nhelp: false\n", ruleSet: ruleSet)
        #expect(profile.name == nil)
    }
}
