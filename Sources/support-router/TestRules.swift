import ArgumentParser
import Foundation
import SupportRouting
import SupportRoutingYAML

/// `support-router test [FILES...]`: runs rule test files and reports how much of the rules they cover.
struct TestRules: ParsableCommand {
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

            Examples:
              support-router test
              support-router test Rules/england-2008.tests.yaml --min-coverage 100
              support-router test Rules/ --junit build/rule-tests.xml --format github

            Exit codes:
              0   every case passed, and coverage is at least --min-coverage
              1   a case failed
              2   bad input: a test file, or a rule or profile file it names, has mistakes
              5   coverage of a rule set is below --min-coverage
              64  usage: unknown option or missing argument
            """)

    @Argument(help: ArgumentHelp("Test files (*.tests.yaml) or folders of them.", valueName: "files"))
    var files: [String] = ["Rules/"]

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
        if let minCoverage, !(0...100).contains(minCoverage) {
            throw ValidationError("--min-coverage must be a percentage from 0 to 100, not \(minCoverage)")
        }
    }

    func run() throws {
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
            Console.print(RuleTestTextRenderer.render(report))
        case .json: Console.print(try JSONOutput.encode(report))
        case .github: Console.print(CIReport.github(report.diagnostics))
        case .sarif: Console.print(CIReport.sarif(report.diagnostics, tool: "support-router", version: "0.1.0"))
        }
        if let junit, !JUnitFile.write(JUnitRenderer.render(report), to: junit) { throw ExitStatus.badInput }
        switch report.status {
        case .badInput: throw ExitStatus.badInput
        case .failed: throw ExitStatus.testFailed
        case .belowCoverage: throw ExitStatus.coverageBelowMinimum
        case .passed: break
        }
    }
}

/// Writes a report file whole or not at all: a temporary file in the same folder, then a rename.
enum JUnitFile {
    /// Whether the file was written; why not is printed to standard error.
    static func write(_ text: String, to path: String) -> Bool {
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp")
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            Console.error("error: cannot write the JUnit report: `\(path)` is a folder")
            return false
        }
        do {
            try Data(text.utf8).write(to: temporary)
        } catch {
            Console.error(
                "error: cannot write the JUnit report `\(path)`: the folder `\(folder.path)` is missing or not writable"
            )
            return false
        }
        guard rename(temporary.path, target.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            Console.error("error: cannot write the JUnit report `\(path)`")
            return false
        }
        return true
    }
}
