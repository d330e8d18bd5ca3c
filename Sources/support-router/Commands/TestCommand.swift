import ArgumentParser
import FileSafety
import Foundation
import ShippedRules
import SupportRouting
import SupportRoutingRendering
import SupportRoutingYAML

/// `support-router test [FILES...]`: runs rule test files and reports how much of the rules they cover.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run rule test files and report how much of the rules they cover.",
        discussion: """
            Each test file (*.tests.yaml) names a rule file and lists cases: a profile (a profile file, or \
            the facts written inline) and the route it should get, optionally with exactly the rules that \
            decide it and the advice that applies. Paths in a test file are relative to it. A folder \
            means every *.tests.yaml file in it.

            Prints PASS or FAIL for each case, with the expected and actual answers of a failed case, then \
            the coverage of each rule set over all the cases: rules that decide no case, advice that applies \
            in no case, rungs that are no case's outcome, and numeric thresholds with no case on one side.

            Formats: text (terminal), json (the whole report), github (workflow annotations) and sarif \
            (code scanning); failed cases are errors there and what no case covers is a warning.

            --junit writes the same results as JUnit XML, whole or not at all, keeping the old file's mode \
            and writing through a symbolic link. It is refused over any file the run reads (a test file, a \
            rule file or a profile), and not written when the tests cannot be read (exit 2).

            --ruleset ID runs the tests shipped with a rule set of the tool, with its sample profiles, from \
            a temporary folder (paths are reported as they are in the repository).

            Examples:
              support-router test
              support-router test Rules/england-2008.tests.yaml --min-coverage 100
              support-router test --ruleset england-2026 --min-coverage 100
              support-router test Rules/ --junit build/rule-tests.xml --format github

            Exit codes:
              0   every case passed, and coverage is at least --min-coverage
              1   a case failed
              2   bad input: a test file, or a rule or profile file it names, has mistakes
              5   coverage of a rule set is below --min-coverage
            \(ExitStatus.commonHelpLines)
            """)

    @Argument(
        help: ArgumentHelp(
            "Test files (*.tests.yaml) or folders of them. Default: Rules/, unless --ruleset is given.",
            valueName: "files"))
    var files: [String] = []

    @Option(
        name: .customLong("ruleset"),
        help: ArgumentHelp(
            "Run the tests shipped with a rule set of the tool, by id; may be repeated.", valueName: "id"))
    var rulesets: [String] = []

    @Option(help: "Output format: text, json, github (workflow annotations) or sarif.")
    var format: CIFormat = .text

    @OptionGroup(title: "Limits on input files") var inputLimits: InputLimitOptions

    @Option(help: ArgumentHelp("Also write the results as JUnit XML to this file.", valueName: "file"))
    var junit: String?

    @Option(
        help: ArgumentHelp(
            "Fail (exit 5) when the cases cover less than this percentage of a rule set.", valueName: "pct"))
    var minCoverage: Double?

    func validate() throws {
        for id in rulesets { try RuleOptions.checkShipped(id) }
        if let minCoverage, !(0...100).contains(minCoverage) {
            throw ValidationError("--min-coverage must be a percentage from 0 to 100, not \(minCoverage)")
        }
    }

    func run() throws {
        guard !rulesets.isEmpty else { return try run(files.isEmpty ? ["Rules/"] : files) }
        // The shipped tests read their rule set and samples by relative path: they run from a copy.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "support-router-shipped-tests-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        var testFiles: [String] = []
        for id in rulesets {
            guard let shipped = RuleOptions.shipped(id), let tests = shipped.tests else { continue }
            let copy = StarterRepository(ruleSet: shipped, action: "").files.filter {
                $0.path.hasPrefix("Rules/") || $0.path.hasPrefix("Samples/")
            }
            for file in copy {
                let url = folder.appendingPathComponent(file.path)
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                // The shipped rule set as shipped, not renamed as a starter repository's copy is.
                try Data((file.path == "Rules/" + shipped.fileName ? shipped.text : file.text).utf8).write(to: url)
            }
            testFiles.append(tests.path)
        }
        let here = FileManager.default.currentDirectoryPath
        // Given files stay where they are; the shipped tests are read from the copy.
        let given = files.map { $0.hasPrefix("/") ? $0 : here + "/" + $0 }
        FileManager.default.changeCurrentDirectoryPath(folder.path)
        defer { FileManager.default.changeCurrentDirectoryPath(here) }
        try run(given + testFiles)
    }

    private func run(_ files: [String]) throws {
        var loaded: [(file: String, suite: Result<RuleTestSuite, DiagnosticList>)] = []
        for path in files {
            switch RuleTestLoader.testFiles([path]) {
            case .success(let testFiles):
                loaded += testFiles.map { ($0, RuleTestLoader.load(contentsOf: $0, limits: inputLimits.limits)) }
            case .failure(let list): loaded.append((path, .failure(list)))
            }
        }
        let report = RuleTestRunner.run(loaded, minimumCoverage: minCoverage)
        let errors = report.files.flatMap(\.errors)
        switch format {
        case .text:
            if !errors.isEmpty { Console.report(DiagnosticList(Array(Set(errors)))) }
            try Console.print(RuleTestTextRenderer.render(report))
        case .json: try Console.print(try JSONOutput.encode(report))
        case .github: try Console.print(CIReport.github(report.diagnostics))
        case .sarif: try Console.print(CIReport.sarif(report.diagnostics, tool: "support-router", version: "0.1.0"))
        }
        if let junit {
            // A run that could not read its tests has no results to report; an earlier report stays.
            if report.status == .badInput {
                Console.error("note: the JUnit report `\(junit)` was not written, because the tests could not be read")
            } else {
                try JUnitFile.write(JUnitRenderer.render(report), to: junit)
            }
        }
        switch report.status {
        case .badInput: throw ExitStatus.badInput
        case .failed: throw ExitStatus.testFailed
        case .belowCoverage: throw ExitStatus.coverageBelowMinimum
        case .passed: break
        }
    }
}

/// Writes a report file whole or not at all, never over a file the run read (see ``OutputFile``).
enum JUnitFile {
    static func write(_ text: String, to path: String) throws(OutputFailure) {
        do {
            let file = try OutputFile(path: path)
            try file.write(text)
            try file.commit()
        } catch {
            throw .file(error)
        }
    }
}
