import ArgumentParser
import Foundation
import ShippedRules
import SupportRouting
import SupportRoutingRendering
import SupportRoutingYAML

/// `support-router check [RULES...]`: load errors and an exact analysis of each rule set.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check rule sets: load errors and an exact analysis of the escalation path.",
        discussion: """
            Reports every load error, then analyses each rule set exactly, over every profile (facts left out included): \
            conditions that can never hold, escalation rules that never decide anything (naming the \
            rules that cover them), routes no profile reaches or gets, start_at rules masked by \
            others, advice that never applies, and profiles that would climb past the top rung. \
            Findings carry file:line:column, the rule ids and, where it helps, a witness profile.

            Examples:
              support-router check Rules/
              support-router check Rules/england-2008.yaml --format github
              support-router check --ruleset england-2026

            A folder means the rule files directly in it: *.yaml and *.yml, other than test files \
            (*.tests.yaml). Subfolders are not searched. A folder with no rule files is an error (exit 2).

            Exit codes:
              0   no errors (warnings are printed but pass, unless --warnings-as-errors)
              1   the analysis found errors
              2   bad input: a rule file cannot be loaded
            \(ExitStatus.commonHelpLines)
            """)

    @Argument(
        help: ArgumentHelp(
            "Rule files or folders of them. Default: Rules/, unless --ruleset is given.", valueName: "rules"))
    var paths: [String] = []

    @Option(
        name: .customLong("ruleset"),
        help: ArgumentHelp(
            "Check a rule set shipped in the tool, by id (england-2008, england-2026); may be repeated.",
            valueName: "id"))
    var rulesets: [String] = []

    @OptionGroup(title: "Limits on input files") var inputLimits: InputLimitOptions

    @Option(help: "Output format: text, json, github (workflow annotations) or sarif.")
    var format: CIFormat = .text

    @Flag(help: "Fail on warnings as well as errors.")
    var warningsAsErrors = false

    @Option(
        help: ArgumentHelp(
            "Stop the analysis of a rule set after this many steps (branches of its decision diagrams).",
            valueName: "steps"))
    var maxAnalysisSteps = RuleSetChecker.defaultMaximumSteps

    func validate() throws {
        try InputLimitOptions.check(maxAnalysisSteps, in: 1...1_000_000_000_000, option: "--max-analysis-steps")
        for id in rulesets { try RuleOptions.checkShipped(id) }
    }

    func run() throws {
        var failedToLoad = false
        var allFindings: [(file: String, findings: [Finding], summary: String)] = []
        var proven: [String] = []
        var loadDiagnostics: [Diagnostic] = []
        var files: [String] = []
        if !paths.isEmpty || rulesets.isEmpty {
            switch RuleFiles.expand(paths.isEmpty ? ["Rules/"] : paths) {
            case .success(let found): files = found
            case .failure(let list):
                // Checking nothing must never pass a CI gate, in any format.
                Console.report(list)
                throw ExitStatus.badInput
            }
        }
        let loads =
            files.map { ($0, RuleSetLoader.load(contentsOf: $0, limits: inputLimits.limits)) }
            + rulesets.map { id in
                ("Rules/" + (RuleOptions.shipped(id)?.fileName ?? id), RuleOptions.loadShipped(id, limits: inputLimits))
            }
        for (file, loaded) in loads {
            switch loaded {
            case .failure(let list):
                failedToLoad = true
                loadDiagnostics += list.diagnostics
                if format == .text { Console.report(list) }
            case .success(let ruleSet):
                let result = RuleSetChecker.analyse(ruleSet, maximumSteps: maxAnalysisSteps)
                proven += result.provenInvariants
                let findings = result.findings
                let outcome =
                    findings.isEmpty
                    ? "no problems found" : "\(findings.count) finding\(findings.count == 1 ? "" : "s")"
                let invariants =
                    ruleSet.invariants.isEmpty
                    ? "" : "; \(result.provenInvariants.count) of \(ruleSet.invariants.count) invariants proven"
                let summary =
                    "\(file): \(outcome) (\(ruleSet.routes.count) routes, \(ruleSet.allRules.count) rules, \(ruleSet.schema.count) facts\(invariants))"
                allFindings.append((file, findings, summary))
            }
        }
        let findings = allFindings.flatMap(\.findings)
        switch format {
        case .text:
            for entry in allFindings {
                for finding in entry.findings { try Console.print(FindingText.render(finding)) }
                try Console.print(entry.summary.escapingControlCharacters + "\n")
            }
        case .json:
            try Console.print(
                try JSONOutput.encode(
                    CheckReport(loadErrors: loadDiagnostics, findings: findings, provenInvariants: proven)))
        case .github: try Console.print(CIReport.github(loadDiagnostics + findings.map(\.diagnostic)))
        case .sarif:
            try Console.print(
                CIReport.sarif(loadDiagnostics + findings.map(\.diagnostic), tool: "support-router", version: "0.1.0"))
        }
        if failedToLoad { throw ExitStatus.badInput }
        let failing = findings.contains {
            $0.diagnostic.severity == .error || (warningsAsErrors && $0.diagnostic.severity == .warning)
        }
        if failing { throw ExitCode(1) }
    }
}

/// The formats `check` and `test` can write.
enum CIFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, github, sarif
}

/// The JSON shape of a `check` run.
struct CheckReport: Encodable {
    let loadErrors: [Diagnostic]
    let findings: [Finding]
    let provenInvariants: [String]
}
