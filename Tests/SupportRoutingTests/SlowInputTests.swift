import Foundation
import SupportRouting
import SupportRoutingYAML
import Testing

/// Inputs within the default limits that once took many seconds: a condition of thousands of terms,
/// a rule set whose analysis grows exponentially, a profile of thousands of misspellings. Each is now
/// refused at a limit or reported in bounded work; the tests check that behaviour, never the time.
struct SlowInputTests {
    /// `terms` comparisons of `score` joined with `or`.
    static func condition(terms: Int) -> String {
        (0..<terms).map { "score < \($0 % 100)" }.joined(separator: " or ")
    }

    /// The mini rule set with the condition of `low-score` made `terms` terms long.
    static func rules(terms: Int) -> String {
        Fixtures.rules(replacing: "if: score < 30", with: "if: \(condition(terms: terms))")
    }

    // MARK: terms of a condition

    @Test func aConditionWithTooManyTermsIsRefusedAtTheFirstTermPastTheLimit() throws {
        let limit = ConditionParser.defaultMaximumTerms
        let text = Self.rules(terms: limit + 1)
        let diagnostics = Fixtures.ruleErrors(text)
        #expect(diagnostics.map(\.id) == ["too-many-terms"])
        #expect(
            diagnostics.first?.message
                == "the condition has more than 256 terms (comparisons and facts on their own); split it into several rules"
        )
        let before = Self.condition(terms: limit) + " or "
        #expect(
            diagnostics.first?.location
                == Fixtures.location(of: "if: score < 0 or", in: text, offset: 4 + before.unicodeScalars.count))
    }

    @Test func aConditionAtTheLimitLoads() throws {
        _ = try Fixtures.load(Self.rules(terms: ConditionParser.defaultMaximumTerms))
    }

    @Test func theTermsOfAGroupAreCountedOnceEach() throws {
        let schema = try Fixtures.ruleSet().schema
        let place = SourceLocation(file: "c", line: 1, column: 1)
        let text = "(help or leader) and not (help or (leader))"
        #expect((try? ConditionParser.parse(text, schema: schema, at: place, maximumTerms: 4).get()) != nil)
        let refused = ConditionParser.parse(text, schema: schema, at: place, maximumTerms: 3)
        #expect((try? refused.get()) == nil)
    }

    @Test func theLimitOnTermsIsAnOptionOfTheCommands() throws {
        let text = Self.rules(terms: 300)
        let limits = DocumentReader.Limits(maximumConditionTerms: 300)
        #expect((try? RuleSetLoader.load(text: text, file: "rules.yaml", limits: limits).get()) != nil)

        let file = try CommandRunner.temporaryFile(text, name: "long.yaml")
        let refused = try CommandRunner.run(["check", file.path])
        #expect(refused.status == 2)
        let place = Fixtures.location(
            of: "if: score < 0 or", in: text, offset: 4 + (Self.condition(terms: 256) + " or ").count, file: file.path)
        #expect(refused.stderr.contains("\(place): error: the condition has more than 256 terms"), "\(refused.stderr)")
        let raised = try CommandRunner.run(["check", "--max-condition-terms", "300", file.path])
        #expect(raised.status != 2)
        #expect(!raised.stderr.contains("too-many-terms"))
    }

    // MARK: the analysis

    @Test func anAnalysisPastItsLimitStopsWithOneErrorAtTheTopOfTheFile() throws {
        let ruleSet = try Fixtures.ruleSet()
        let stopped = RuleSetChecker.analyse(ruleSet, maximumSteps: 10)
        #expect(stopped.findings.map(\.diagnostic.id) == ["analysis-too-large"])
        #expect(stopped.findings.first?.diagnostic.location == SourceLocation(file: "rules.yaml", line: 1, column: 1))
        #expect(stopped.provenInvariants.isEmpty)
        #expect(!RuleSetChecker.analyse(ruleSet).findings.contains { $0.diagnostic.id == "analysis-too-large" })
    }

    @Test func theLimitOnTheAnalysisIsAnOptionOfCheck() throws {
        let stopped = try CommandRunner.run(["check", "--max-analysis-steps", "50", "Rules/england-2008.yaml"])
        #expect(stopped.status == 1)
        #expect(
            stopped.stdout.hasPrefix(
                "Rules/england-2008.yaml:1:1: error: the rule set is too large to analyse exactly: the analysis passed its limit of 50 steps [analysis-too-large]"
            ), "\(stopped.stdout)")
        #expect(try CommandRunner.run(["check", "Rules/england-2008.yaml"]).status == 0)
    }
}
