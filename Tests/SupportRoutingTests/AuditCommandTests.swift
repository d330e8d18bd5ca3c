import Foundation
import Testing

/// `check` and `diff` through the built executable: output, formats and exit codes.
struct AuditCommandTests {
    static let shipped =
        (try? String(
            contentsOf: Fixtures.repositoryRoot.appendingPathComponent("Rules/england-2008.yaml"), encoding: .utf8))
        ?? ""

    /// A copy of the shipped rules where a rule of in-school is covered by another.
    static func planted() throws -> URL {
        let text = shipped.replacingOccurrences(of: CheckTests.coveredRule.old, with: CheckTests.coveredRule.new)
        return try CommandRunner.temporaryFile(text, name: "planted.yaml")
    }

    @Test func checkPassesOnTheShippedRules() throws {
        let output = try CommandRunner.run(["check", "Rules/"])
        #expect(output.status == 0)
        #expect(
            output.stdout.hasPrefix(
                "Rules/england-2008.yaml: no problems found (5 routes, 35 rules, 26 facts; 9 of 9 invariants proven)\n")
        )
    }

    /// The limits on untrusted input apply to rule files and rule tests as they do to profiles.
    @Test(arguments: [
        (
            ["check", "Rules/england-2008.yaml", "--max-file-size", "1000"],
            "Rules/england-2008.yaml:1:1: error: the file is"
        ),
        (
            ["diff", "Rules/england-2008.yaml", "Rules/england-2008.yaml", "--max-depth", "2"],
            "nests deeper than 2 levels"
        ),
        (["test", "Rules/", "--max-string-length", "40"], "is longer than the limit of 40"),
        (
            ["route", "Samples/riverside-high.yaml", "--rules", "Rules/england-2008.yaml", "--max-values", "50"],
            "more than 50 values"
        ),
    ])
    func everyCommandTakesTheInputLimits(arguments: [String], message: String) throws {
        let output = try CommandRunner.run(arguments)
        #expect(output.status == 2, "\(arguments)")
        #expect(output.stderr.contains(message), "\(output.stderr)")
        #expect(output.stdout.isEmpty || arguments[0] == "test", "\(output.stdout)")
    }

    @Test func checkReportsWarningsAndFailsOnlyWhenAsked() throws {
        let file = try Self.planted()
        let output = try CommandRunner.run(["check", file.path])
        #expect(output.status == 0)
        #expect(output.stdout.contains("warning: rule `no-leader-in-primary` never decides anything"))
        #expect(output.stdout.contains("    witness (route "))
        #expect(try CommandRunner.run(["check", file.path, "--warnings-as-errors"]).status == 1)
    }

    @Test func checkWritesGitHubAnnotationsAndSARIF() throws {
        let file = try Self.planted()
        let github = try CommandRunner.run(["check", file.path, "--format", "github"])
        #expect(github.stdout.hasPrefix("::warning file=\(file.path),line="))
        #expect(github.stdout.contains(",title=rule-never-decides::rule `no-leader-in-primary` never decides anything"))
        let sarif = try CommandRunner.run(["check", file.path, "--format", "sarif"])
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let runs = try #require(log["runs"] as? [[String: Any]])
        let results = try #require(runs.first?["results"] as? [[String: Any]])
        #expect(results.first?["ruleId"] as? String == "rule-never-decides")
        let json = try CommandRunner.run(["check", file.path, "--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((report["findings"] as? [Any])?.count == 1)
    }

    @Test func checkOnABrokenFileIsBadInput() throws {
        let file = try CommandRunner.temporaryFile("format: 1\nruleset: x\n", name: "broken.yaml")
        let output = try CommandRunner.run(["check", file.path])
        #expect(output.status == 2)
        #expect(output.stderr.contains("error: the rule set needs `title` [missing-key]"))
    }

    @Test func diffDescribesEachChangeOfRouteAndGatesOnIt() throws {
        let changed = shippedWithWiderLeadershipRule()
        let new = try CommandRunner.temporaryFile(changed, name: "new.yaml")
        let output = try CommandRunner.run(["diff", "Rules/england-2008.yaml", new.path, "--corpus", "Samples/"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("Exactly: 2 changes of route"))
        #expect(output.stdout.contains("  in-school -> local-family when:"))
        #expect(output.stdout.contains("    - phase == primary and ofsted.overall != inadequate and "))
        #expect(
            output.stdout.contains(
                " and count(weak_areas) >= 2 and in_school.leader_with_capacity and local_family.partnership_healthy"))
        #expect(output.stdout.contains("Corpus Samples/: 0 of 20 profiles change route"))
        #expect(try CommandRunner.run(["diff", "Rules/england-2008.yaml", new.path, "--fail-on-change"]).status == 1)
        #expect(
            try CommandRunner.run(["diff", "Rules/england-2008.yaml", "Rules/england-2008.yaml", "--fail-on-change"])
                .status == 0)
        let markdown = try CommandRunner.run(["diff", "Rules/england-2008.yaml", new.path, "--format", "markdown"])
        #expect(markdown.stdout.contains("| `in-school` | `local-family` |"))
    }

    @Test func diffOverACorpusNamesTheProfilesThatMove() throws {
        // Without the notice-to-improve start, Riverside High climbs from the bottom instead.
        let changed = Self.shipped.replacingOccurrences(
            of: "    if: ofsted.category == notice_to_improve\n",
            with: "    if: ofsted.category == notice_to_improve and phase == special\n")
        let new = try CommandRunner.temporaryFile(changed, name: "new.yaml")
        let output = try CommandRunner.run([
            "diff", "Rules/england-2008.yaml", new.path, "--corpus", "Samples/", "--format", "json",
        ])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let corpus = try #require(report["corpus"] as? [String: Any])
        let changes = try #require(corpus["changes"] as? [[String: Any]])
        let riverside = try #require(changes.first { $0["profile"] as? String == "Samples/riverside-high.yaml" })
        #expect(riverside["from"] as? String == "la-commissioned")
        #expect((riverside["oldRules"] as? [String]) == ["notice-to-improve"])
    }

    @Test func diffReadsJSONLinesAndCSVCorpora() throws {
        let jsonl = try CommandRunner.temporaryFile(
            "{\"phase\": \"primary\", \"ofsted\": {\"category\": \"special_measures\"}}\n\n{\"phase\": \"secondary\", \"self_evaluation\": {\"needs_external_help\": false}}\n",
            name: "corpus.jsonl")
        let csv = try CommandRunner.temporaryFile(
            "phase,ofsted.category,weak_areas,self_evaluation.needs_external_help\nprimary,special_measures,leadership;behaviour,true\nsecondary,none,,false\n",
            name: "corpus.csv")
        for corpus in [jsonl, csv] {
            let output = try CommandRunner.run([
                "diff", "Rules/england-2008.yaml", "Rules/england-2008.yaml", "--corpus", corpus.path,
            ])
            #expect(output.status == 0, "\(output.stderr)")
            #expect(output.stdout.contains("0 of 2 profiles change route"))
        }
        let bad = try CommandRunner.temporaryFile("phase,ofsted.category\nprimary,special_measure\n", name: "bad.csv")
        let output = try CommandRunner.run([
            "diff", "Rules/england-2008.yaml", "Rules/england-2008.yaml", "--corpus", bad.path,
        ])
        #expect(output.status == 2)
        #expect(output.stderr.contains("\(bad.path):2:1:"))
    }

    private func shippedWithWiderLeadershipRule() -> String {
        Self.shipped.replacingOccurrences(
            of: "      - id: leadership-weak\n        if: weak_areas contains leadership\n",
            with:
                "      - id: leadership-weak\n        if: weak_areas contains leadership or (phase == primary and count(weak_areas) >= 2)\n"
        )
    }

    @Test func csvCorporaWithWindowsLineEndingsAndOneValueSetsAreRead() throws {
        let csv = try CommandRunner.temporaryFile(
            "phase,ofsted.category,weak_areas,self_evaluation.needs_external_help\r\nprimary,special_measures,leadership,true\r\nsecondary,none,,false\r\n",
            name: "windows.csv")
        let output = try CommandRunner.run([
            "diff", "Rules/england-2008.yaml", "Rules/england-2008.yaml", "--corpus", csv.path,
        ])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("0 of 2 profiles change route"))
    }

    @Test func aCorpusProfilesExpectationIsNotHeldAgainstTheNewRules() throws {
        // Removing the local-family rung leaves samples whose `expect` names it; they are still compared.
        let text = Self.shipped.replacingOccurrences(
            of: "[local-family, la-commissioned, nle-nss]", with: "[la-commissioned, nle-nss]"
        )
        .replacingOccurrences(of: "[local-family, nle-nss]", with: "[nle-nss]")
        .replacingOccurrences(of: "    on_routes: [local-family]\n", with: "")
        let start = try #require(text.range(of: "  - id: local-family\n"))
        let end = try #require(text.range(of: "  - id: la-commissioned\n"))
        let new = try CommandRunner.temporaryFile(
            text.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: ""), name: "no-family.yaml")
        let output = try CommandRunner.run(["diff", "Rules/england-2008.yaml", new.path, "--corpus", "Samples/"])
        #expect(output.stderr.isEmpty, "\(output.stderr)")
        #expect(output.stdout.contains("4 of 20 profiles change route"))
    }

    @Test func sarifLocationsAreURIs() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "support router \(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("a,b%c.yaml")
        try String(contentsOf: try Self.planted(), encoding: .utf8).write(to: file, atomically: true, encoding: .utf8)
        let sarif = try CommandRunner.run(["check", file.path, "--format", "sarif"])
        #expect(sarif.stdout.contains("support%20router%20"))
        #expect(sarif.stdout.contains("a%2Cb%25c.yaml"))
    }
}
