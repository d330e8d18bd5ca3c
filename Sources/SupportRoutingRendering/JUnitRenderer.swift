public import SupportRouting

/// Renders a rule test run as JUnit XML, which CI systems show as test results: one `testsuite`
/// per test file and one `testcase` per case, a `failure` for each failed case, and an `error`
/// for a test file that could not be run.
public enum JUnitRenderer {
    /// The report as a JUnit XML document.
    public static func render(_ report: RuleTestReport) -> String {
        let errors = report.files.filter { !$0.errors.isEmpty }.count
        let tests = report.passed + report.failed + errors
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<testsuites name="support-router test" tests="\#(tests)" failures="\#(report.failed)" errors="\#(errors)">"#,
        ]
        for file in report.files { lines += suiteLines(file) }
        lines.append("</testsuites>")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func suiteLines(_ file: RuleTestReport.FileReport) -> [String] {
        let name = escape(file.file)
        if !file.errors.isEmpty {
            let count = file.errors.count
            let message = "the test file could not be run: \(count) mistake\(count == 1 ? "" : "s")"
            let body = escape(file.errors.map(\.description).joined(separator: "\n"), content: true)
            return [
                #"  <testsuite name="\#(name)" tests="1" failures="0" errors="1">"#,
                #"    <testcase classname="\#(name)" name="load \#(name)" file="\#(name)">"#,
                #"      <error message="\#(escape(message))" type="bad-input">\#(body)</error>"#,
                "    </testcase>",
                "  </testsuite>",
            ]
        }
        let failures = file.results.filter { !$0.passed }.count
        var lines = [
            #"  <testsuite name="\#(name)" tests="\#(file.results.count)" failures="\#(failures)" errors="0">"#
        ]
        for result in file.results {
            let attributes =
                #"classname="\#(name)" name="\#(escape(result.name))" file="\#(escape(result.location.file))" line="\#(result.location.line)""#
            guard !result.passed else {
                lines.append("    <testcase \(attributes)/>")
                continue
            }
            let message = result.mismatches.map { "\($0.what): expected \($0.expected), got \($0.actual)" }
                .joined(separator: "; ")
            let details =
                result.mismatches.flatMap {
                    ["expected \($0.what): \($0.expected)", "actual \($0.what): \($0.actual)"]
                }
                + ["at \(result.location)"]
            let body = escape(details.joined(separator: "\n"), content: true)
            lines += [
                "    <testcase \(attributes)>",
                #"      <failure message="\#(escape(message))" type="mismatch">\#(body)</failure>"#,
                "    </testcase>",
            ]
        }
        lines.append("  </testsuite>")
        return lines
    }

    /// Text made safe for XML content and quoted attributes; characters XML 1.0 forbids are dropped,
    /// and line breaks are kept as written in content, as references in attributes.
    static func escape(_ text: String, content: Bool = false) -> String {
        var replacements: [Unicode.Scalar: String] = [
            "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&apos;", "\u{FFFE}": "", "\u{FFFF}": "",
        ]
        for value in UInt8(0)..<0x20 {
            let scalar = Unicode.Scalar(value)
            let isLineBreak = scalar == "\n" || scalar == "\t" || scalar == "\r"
            replacements[scalar] = isLineBreak ? (content ? String(scalar) : "&#\(value);") : ""
        }
        return text.replacingScalars(replacements)
    }
}
