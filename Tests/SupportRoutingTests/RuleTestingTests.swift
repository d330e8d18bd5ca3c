import Foundation
import SupportRouting
import SupportRoutingRendering
import SupportRoutingYAML
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Rule test files: decoding with exact places, running cases, coverage, JUnit XML and `support-router test`.
struct RuleTestingTests {
    /// A fresh folder holding the mini rules as `rules.yaml`, `files` beside them, and the test file;
    /// returns the test file.
    static func testFile(
        _ text: String, name: String = "mini.tests.yaml", files: [String: String] = [:]
    ) throws -> URL {
        let rules = try CommandRunner.temporaryFile(Fixtures.rules, name: "rules.yaml")
        let folder = rules.deletingLastPathComponent()
        for (path, contents) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try contents.write(to: url, atomically: true, encoding: .utf8)
        }
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    static func load(_ url: URL) throws -> RuleTestSuite {
        switch RuleTestLoader.load(contentsOf: url.path) {
        case .success(let suite): return suite
        case .failure(let list):
            Issue.record("unexpected diagnostics:\n\(list)")
            throw list
        }
    }

    static func errors(_ url: URL) -> [Diagnostic] {
        switch RuleTestLoader.load(contentsOf: url.path) {
        case .success:
            Issue.record("expected the test file to be rejected")
            return []
        case .failure(let list): return list.diagnostics
        }
    }

    /// A test file of cases, each `(name, profile or facts line, expect)`.
    static func cases(_ cases: [(name: String, source: String, expect: String)]) -> String {
        "format: 1\nrules: rules.yaml\ncases:\n"
            + cases.map { "  - name: \($0.name)\n    \($0.source)\n    expect: \($0.expect)\n" }.joined()
    }

    /// The result of one case with inline facts.
    static func runOne(facts: String, expect: String) throws -> RuleTestResult {
        let suite = try load(try testFile(cases([("the case", "facts: \(facts)", expect)])))
        return RuleTestRunner.run(try #require(suite.cases.first), ruleSet: suite.ruleSet)
    }

    /// Where the last `needle` in `text` is.
    static func lastLocation(of needle: String, in text: String, file: String) -> SupportRouting.SourceLocation {
        let range = text.range(of: needle, options: .backwards)!
        let before = text[..<range.lowerBound]
        let column = before.reversed().prefix { $0 != "\n" }.count + 1
        return SourceLocation(file: file, line: before.filter { $0 == "\n" }.count + 1, column: column)
    }

    /// A passing and a failing case of the mini rules, for the command-line tests.
    static let mixed = cases([
        ("a school that needs no help stays put", "facts: { help: false }", "self"),
        (
            "a school without a leader is wrongly expected inside", "facts: { help: true, partner: { near: true } }",
            "inside"
        ),
    ])

    // MARK: decoding

    @Test func everyMistakeIsReportedAtItsPlace() throws {
        let text = """
            format: 1
            rules: rules.yaml
            cases:
              - name: a typo in a key
                facts: { help: false }
                expct: { route: self }
              - name: unknown ids
                facts: { help: false }
                expect:
                  route: slef
                  rules: [many-bodies]
                  advice: [many-bodys]
              - name: unknown ids
                facts:
                  help: yes
                  phase: secondry
                expect: self
              - name: no profile
                expect: { route: self, possible: [self, top] }
            """
        let url = try Self.testFile(text)
        let file = url.path
        func at(_ needle: String) -> String { Fixtures.location(of: needle, in: text, file: file).description }
        let found = Self.errors(url).map { "\($0.location): \($0.message) [\($0.id)]" }
        let expected = [
            "\(at("name: a typo")): a test case needs `expect` [missing-key]",
            "\(at("expct")): unknown key `expct` in a test case; did you mean `expect`? [unknown-key]",
            "\(at("slef")): unknown route `slef`; did you mean `self`? [unknown-route]",
            "\(at("many-bodies]")): `many-bodies` is advice, not a rule that decides the route; list it under `advice` [advice-not-rule]",
            "\(at("many-bodys")): unknown advice `many-bodys`; did you mean `many-bodies`? [unknown-advice]",
            "\(Self.lastLocation(of: "unknown ids", in: text, file: file)): case name `unknown ids` is used twice; give each case its own name [duplicate-case]",
            "\(at("yes")): `help` is a bool; expected `true` or `false`, found `yes`; did you mean `true`? [type-mismatch]",
            "\(at("secondry")): `secondry` is not a value of `phase` (primary, secondary); did you mean `secondary`? [unknown-value]",
            "\(at("name: no profile")): case `no profile` needs `profile` (a profile file) or `facts` (the facts written inline) [missing-profile]",
            "\(at("{ route: self, possible")): `expect` needs exactly one of `route` or `possible` [bad-expectation]",
        ]
        #expect(found == expected)
        #expect(at("slef").hasSuffix(":10:14"))
    }

    @Test func filesAreFoundRelativeToTheTestFileWithASuggestionWhenMissing() throws {
        let profile = "help: true\nleader: true\n"
        let text = Self.cases([
            ("from a profile file", "profile: schools/inside.yaml", "inside"),
            ("a misspelt profile file", "profile: schools/insde.yaml", "inside"),
        ])
        let url = try Self.testFile(text, name: "tests/mini.tests.yaml", files: ["tests/schools/inside.yaml": profile])
        try text.replacingOccurrences(of: "rules: rules.yaml", with: "rules: ../rules.yaml")
            .write(to: url, atomically: true, encoding: .utf8)
        let found = Self.errors(url)
        #expect(found.count == 1)
        #expect(found.first?.id == "no-such-file")
        #expect(
            found.first?.message
                == "no such profile file `schools/insde.yaml` (looked for `\(url.deletingLastPathComponent().path)/schools/insde.yaml`); did you mean `inside.yaml`?"
        )
        #expect(found.first?.location.line == 8)
        #expect(found.first?.location.column == 14)

        let fixed = text.replacingOccurrences(of: "rules: rules.yaml", with: "rules: ../rules.yaml")
            .replacingOccurrences(of: "schools/insde.yaml", with: "./schools/../schools/inside.yaml")
        try fixed.write(to: url, atomically: true, encoding: .utf8)
        let suite = try Self.load(url)
        #expect(suite.cases.map(\.profile.file).allSatisfy { $0.hasSuffix("/tests/schools/inside.yaml") })
        #expect(suite.ruleSet.id == "mini")
    }

