import ArgumentParser
import ShippedRules
import SupportRouting
import SupportRoutingRendering
import SupportRoutingYAML

/// `support-router diff OLD NEW`: which profiles change route between two versions of a rule set.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two versions of a rule set: which profiles change route, exactly and over a corpus.",
        discussion: """
            Exactly: every class of profiles (facts left out included) whose route changes, described as conditions on \
            facts, with a witness profile for each. With --corpus: each profile of a folder, a JSON Lines \
            file or a CSV file whose route changes, with the rules behind the old and the new answer.

            Examples:
              support-router diff old/england-2008.yaml Rules/england-2008.yaml --corpus Samples/
              support-router diff old.yaml new.yaml --format markdown > comment.md
              support-router diff old.yaml new.yaml --fail-on-change
              support-router diff --ruleset england-2008 my-rules.yaml --corpus Samples/

            With --ruleset ID, the old rule set is the one shipped in the tool and only the new file is given.

            Exit codes:
              0   compared (routes may change, unless --fail-on-change)
              1   --fail-on-change and some profile changes route
              2   bad input: a rule file, the corpus or one of its profiles has mistakes
            \(ExitStatus.commonHelpLines)
            """)

    @Argument(
        help: ArgumentHelp(
            "The old and the new rule set (YAML); only the new one with --ruleset.", valueName: "old new"))
    var files: [String] = []

    @Option(help: ArgumentHelp("Compare with this rule set shipped in the tool, as the old one.", valueName: "id"))
    var ruleset: String?

    /// The old rule set's file, or the shipped set's path in the repository.
    var old: String { ruleset.map { "Rules/" + (RuleOptions.shipped($0)?.fileName ?? $0) } ?? files[0] }
    /// The new rule set's file.
    var new: String { files[files.count - 1] }

    @OptionGroup(title: "Limits on input files") var inputLimits: InputLimitOptions

    @Option(help: ArgumentHelp("Profiles to compare: a folder, a .jsonl or a .csv file.", valueName: "path"))
    var corpus: String?

    @Option(help: "Output format: text, markdown (for a pull-request comment) or json.")
    var format: DiffFormat = .text

    @Option(help: "The most alternative conditions to list for each change of route.")
    var maxConditions = 8

    @Option(
        help: ArgumentHelp(
            "Stop the exact comparison after this many steps (exit 2), as check does.",
            valueName: "steps"))
    var maxAnalysisSteps = RuleSetChecker.defaultMaximumSteps

    @Flag(help: "Exit with 1 when any profile changes route, for a CI gate.")
    var failOnChange = false

    enum DiffFormat: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json
    }

    func validate() throws {
        if let ruleset {
            try RuleOptions.checkShipped(ruleset)
            guard files.count == 1 else {
                throw ValidationError("with --ruleset, give only the new rule set (\(files.count) files given)")
            }
        } else if files.count != 2 {
            throw ValidationError(
                "give the old and the new rule set (\(files.count) given), or --ruleset ID and the new one")
        }
        try InputLimitOptions.check(maxConditions, in: 1...10_000, option: "--max-conditions")
        try InputLimitOptions.check(maxAnalysisSteps, in: 1...1_000_000_000_000, option: "--max-analysis-steps")
    }

    func run() throws {
        let oldLoaded =
            ruleset.map { RuleOptions.loadShipped($0, limits: inputLimits) }
            ?? RuleSetLoader.load(contentsOf: old, limits: inputLimits.limits)
        guard let oldRules = report(oldLoaded),
            let newRules = report(RuleSetLoader.load(contentsOf: new, limits: inputLimits.limits))
        else { throw ExitStatus.badInput }
        let exact = RuleSetDiff.compare(
            oldRules, newRules, maximumAlternatives: maxConditions, maximumSteps: maxAnalysisSteps)
        if let limit = exact.stepLimitPassed {
            Console.error(
                "error: `\(old)` and `\(new)` are too large to compare exactly: the comparison passed its limit of "
                    + "\(limit) steps; raise it with --max-analysis-steps, or split long conditions into several rules")
            throw ExitStatus.badInput
        }
        var corpusResult: CorpusComparison?
        var badProfiles = false
        if let corpus {
            switch CorpusReader.entries(at: corpus) {
            case .failure(let list):
                Console.report(list)
                throw ExitStatus.badInput
            case .success(let entries):
                let comparison = CorpusComparison.compare(entries, old: oldRules, new: newRules)
                for list in comparison.errors { Console.report(list) }
                badProfiles = !comparison.errors.isEmpty
                corpusResult = comparison
            }
        }
        let report = DiffReport(oldFile: old, newFile: new, exact: exact, corpusPath: corpus, corpus: corpusResult)
        switch format {
        case .text: try Console.print(report.text())
        case .markdown: try Console.print(report.markdown())
        case .json: try Console.print(try JSONOutput.encode(report))
        }
        if badProfiles { throw ExitStatus.badInput }
        if failOnChange, !exact.changes.isEmpty || !(corpusResult?.changes.isEmpty ?? true) { throw ExitCode(1) }
    }

    private func report(_ loaded: Result<RuleSet, DiagnosticList>) -> RuleSet? {
        switch loaded {
        case .success(let ruleSet): return ruleSet
        case .failure(let list):
            Console.report(list)
            return nil
        }
    }
}
