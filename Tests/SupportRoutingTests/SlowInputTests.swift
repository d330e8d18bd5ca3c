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

    // MARK: many mistakes

    /// A profile of `count` misspelt facts, each one letter away from `local_family.partnership_healthy`.
    static func misspelt(_ count: Int) -> String {
        let name = Array("local_family.partnership_healthy")
        var lines: [String] = []
        for position in 13..<name.count {
            for letter in "bcdfgkmqvwxz" where letter != name[position] && lines.count < count {
                var spelling = name
                spelling[position] = letter
                lines.append("\(String(spelling)): true")
            }
        }
        #expect(lines.count == count)
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func aFileOfManyMistakesListsTheFirstHundredAndCountsTheRest() throws {
        let file = try CommandRunner.temporaryFile(Self.misspelt(150), name: "typos.yaml")
        let output = try CommandRunner.run(["route", file.path])
        #expect(output.status == 2)
        let lines = output.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.filter { $0.hasSuffix("[unknown-fact]") }.count == 100)
        #expect(lines.suffix(3) == ["and 50 more errors in \(file.path)", "150 errors in \(file.path)", ""])
    }

    @Test func onlyTheMistakesShownGetASuggestion() throws {
        let ruleSet = try SampleTests.shippedRules()
        let errors = Fixtures.profileErrors(Self.misspelt(150), ruleSet: ruleSet)
        #expect(errors.count == 150)
        let suggested = errors.filter { $0.message.hasSuffix("; did you mean `local_family.partnership_healthy`?") }
        #expect(suggested.count == DiagnosticList.maximumShownPerFile)
        #expect(suggested == Array(errors.prefix(suggested.count)))
    }

    @Test func aListShowsAtMostAHundredDiagnosticsOfEachFile() {
        func diagnostic(_ file: String, _ line: Int, _ severity: Diagnostic.Severity = .error) -> Diagnostic {
            Diagnostic(
                id: "x", severity: severity, message: "m",
                location: SourceLocation(file: file, line: line, column: 1))
        }
        let list = DiagnosticList(
            (1...101).map { diagnostic("a.yaml", $0) } + [diagnostic("b.yaml", 1), diagnostic("b.yaml", 2)]
                + (1...103).map { diagnostic("c.yaml", $0, $0 > 101 ? .warning : .error) })
        let lines = list.description.split(separator: "\n")
        #expect(lines.count == 100 + 1 + 2 + 100 + 1)
        #expect(lines[100] == "and 1 more error in a.yaml")
        #expect(lines[101] == "b.yaml:1:1: error: m [x]")
        #expect(lines.last == "and 3 more diagnostics in c.yaml")
        #expect(list.diagnostics.count == 206)
    }
}
