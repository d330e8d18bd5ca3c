import Foundation
import SupportRouting
import SupportRoutingRendering
import Testing

/// Text from a rule file, a profile or a test file never reaches a terminal or a CI log with its
/// control characters raw: an escape sequence could clear the screen, and a line break could start
/// a line GitHub Actions reads as a command. Every text output shows them as `\e`, `\n`, `\u{7f}`.
struct EscapingTests {
    static let escape = "\u{1B}"

    /// A profile whose texts hold escape sequences and line breaks, written with YAML's own escapes.
    static let hostileProfile = #"""
        about:
          name: "North\e[2Jfield\nSchool"
          story: "A story\e[31m in red\n::error::from the story"
        phase: secondary
        ofsted:
          overall: good
          capacity_to_improve: good
        self_evaluation:
          needs_external_help: true
        weak_areas: [department]
        weak_department: "sci\e[2J\e[31mence\n::error::from a fact"
        in_school:
          leader_with_capacity: true
        """#

    static func expectNothingRaw(
        _ output: CommandRunner.Output, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        for (name, text) in [("stdout", output.stdout), ("stderr", output.stderr)] {
            #expect(!text.contains(escape), "raw escape on \(name)", sourceLocation: sourceLocation)
            let injected = text.split(separator: "\n").filter { $0.hasPrefix("::") }
            #expect(injected.isEmpty, "a line of \(name) starts with `::`: \(injected)", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: ["route", "explain"])
    func textFromAProfileIsShownEscaped(_ command: String) throws {
        let file = try CommandRunner.temporaryFile(Self.hostileProfile, name: "hostile.yaml")
        let output = try CommandRunner.run([command, file.path])
        #expect(output.status == 0, "\(output.stderr)")
        Self.expectNothingRaw(output)
        #expect(output.stdout.contains(#"North\e[2Jfield\nSchool"#))
        #expect(output.stdout.contains(#"sci\e[2J\e[31mence\n::error::from a fact"#))
    }

    @Test(arguments: ["route", "explain"])
    func aValueInAnErrorIsShownEscaped(_ command: String) throws {
        let file = try CommandRunner.temporaryFile(#"phase: "prim\e[2J\e[31mary""# + "\n", name: "prim.yaml")
        let output = try CommandRunner.run([command, file.path])
        #expect(output.status == 2)
        Self.expectNothingRaw(output)
        #expect(output.stderr.contains(#"`prim\e[2J\e[31mary` is not a value of `phase`"#), "\(output.stderr)")
    }

    @Test func theOtherFormatsOfExplainShowNoRawEscape() throws {
        let file = try CommandRunner.temporaryFile(Self.hostileProfile, name: "hostile.yaml")
        for format in ["markdown", "html", "json"] {
            let output = try CommandRunner.run(["explain", file.path, "--format", format])
            #expect(output.status == 0)
            #expect(!output.stdout.contains(Self.escape), "raw escape in --format \(format)")
        }
    }

    /// A test file with a passing and a failing case, each named with a line break and a command.
    static func hostileTests() throws -> URL {
        try RuleTestingTests.testFile(
            """
            format: 1
            rules: rules.yaml
            cases:
              - name: "stays put\\n::error::boom"
                facts: { help: false }
                expect: self
              - name: "fails\\e[2J\\n::error::boom"
                facts: { help: false }
                expect: top
            """)
    }

    @Test func aCaseNameCannotStartALineOfTheTextReport() throws {
        let output = try CommandRunner.run(["test", try Self.hostileTests().path])
        #expect(output.status == 1)
        Self.expectNothingRaw(output)
        #expect(output.stdout.contains(#"PASS stays put\n::error::boom"#))
        #expect(output.stdout.contains(#"FAIL fails\e[2J\n::error::boom"#))
    }

    @Test func aCaseNameCannotAddAGitHubAnnotation() throws {
        let output = try CommandRunner.run(["test", try Self.hostileTests().path, "--format", "github"])
        #expect(output.status == 1)
        #expect(!output.stdout.contains(Self.escape))
        let lines = output.stdout.split(separator: "\n")
        #expect(!lines.isEmpty)
        #expect(lines.allSatisfy { $0.hasPrefix("::error file=") || $0.hasPrefix("::warning file=") }, "\(lines)")
        #expect(!lines.contains { $0.hasPrefix("::error::boom") })
    }

    @Test func aDiagnosticKeepsItsNotesOnTheirOwnLinesAndEscapesTheRest() {
        let diagnostic = Diagnostic(
            id: "x", message: "`a\u{1B}[2J\nb\u{7F}\u{9B}`",
            location: SourceLocation(file: "f\u{7}.yaml", line: 2, column: 3), notes: ["first\r", "second"])
        #expect(
            diagnostic.description
                == #"f\u{7}.yaml:2:3: error: `a\e[2J\nb\u{7f}\u{9b}` [x]"# + "\n" + #"    note: first\r"# + "\n"
                + "    note: second")
    }

    @Test func gitHubAnnotationsEscapeAsGitHubDocumentsAndShowControlCharactersEscaped() {
        let diagnostic = Diagnostic(
            id: "x", message: "100% `a\nb\u{1B}`", location: SourceLocation(file: "a,b:c.yaml", line: 1, column: 2),
            notes: ["a note"])
        #expect(
            CIReport.github([diagnostic])
                == #"::error file=a%2Cb%3Ac.yaml,line=1,col=2,title=x::100%25 `a\nb\e`%0Aa note"# + "\n")
    }
}
