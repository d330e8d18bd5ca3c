import Foundation
import SupportRouting

/// Writing to standard output and standard error.
enum Console {
    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Every diagnostic, one per line, then a count.
    static func report(_ list: DiagnosticList) {
        let errors = list.diagnostics.filter { $0.severity == .error }.count
        error(
            list.description
                + "\n\(errors) error\(errors == 1 ? "" : "s") in \(Set(list.diagnostics.map(\.location.file)).sorted().joined(separator: ", "))"
        )
    }

    /// Each bad row's diagnostics, then how many rows were skipped; nothing when there are none.
    static func reportSkippedRows(_ problems: [Diagnostic]) {
        guard !problems.isEmpty else { return }
        let bad = problems.filter { $0.id != "too-many-rows" }
        let rows = Set(bad.map { "\($0.location.file):\($0.location.line)" }).count
        var summary = rows == 0 ? "" : "\(rows) row\(rows == 1 ? "" : "s") skipped; the other rows were used"
        if bad.count < problems.count {
            summary += (summary.isEmpty ? "" : "; ") + "the rows after the --max-rows limit were not read"
        }
        error(problems.map(\.description).joined(separator: "\n") + "\n" + summary)
    }
}
