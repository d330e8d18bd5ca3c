import Foundation
import SupportRouting
import SupportRoutingYAML
import Testing

/// Loading rule files: the model built, and every mistake reported at its place, all in one run.
struct RuleFileTests {
    @Test func theMiniRuleSetLoadsWithItsParts() throws {
        let ruleSet = try Fixtures.ruleSet()
        #expect(ruleSet.id == "mini")
        #expect(ruleSet.routes.map(\.id) == ["self", "inside", "family", "top"])
        #expect(ruleSet.routes[1].escalateWhen.map(\.id) == ["no-leader", "low-score"])
        #expect(ruleSet.startAt.map(\.route) == [3, 2])
        #expect(ruleSet.advice.map(\.onRoutes) == [nil, [2]])
        #expect(ruleSet.schema["category"]?.defaultValue == .enumeration(0))
        #expect(ruleSet.schema["bodies"]?.type == .set(values: ["sip", "la", "situ", "ofsted", "governors"]))
        #expect(ruleSet.schema["score"]?.type == .number(min: 0, max: 100, integer: false))
        #expect(ruleSet.routes[1].escalateWhen[1].location == Fixtures.location(of: "id: low-score"))
    }

    @Test func layoutDoesNotChangeEquality() throws {
        let reformatted = Fixtures.rules.replacingOccurrences(of: "documents:", with: "# a comment\n\ndocuments:")
        #expect(try Fixtures.load(reformatted, file: "other.yaml") == Fixtures.ruleSet())
    }

