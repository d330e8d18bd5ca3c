/// The whole of a rule test run: each test file's results or mistakes, coverage for each rule set,
/// and the outcome that decides the exit status.
public struct RuleTestReport: Sendable, Hashable, Encodable {
    /// One test file: its cases' results, or the mistakes that kept it from running.
    public struct FileReport: Sendable, Hashable, Encodable {
        /// The test file.
        public let file: String
        /// The rule file it tests, when it loaded.
        public let rules: String?
        /// Each case's result, in file order.
        public let results: [RuleTestResult]
        /// The mistakes in the test file or the files it names; the file is not run when there are any.
        public let errors: [Diagnostic]
    }

    /// The outcome of a run, most serious first.
    public enum Status: String, Sendable, Hashable, Encodable {
        /// A test file or the files it names have mistakes.
        case badInput = "bad-input"
        /// A case got another answer than the one expected.
        case failed
        /// A rule set's coverage is below the minimum asked for.
        case belowCoverage = "below-coverage"
        /// Every case passed, with enough coverage.
        case passed
    }

    /// Each test file, in the order run.
    public let files: [FileReport]
    /// The coverage of each rule set tested, over all the cases of the run that test it.
    public let coverage: [RuleCoverage]
    /// The coverage percentage each rule set must reach, if one was asked for.
    public let minimumCoverage: Double?
    /// The number of cases that passed.
    public let passed: Int
    /// The number of cases that failed.
    public let failed: Int
    /// The outcome.
    public let status: Status

    /// Creates a report and works out its outcome.
    public init(files: [FileReport], coverage: [RuleCoverage], minimumCoverage: Double?) {
        self.files = files
        self.coverage = coverage
        self.minimumCoverage = minimumCoverage
        let results = files.flatMap(\.results)
        passed = results.filter(\.passed).count
        failed = results.count - passed
        status =
            if files.contains(where: { !$0.errors.isEmpty }) {
                .badInput
            } else if failed > 0 {
                .failed
            } else if let minimumCoverage, coverage.contains(where: { !$0.meets(minimumCoverage) }) {
                .belowCoverage
            } else {
                .passed
            }
    }

    /// The report as diagnostics for CI annotations: mistakes and failed cases as errors, coverage
    /// below the minimum as an error, and what no case covers as warnings. A mistake in a rule file
    /// that several test files name is listed once.
    public var diagnostics: [Diagnostic] {
        var seen = Set<Diagnostic>()
        var list = files.flatMap(\.errors).filter { seen.insert($0).inserted }
        for result in files.flatMap(\.results) where !result.passed {
            let differences = result.mismatches.map { "\($0.what): expected \($0.expected), got \($0.actual)" }
            list.append(
                Diagnostic(
                    id: "test-failed",
                    message: "case `\(result.name)` failed: \(differences.joined(separator: "; "))",
                    location: result.location))
        }
        for measured in coverage {
            if let minimumCoverage, !measured.meets(minimumCoverage) {
                list.append(
                    Diagnostic(
                        id: "coverage-below-minimum",
                        message: "the cases cover \(measured.percentageText) of `\(measured.ruleSet)`, "
                            + "below the minimum of \(RuleCoverage.percentText(minimumCoverage))",
                        location: SourceLocation(file: measured.file, line: 1, column: 1)))
            }
            for item in measured.uncovered {
                list.append(
                    Diagnostic(
                        id: "uncovered-\(item.kind.rawValue)", severity: .warning, message: item.uncoveredText,
                        location: item.location))
            }
        }
        return list
    }
}
