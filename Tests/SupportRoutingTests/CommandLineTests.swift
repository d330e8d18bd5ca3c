import Foundation
import Testing

/// The `support-router` executable end to end: output, standard error and exit codes.
struct CommandLineTests {
    @Test func routePrintsTheAnswer() throws {
        let output = try CommandRunner.run(["route", "Samples/riverside-high.yaml"])
        #expect(output.status == 0)
        #expect(output.stderr.isEmpty)
        try CommandRunner.expectGolden(output.stdout, "route-riverside-high.txt")
    }

    @Test func routeAnswersSeveralProfiles() throws {
        let output = try CommandRunner.run([
            "route", "Samples/kingsdown-school.yaml", "Samples/northfield-science.yaml",
        ])
        #expect(output.status == 0)
        #expect(output.stdout.contains("route: local-family (rung 3)"))
        #expect(output.stdout.contains("route: in-school (rung 2)"))
    }

    @Test func anUndecidedProfileExitsWithThree() throws {
        let output = try CommandRunner.run(["route", "Samples/willow-primary-undecided.yaml"])
        #expect(output.status == 3)
        try CommandRunner.expectGolden(output.stdout, "route-willow-undecided.txt")
    }

    @Test func routeAsJSON() throws {
        let output = try CommandRunner.run(["route", "Samples/st-aidans-school.yaml", "--format", "json"])
        #expect(output.status == 0)
        let answers = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
        let route = try #require(answers.first?["route"] as? [String: Any])
        #expect(route["id"] as? String == "nle-nss")
        #expect(answers.first?["decided"] as? Bool == true)
    }

    @Test func explainShowsTheWholeWalk() throws {
        let output = try CommandRunner.run(["explain", "Samples/riverside-high.yaml"])
        #expect(output.status == 0)
        try CommandRunner.expectGolden(output.stdout, "explain-riverside-high.txt")
    }

    @Test func explainAsMarkdown() throws {
        let output = try CommandRunner.run(["explain", "Samples/kingsdown-school.yaml", "--format", "markdown"])
        #expect(output.status == 0)
        try CommandRunner.expectGolden(output.stdout, "explain-kingsdown-school.md")
    }

    @Test func explainAsHTMLIsOneSelfContainedPage() throws {
        let output = try CommandRunner.run(["explain", "Samples/st-aidans-school.yaml", "--format", "html"])
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix("<!doctype html>"))
        #expect(output.stdout.contains("</html>"))
        #expect(output.stdout.contains("A National Leader of Education and a National Support School"))
        #expect(!output.stdout.contains("<script"))
        #expect(!output.stdout.contains("<link"))
        #expect(output.stdout.contains("St Aidan&#39;s School") || output.stdout.contains("St Aidan&#x27;s School"))
    }

    @Test func explainAsJSONCarriesTheCounterfactuals() throws {
        let output = try CommandRunner.run(["explain", "Samples/northfield-science.yaml", "--format", "json"])
        #expect(output.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let counterfactuals = try #require(object["counterfactuals"] as? [[String: Any]])
        #expect(!counterfactuals.isEmpty)
        #expect((object["rungs"] as? [Any])?.count == 2)
    }

    @Test func aTypoInAProfileGetsItsPlaceAndExitCodeTwo() throws {
        let profile = try CommandRunner.temporaryFile(
            "phase: secondary\nofsted:\n  categry: special_measure\nweak_areas: [behavior]\n", name: "typo.yaml")
        let output = try CommandRunner.run(["route", profile.path])
        #expect(output.status == 2)
        #expect(output.stdout.isEmpty)
        #expect(
            output.stderr == """
                \(profile.path):3:3: error: unknown fact `ofsted.categry`; did you mean `ofsted.category`? [unknown-fact]
                \(profile.path):4:14: error: `behavior` is not a value of `weak_areas` (teaching_and_learning, leadership, data_and_assessment, behaviour, department); did you mean `behaviour`? [unknown-value]
                2 errors in \(profile.path)

                """)
    }

    @Test func aTypoInARuleFileGetsItsPlaceAndExitCodeTwo() throws {
        let shipped = try String(
            contentsOf: Fixtures.repositoryRoot.appendingPathComponent("Rules/england-2008.yaml"), encoding: .utf8)
        let broken = shipped.replacingOccurrences(
            of: "if: ofsted.category == special_measures", with: "if: ofsted.category == special_measure")
        #expect(broken != shipped)
        let rules = try CommandRunner.temporaryFile(broken, name: "rules.yaml")
        let output = try CommandRunner.run(["route", "--rules", rules.path, "Samples/oakfield-primary.yaml"])
        #expect(output.status == 2)
        let place = Fixtures.location(of: "special_measure\n", in: broken, file: rules.path)
        #expect(
            output.stderr.hasPrefix(
                "\(place): error: `special_measure` is not a value of `ofsted.category` (none, notice_to_improve, special_measures); did you mean `special_measures`? [unknown-value]"
            ))
    }

    @Test func aMissingFileIsBadInput() throws {
        let output = try CommandRunner.run(["route", "Samples/no-such-school.yaml"])
        #expect(output.status == 2)
        #expect(
            output.stderr.hasPrefix(
                "Samples/no-such-school.yaml:1:1: error: no such file `Samples/no-such-school.yaml` [no-such-file]"))
    }

    @Test func theShippedRulesWorkFromAnyDirectory() throws {
        let sample = Fixtures.repositoryRoot.appendingPathComponent("Samples/oakfield-primary.yaml").path
        let output = try CommandRunner.run(["route", sample], in: FileManager.default.temporaryDirectory)
        #expect(output.status == 0)
        #expect(output.stdout.contains("route: self-evaluation (rung 1)"))
    }

    @Test func usageMistakesExitWith64() throws {
        let output = try CommandRunner.run(["route", "--format", "xml", "Samples/oakfield-primary.yaml"])
        #expect(output.status == 64)
        #expect(output.stderr.contains("xml"))
        #expect(try CommandRunner.run(["route"]).status == 64)
    }

    @Test func helpTeachesTheExitCodes() throws {
        let output = try CommandRunner.run(["route", "--help"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("3   undecided: a profile leaves out a fact that decides its route"))
        #expect(output.stdout.contains("--rules <file>"))
    }

    @Test func routeJSONReportsAProfilesMistakes() throws {
        let profile = try CommandRunner.temporaryFile("phase: tertiary\n", name: "bad.json")
        let output = try CommandRunner.run(["route", "Samples/oakfield-primary.yaml", profile.path, "--format", "json"])
        #expect(output.status == 2)
        let answers = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
        #expect(answers.count == 2)
        let errors = try #require(answers.last?["errors"] as? [[String: Any]])
        #expect(errors.first?["id"] as? String == "unknown-value")
        #expect((errors.first?["location"] as? [String: Any])?["line"] as? Int == 1)
    }

    @Test func aTemplateFromFactsReadsBackAsAProfile() throws {
        let template = try CommandRunner.run(["facts", "--template"])
        #expect(template.status == 0)
        let file = try CommandRunner.temporaryFile(template.stdout, name: "template.yaml")
        let output = try CommandRunner.run(["route", file.path])
        #expect(output.stderr.isEmpty)
        #expect(output.status == 3)
        let list = try CommandRunner.run(["facts"])
        #expect(list.stdout.contains("ofsted.category"))
        #expect(list.stdout.contains("one of: none | notice_to_improve | special_measures (default: none)"))
    }

    @Test func theVersionIsPrinted() throws {
        let output = try CommandRunner.run(["--version"])
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix("support-router "))
    }
}