    @Test func anUnknownFormatIsAClearErrorAndStopsThere() {
        let diagnostics = Fixtures.ruleErrors(Fixtures.rules(replacing: "format: 1", with: "format: 2\nsurprise: yes"))
        #expect(
            diagnostics.map(\.message) == [
                "unsupported rule-file format `2`; this version of support-router reads format 1"
            ])
        #expect(diagnostics.first?.location == SourceLocation(file: "rules.yaml", line: 1, column: 9))
    }

    @Test func unknownKeysAreErrorsWithSuggestions() {
        let text = Fixtures.rules(replacing: "    because: No partner.", with: "    becuase: No partner.")
        let diagnostics = Fixtures.ruleErrors(text)
        #expect(
            diagnostics.map(\.message) == [
                "an escalation rule needs `because`",
                "unknown key `becuase` in an escalation rule; did you mean `because`?",
            ])
        #expect(
            diagnostics.map(\.location) == [
                Fixtures.location(of: "id: no-partner", in: text), Fixtures.location(of: "becuase", in: text),
            ])
    }

    @Test func everyMistakeOfAFileIsReportedInOneRun() {
        var text = Fixtures.rules(replacing: "if: help\n", with: "if: hepl\n")
        text = text.replacingOccurrences(of: "if: category == special\n", with: "if: category == specal\n")
        text = text.replacingOccurrences(of: "route: family\n", with: "route: famly\n")
        text = text.replacingOccurrences(
            of: "{ document: doc, quote: \"leader\" }", with: "{ document: dok, quote: \"leader\" }")
        let diagnostics = Fixtures.ruleErrors(text)
        #expect(
            diagnostics.map(\.description) == [
                "\(Fixtures.location(of: "hepl", in: text)): error: unknown fact `hepl`; did you mean `help`? [unknown-fact]",
                "\(Fixtures.location(of: "dok", in: text)): error: unknown document `dok`; did you mean `doc`? [unknown-document]\n    note: declare it under `documents` at the top of the file",
                "\(Fixtures.location(of: "specal", in: text)): error: `specal` is not a value of `category` (none, notice, special); did you mean `special`? [unknown-value]",
                "\(Fixtures.location(of: "famly", in: text)): error: unknown route `famly`; did you mean `family`? [unknown-route]\n    note: the routes are: self, inside, family, top",
            ])
        #expect(diagnostics.first?.location.line == 24)
    }

    @Test func duplicateRuleIdsPointAtTheSecond() {
        let text = Fixtures.rules(replacing: "id: low-score", with: "id: no-leader ")
        let diagnostics = Fixtures.ruleErrors(text)
        #expect(
            diagnostics.map(\.message) == ["rule id `no-leader` is used twice; rule ids must be unique in the file"])
        #expect(diagnostics.first?.location == Fixtures.location(of: "no-leader ", in: text))
        #expect(diagnostics.first?.notes == ["first used at \(Fixtures.location(of: "no-leader", in: text))"])
    }

    @Test(arguments: [
        (
            "  help: { type: bool, description: Needs outside help }",
            "  help: { type: boolean, description: Needs outside help }",
            "unknown fact type `boolean`; expected one of bool, enum, number, set, string; did you mean `bool`?"
        ),
        (
            "  help: { type: bool, description: Needs outside help }", "  help: { type: bool }",
            "bool fact `help` needs `description`"
        ),
        (
            "  help: { type: bool, description: Needs outside help }",
            "  help: { type: bool, values: [a], description: x }",
            "unknown key `values` in bool fact `help`"
        ),
        (
            "  phase: { type: enum, values: [primary, secondary], description: Phase }",
            "  phase: { type: enum, values: [], description: Phase }",
            "`values` of fact `phase` is empty; list at least one value"
        ),
        (
            "  phase: { type: enum, values: [primary, secondary], description: Phase }",
            "  phase: { type: enum, values: [primary, primary], description: Phase }",
            "`primary` is listed twice in `values` of fact `phase`"
        ),
        (
            "  category: { type: enum, values: [none, notice, special], default: none, description: Category }",
            "  category: { type: enum, values: [none, notice, special], default: nothing, description: Category }",
            "`nothing` is not a value of `category` (none, notice, special)"
        ),
        (
            "  score: { type: number, min: 0, max: 100, description: A percentage }",
            "  score: { type: number, min: 100, max: 0, description: A percentage }",
            "`max` of fact `score` is below its `min` (100)"
        ),
        (
            "  partner.near: { type: bool, description: A partner nearby }",
            "  partner: { type: bool, description: A partner nearby }\n  partner.near: { type: bool, description: x }",
            "fact `partner.near` clashes with fact `partner`: one name may not be a prefix of another"
        ),
        (
            "  dept: { type: string, description: A department }",
            "  about.x: { type: string, description: A department }",
            "fact names may not start with `about`, which profiles use for their own details"
        ),
        (
            "  dept: { type: string, description: A department }",
            "  dept-name: { type: string, description: A department }",
            "`dept-name` is not a valid fact name; use identifiers joined by dots, such as `ofsted.category`"
        ),
    ])
    func factSchemaMistakes(_ old: String, _ new: String, _ message: String) {
        let diagnostics = Fixtures.ruleErrors(Fixtures.rules(replacing: old, with: new))
        #expect(diagnostics.first?.message == message)
    }

    @Test func adviceTemplatesAreChecked() {
        let diagnostics = Fixtures.ruleErrors(
            Fixtures.rules(replacing: "{count(bodies)} bodies in {phase}", with: "{count(phase)} bodies in {phsae}"))
        #expect(
            diagnostics.map(\.message) == [
                "`count(phase)` in `says` needs a set fact, but `phase` is an enum",
                "unknown fact `phsae` in `says`; did you mean `phase`?",
            ])
    }

    @Test func aConstantConditionIsRefused() {
        let diagnostics = Fixtures.ruleErrors(Fixtures.rules(replacing: "if: not partner.near", with: "if: true"))
        #expect(diagnostics.map(\.message) == ["`if: true` is a constant; write a condition over facts"])
    }

    @Test func conditionColumnsAccountForQuotes() {
        let text = Fixtures.rules(replacing: "if: score < 30", with: "if: \"score < thirty\"")
        let diagnostics = Fixtures.ruleErrors(text)
        #expect(diagnostics.first?.location == Fixtures.location(of: "thirty", in: text))
    }

    @Test func anEmptyRuleSetNamesWhatIsMissing() {
        let diagnostics = Fixtures.ruleErrors("format: 1\n")
        #expect(
            diagnostics.map(\.message) == [
                "the rule set needs `ruleset`", "the rule set needs `title`", "the rule set needs `version`",
                "the rule set needs `documents`", "the rule set needs `facts`", "the rule set needs `routes`",
            ])
    }

    @Test func anErrorOnTheSecondLineOfAFoldedConditionIsPlacedExactly() {
        let text = Fixtures.rules(
            replacing: "if: score < 30", with: "if: >-\n          score < 30\n          and phase == tertiary")
        let diagnostics = Fixtures.ruleErrors(text)
        #expect(diagnostics.map(\.message) == ["`tertiary` is not a value of `phase` (primary, secondary)"])
        #expect(diagnostics.first?.location == Fixtures.location(of: "tertiary", in: text))
    }

    @Test func aBrokenFactIsReportedOnceNotAtEveryUse() {
        let text = Fixtures.rules(
            replacing: "default: none, description: Category", with: "default: nonee, description: Category")
        let diagnostics = Fixtures.ruleErrors(text)
        #expect(
            diagnostics.map(\.message) == [
                "`nonee` is not a value of `category` (none, notice, special); did you mean `none`?"
            ])
        #expect(diagnostics.first?.location == Fixtures.location(of: "nonee", in: text))
    }

    @Test func placeholdersArePlacedAtTheirOwnColumnAndBracesCanBeWritten() throws {
        let text = Fixtures.rules(
            replacing: "{count(bodies)} bodies in {phase}", with: "{{note}} {count(bodies)} in {phsae} and {}")
        let diagnostics = Fixtures.ruleErrors(text)
        #expect(
            diagnostics.map(\.message) == [
                "unknown fact `phsae` in `says`; did you mean `phase`?",
                "empty `{}` in `says`; name a fact, such as `{phase}`",
            ])
        #expect(
            diagnostics.map(\.location) == [
                Fixtures.location(of: "phsae", in: text), Fixtures.location(of: "{}.", in: text, offset: 1),
            ])
        let valid = try Fixtures.load(
            Fixtures.rules(replacing: "{count(bodies)} bodies", with: "{{count}} {count(bodies)} bodies"))
        let profile = try Fixtures.profile(
            "phase: primary\nbodies: [sip, la, situ, ofsted]\nhelp: false", ruleSet: valid)
        #expect(valid.explain(profile).advice.first?.says == "Answers to {count} 4 bodies in primary.")
    }

    @Test func onRoutesMustNameDistinctRoutes() {
        #expect(
            Fixtures.ruleErrors(Fixtures.rules(replacing: "on_routes: [family]", with: "on_routes: []")).map(\.message)
                == [
                    "`on_routes` of advice `family-only` is empty; leave it out to give the advice on every route"
                ])
        #expect(
            Fixtures.ruleErrors(Fixtures.rules(replacing: "on_routes: [family]", with: "on_routes: [family, family]"))
                .map(\.message) == ["route `family` is listed twice in `on_routes`"])
    }

    @Test func aMissingParenthesisNotesWhereTheOpeningOneIs() {
        let text = Fixtures.rules(replacing: "if: not partner.near", with: "if: not (partner.near or leader")
        let diagnostics = Fixtures.ruleErrors(text)
        #expect(diagnostics.map(\.message) == ["expected `)` to close the `(`, found the end of the condition"])
        #expect(
            diagnostics.first?.notes == [
                "the `(` that needs closing is at \(Fixtures.location(of: "(partner", in: text))"
            ])
    }

    @Test func quotedBooleansInTheRuleFileGetAHint() {
        let text = Fixtures.rules(replacing: "ordered: true", with: "ordered: \"true\"")
        #expect(
            Fixtures.ruleErrors(text).map(\.message) == [
                "expected `true` or `false` for `ordered`, found the quoted text `\"true\"`; write true without quotes"
            ])
    }
}