    @Test func aMissingRuleFileAnUnknownFormatAndARuleFileAreRefused() throws {
        let missing = Self.errors(try Self.testFile("format: 1\nrules: rulez.yaml\ncases: []\n"))
        #expect(missing.map(\.id) == ["no-such-file", "no-cases"])
        #expect(missing.first?.message.hasSuffix("did you mean `rules.yaml`?") == true)
        #expect(missing.first?.location.line == 2)
        #expect(missing.first?.location.column == 8)

        let format = Self.errors(try Self.testFile("format: 2\nrules: rules.yaml\ncases: []\n"))
        #expect(
            format.map(\.description).first?.hasSuffix(
                ":1:9: error: unsupported test-file format `2`; this version of support-router reads format 1 [unsupported-format]"
            ) == true)

        let ruleFile = Self.errors(try Self.testFile(Fixtures.rules))
        #expect(ruleFile.map(\.id) == ["not-a-test-file"])
    }

    @Test func inlineFactsFlattenAndKeepTheirPlaceInTheTestFile() throws {
        let text = Self.cases([("nested", "facts: { help: true, leader: true, partner: { nearr: true } }", "inside")])
        let url = try Self.testFile(text)
        let found = Self.errors(url)
        #expect(
            found.map(\.description) == [
                "\(Fixtures.location(of: "nearr", in: text, file: url.path)): error: unknown fact `partner.nearr`; did you mean `partner.near`? [unknown-fact]"
            ])
    }

    // MARK: running

    @Test func aPassingAndAFailingCase() throws {
        let passing = try Self.runOne(facts: "{ help: false }", expect: "self")
        #expect(passing.passed)
        #expect(passing.actual.route == "self")
        #expect(passing.mismatches.isEmpty)

        let failing = try Self.runOne(facts: "{ help: true, leader: true, score: 50 }", expect: "family")
        #expect(!failing.passed)
        #expect(failing.actual.route == "inside")
        #expect(failing.mismatches == [.init(what: "route", expected: "family", actual: "inside")])
    }

    @Test func theRulesExpectationIsExactlyTheDecidingRules() throws {
        // Climbs from self (asks-help) and from inside (no-leader and low-score both hold).
        let facts = "{ help: true, score: 20, partner: { near: true } }"
        let exact = try Self.runOne(facts: facts, expect: "{ route: family, rules: [low-score, asks-help, no-leader] }")
        #expect(exact.passed)
        #expect(exact.actual.rules == ["asks-help", "no-leader", "low-score"])

        let short = try Self.runOne(facts: facts, expect: "{ route: family, rules: [asks-help, no-leader] }")
        #expect(
            short.mismatches == [
                .init(what: "rules", expected: "[asks-help, no-leader]", actual: "[asks-help, no-leader, low-score]")
            ])

        // A start_at rule that holds decides, whether or not a higher one also holds.
        let started = try Self.runOne(
            facts: "{ category: special, grade: inadequate }", expect: "{ route: top, rules: [special, notice] }")
        #expect(started.passed)
    }

    @Test func theAdviceExpectationIsExactlyTheAdviceThatApplies() throws {
        let facts = "{ help: true, phase: secondary, bodies: [sip, la, situ, ofsted], partner: { near: true } }"
        let exact = try Self.runOne(facts: facts, expect: "{ route: family, advice: [family-only, many-bodies] }")
        #expect(exact.passed)
        let none = try Self.runOne(facts: facts, expect: "{ route: family, advice: [] }")
        #expect(
            none.mismatches == [.init(what: "advice", expected: "[]", actual: "[many-bodies, family-only]")])
    }

    @Test func thePossibleExpectationForAnUndecidedProfile() throws {
        let facts = "{ leader: true, score: 50 }"
        let possible = try Self.runOne(facts: facts, expect: "{ possible: [inside, self] }")
        #expect(possible.passed)
        #expect(possible.actual.possible == ["self", "inside"])
        #expect(possible.actual.decidingFacts == ["help"])

        let decided = try Self.runOne(facts: facts, expect: "self")
        #expect(
            decided.mismatches == [
                .init(what: "route", expected: "self", actual: "undecided between self, inside (missing: help)")
            ])
        let undecided = try Self.runOne(facts: "{ help: false }", expect: "{ possible: [self, inside] }")
        #expect(
            undecided.mismatches == [.init(what: "route", expected: "undecided between self, inside", actual: "self")])
    }

    // MARK: coverage

    @Test func coverageCountsRulesAdviceRungsAndBothSidesOfThresholds() throws {
        let ruleSet = try Fixtures.ruleSet()
        let profiles = [
            try Fixtures.profile("help: false\nphase: primary\n", ruleSet: ruleSet),
            try Fixtures.profile(
                "help: true\nscore: 20\nphase: secondary\nbodies: [sip, la, situ, ofsted]\npartner: {near: true}\n",
                ruleSet: ruleSet),
        ]
        let coverage = RuleCoverage(ruleSet: ruleSet, profiles: profiles)
        #expect(coverage.items.count == 16)
        #expect(coverage.covered == 10)
        #expect(coverage.percentageText == "62.5%")
        #expect(coverage.meets(62.5) && !coverage.meets(63))
        #expect(coverage.count(of: .rule) == (3, 6))
        #expect(coverage.count(of: .advice) == (2, 2))
        #expect(coverage.count(of: .rung) == (2, 4))
        #expect(coverage.count(of: .threshold) == (3, 4))
        #expect(
            coverage.uncovered.map(\.uncoveredText) == [
                "rule `no-partner` decides no case",
                "rule `special` decides no case",
                "rule `notice` decides no case",
                "no case ends at rung `inside`",
                "no case ends at rung `top`",
                "no case where `score < 30` does not hold (in `low-score`)",
            ])
        let places = coverage.uncovered.map { "\($0.location.line):\($0.location.column)" }
        let rule = Fixtures.location(of: "id: no-partner")
        let threshold = Fixtures.location(of: "score < 30")
        #expect(places.first == "\(rule.line):\(rule.column)")
        #expect(places.last == "\(threshold.line):\(threshold.column)")
        #expect(RuleCoverage(ruleSet: ruleSet, profiles: []).percentageText == "0%")
    }

    @Test func coverageIsOverEveryFileThatTestsTheSameRules() throws {
        let first = try Self.testFile(Self.cases([("one", "facts: { help: false }", "self")]))
        let folder = first.deletingLastPathComponent()
        let second = folder.appendingPathComponent("more.tests.yaml")
        try Self.cases([("two", "facts: { category: special }", "top")])
            .write(to: second, atomically: true, encoding: .utf8)
        let report = RuleTestRunner.run([
            (first.path, RuleTestLoader.load(contentsOf: first.path)),
            (second.path, RuleTestLoader.load(contentsOf: second.path)),
        ])
        #expect(report.coverage.count == 1)
        let coverage = try #require(report.coverage.first)
        #expect(coverage.cases == 2)
        #expect(coverage.count(of: .rung) == (2, 4))
        #expect(report.status == .passed)
        #expect(report.passed == 2 && report.failed == 0)
    }

    // MARK: JUnit

    @Test func junitHasASuitePerFileACasePerCaseAndFailures() throws {
        let good = try Self.testFile(
            Self.cases([
                ("passes <&>", "facts: { help: false }", "self"),
                ("fails \"quoted\"", "facts: { help: false }", "top"),
            ]))
        let bad = good.deletingLastPathComponent().appendingPathComponent("bad.tests.yaml")
        try "format: 1\nrules: rules.yaml\n".write(to: bad, atomically: true, encoding: .utf8)
        let report = RuleTestRunner.run([
            ("good.tests.yaml", RuleTestLoader.load(contentsOf: good.path)),
            ("bad.tests.yaml", RuleTestLoader.load(contentsOf: bad.path)),
        ])
        #expect(report.status == .badInput)
        let xml = JUnitRenderer.render(report)
        let document = try XMLDocument(data: Data(xml.utf8))
        let root = try #require(document.rootElement())
        #expect(root.name == "testsuites")
        #expect(root.attribute(forName: "tests")?.stringValue == "3")
        #expect(root.attribute(forName: "failures")?.stringValue == "1")
        #expect(root.attribute(forName: "errors")?.stringValue == "1")
        let suites = root.elements(forName: "testsuite")
        #expect(suites.map { $0.attribute(forName: "name")?.stringValue } == ["good.tests.yaml", "bad.tests.yaml"])
        let cases = suites[0].elements(forName: "testcase")
        #expect(cases.map { $0.attribute(forName: "name")?.stringValue } == ["passes <&>", "fails \"quoted\""])
        #expect(cases[0].elements(forName: "failure").isEmpty)
        let failure = try #require(cases[1].elements(forName: "failure").first)
        #expect(failure.attribute(forName: "message")?.stringValue == "route: expected top, got self")
        #expect(failure.stringValue?.contains("at \(good.path):") == true)
        let error = try #require(suites[1].elements(forName: "testcase").first?.elements(forName: "error").first)
        #expect(error.stringValue?.contains("a test file needs `cases` [missing-key]") == true)
    }

    // MARK: the command

    @Test func theCommandPrintsPassAndFailAndExitsWithOne() throws {
        let url = try Self.testFile(Self.mixed)
        let output = try CommandRunner.run(["test", "mini.tests.yaml"], in: url.deletingLastPathComponent())
        #expect(output.status == 1)
        #expect(output.stderr.isEmpty)
        try CommandRunner.expectGolden(output.stdout, "test-failing.txt")
    }

    @Test func aPassingRunExitsWithZero() throws {
        let url = try Self.testFile(Self.cases([("stays put", "facts: { help: false }", "self")]))
        let output = try CommandRunner.run(["test", url.path])
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix("\(url.path) (rules: \(url.deletingLastPathComponent().path)/rules.yaml)\n"))
        #expect(output.stdout.contains("PASS stays put\n\n1 passed, 0 failed\n"))
    }

    @Test func mistakesExitWithTwoAndArePrintedWithTheirPlace() throws {
        let url = try Self.testFile(Self.cases([("typo", "facts: { hepl: true }", "self")]))
        let output = try CommandRunner.run(["test", url.path])
        #expect(output.status == 2)
        #expect(
            output.stderr.hasPrefix(
                "\(url.path):5:14: error: unknown fact `hepl`; did you mean `help`? [unknown-fact]\n"))
        #expect(output.stdout.contains("NOT RUN \(url.path): 1 mistake"))
        let nowhere = try CommandRunner.run(["test", "no/such/folder"])
        #expect(nowhere.status == 2)
        #expect(nowhere.stderr.contains("no such file or folder `no/such/folder`"))
    }

    @Test func coverageBelowTheMinimumExitsWithFive() throws {
        let url = try Self.testFile(Self.cases([("stays put", "facts: { help: false }", "self")]))
        let below = try CommandRunner.run(["test", url.path, "--min-coverage", "90"])
        #expect(below.status == 5)
        #expect(below.stdout.contains("below the minimum of 90% (--min-coverage)"))
        #expect(below.stdout.contains(": rule `asks-help` decides no case\n"))
        let above = try CommandRunner.run(["test", url.path, "--min-coverage", "10"])
        #expect(above.status == 0)
        let invalid = try CommandRunner.run(["test", url.path, "--min-coverage", "101"])
        #expect(invalid.status == 64)
    }

    @Test func theJUnitFileIsWrittenWhole() throws {
        let url = try Self.testFile(Self.mixed)
        let folder = url.deletingLastPathComponent()
        let output = try CommandRunner.run(["test", url.path, "--junit", "report.xml"], in: folder)
        #expect(output.status == 1)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["mini.tests.yaml", "report.xml", "rules.yaml"])
        let document = try XMLDocument(contentsOf: folder.appendingPathComponent("report.xml"))
        #expect(document.rootElement()?.attribute(forName: "failures")?.stringValue == "1")
        let unwritable = try CommandRunner.run(["test", url.path, "--junit", "missing/report.xml"], in: folder)
        #expect(unwritable.status == 74)
        #expect(unwritable.stderr.contains("cannot write `missing/report.xml`: its folder does not exist"))
    }

    @Test func jsonGithubAndSarifFormats() throws {
        let url = try Self.testFile(Self.mixed)
        let json = try CommandRunner.run(["test", url.path, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["status"] as? String == "failed")
        #expect(object["passed"] as? Int == 1 && object["failed"] as? Int == 1)
        #expect((object["coverage"] as? [[String: Any]])?.first?["ruleSet"] as? String == "mini")

        let github = try CommandRunner.run(["test", url.path, "--format", "github"])
        #expect(github.status == 1)
        let lines = github.stdout.split(separator: "\n")
        #expect(
            lines.first?.hasPrefix("::error file=\(url.path),line=7,col=5,title=test-failed::case `a school") == true)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("::warning ") })

        let sarif = try CommandRunner.run(["test", url.path, "--format", "sarif"])
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
    }

    @Test func aFolderMeansItsTestFilesSorted() throws {
        let url = try Self.testFile(Self.cases([("b", "facts: { help: false }", "self")]), name: "b.tests.yaml")
        let folder = url.deletingLastPathComponent()
        try Self.cases([("a", "facts: { help: false }", "self")])
            .write(to: folder.appendingPathComponent("a.tests.yaml"), atomically: true, encoding: .utf8)
        let output = try CommandRunner.run(["test", "."], in: folder)
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix("./a.tests.yaml (rules: rules.yaml)\nPASS a\n\n./b.tests.yaml"))
        #expect(output.stdout.contains("by 2 cases"))
    }

    @Test func theHelpDocumentsTheExitCodes() throws {
        let output = try CommandRunner.run(["test", "--help"])
        #expect(output.stdout.contains("1   a case failed"))
        #expect(output.stdout.contains("5   coverage of a rule set is below --min-coverage"))
        #expect(output.stdout.contains("support-router test Rules/ --junit"))
    }

    @Test func theShippedRuleTestsPassWithFullCoverage() throws {
        let output = try CommandRunner.run(["test", "Rules/", "--min-coverage", "100"])
        #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
        #expect(output.stdout.contains(" 0 failed\n"))
        #expect(output.stdout.contains(": 100% ("))
        #expect(!output.stdout.contains("not covered"))
        try CommandRunner.expectGolden(output.stdout, "test-rules.txt")
    }
}
