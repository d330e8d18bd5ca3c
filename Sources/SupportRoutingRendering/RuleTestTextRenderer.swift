public import SupportRouting

/// Renders a rule test run as a test runner does: a line per case, the differences of each failed
/// case, a summary, and the coverage of each rule set with what no case covers.
public enum RuleTestTextRenderer {
    /// The whole report as text for a terminal or a CI log.
    public static func render(_ report: RuleTestReport) -> String {
        var lines: [String] = []
        for file in report.files {
            if !file.errors.isEmpty {
                let count = file.errors.filter { $0.severity == .error }.count
                lines.append("NOT RUN \(file.file): \(count) mistake\(count == 1 ? "" : "s") (listed as errors)")
                continue
            }
            // A blank line between the files' cases, so each file's heading stands out.
            if !lines.isEmpty { lines.append("") }
            lines.append("\(file.file) (rules: \(file.rules ?? "?"))")
            for result in file.results { lines += caseLines(result) }
        }
        let notRun = report.files.filter { !$0.errors.isEmpty }.count
        lines.append("")
        lines.append(
            "\(report.passed) passed, \(report.failed) failed"
                + (notRun > 0 ? ", \(notRun) file\(notRun == 1 ? "" : "s") not run" : ""))
        for coverage in report.coverage {
            lines.append("")
            lines += coverageLines(coverage, minimum: report.minimumCoverage)
        }
        return lines.joinedAsLines() + "\n"
    }

    private static func caseLines(_ result: RuleTestResult) -> [String] {
        guard !result.passed else { return ["PASS \(result.name)"] }
        var pairs: [(String, String)] = []
        for mismatch in result.mismatches {
            pairs.append(("expected \(mismatch.what):", mismatch.expected))
            pairs.append(("actual \(mismatch.what):", mismatch.actual))
        }
        if result.expected.rules == nil, result.mismatches.contains(where: { $0.what == "route" }) {
            let rules = result.actual.rules
            pairs.append(("deciding rules:", rules.isEmpty ? "none" : rules.joined(separator: ", ")))
        }
        let width = pairs.map(\.0.count).max() ?? 0
        var lines = ["FAIL \(result.name)"]
        for (label, value) in pairs {
            lines.append("    " + label + String(repeating: " ", count: width - label.count + 1) + value)
        }
        lines.append("    at \(result.location)")
        return lines
    }

    private static func coverageLines(_ coverage: RuleCoverage, minimum: Double?) -> [String] {
        var lines = [
            "coverage of \(coverage.ruleSet) (\(coverage.file)) by \(coverage.cases) case\(coverage.cases == 1 ? "" : "s"): "
                + "\(coverage.percentageText) (\(coverage.covered) of \(coverage.items.count) items)"
        ]
        let kinds: [(CoverageItem.Kind, String)] = [
            (.rule, "rules that decide a case"), (.advice, "advice that applies"),
            (.rung, "rungs that are an outcome"), (.threshold, "sides of thresholds"),
        ]
        let width = kinds.map(\.1.count).max() ?? 0
        for (kind, label) in kinds {
            let count = coverage.count(of: kind)
            lines.append(
                "  \(label):" + String(repeating: " ", count: width - label.count + 1)
                    + "\(count.covered) of \(count.total)")
        }
        if !coverage.uncovered.isEmpty {
            lines.append("  not covered:")
            for item in coverage.uncovered { lines.append("    \(item.location): \(item.uncoveredText)") }
        }
        if let minimum, !coverage.meets(minimum) {
            lines.append("  below the minimum of \(RuleCoverage.percentText(minimum)) (--min-coverage)")
        }
        return lines
    }
}
