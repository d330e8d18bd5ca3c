import FileSafety
import SupportRouting
import Synchronization

/// Writing to standard output and standard error, where a failure is an error to report, never a crash.
///
/// A failed write to standard output stops the command (``OutputFailure``): what it was printing
/// is lost, so going on would only hide that. A failed write to standard error cannot be reported
/// anywhere; it is remembered, the command finishes its work (an output file is still completed),
/// and the exit status says so (``ExitStatus/outputFailed``).
enum Console {
    private static let standardErrorFailed = Atomic<Bool>(false)

    /// Whether a write to standard error has failed in this run.
    static var errorStreamFailed: Bool { standardErrorFailed.load(ordering: .relaxed) }

    /// Writes `text` to standard output as it is.
    static func print(_ text: some StringProtocol) throws(OutputFailure) {
        switch StandardStream.output.write(text) {
        case .written: break
        case .closed: throw .closed
        case .failed(let reason): throw .standardOutput(reason)
        }
    }

    /// Writes `text` to standard error, ending it with a newline.
    static func error(_ text: String) {
        raw(text.hasSuffix("\n") ? text : text + "\n")
    }

    /// Writes `text` to standard error exactly as it is (a progress bar's control characters).
    static func raw(_ text: String) {
        if StandardStream.error.write(text) != .written { standardErrorFailed.store(true, ordering: .relaxed) }
    }

    /// Every diagnostic, one per line, then a count.
    static func report(_ list: DiagnosticList) {
        let errors = list.diagnostics.filter { $0.severity == .error }.count
        error(
            list.description
                + "\n\(errors) error\(errors == 1 ? "" : "s") in "
                + Set(list.diagnostics.map(\.location.file)).sorted().joined(separator: ", ").escapingControlCharacters
        )
    }

    /// Enough bad rows to see the pattern, without flooding the terminal for a garbled file.
    static let problemsShown = 50

    /// The first ``problemsShown`` bad rows' diagnostics, then how many rows were skipped (`skippedRows`,
    /// which counts each line lost inside a quote never closed); nothing when there are none.
    static func reportSkippedRows(_ problems: [Diagnostic], skippedRows: Int) {
        guard !problems.isEmpty else { return }
        let limited = problems.contains { $0.id == "too-many-rows" }
        var lines = problems.prefix(problemsShown).map(\.description)
        if problems.count > problemsShown { lines.append("... and \(problems.count - problemsShown) more problems") }
        var summary =
            skippedRows == 0 ? "" : "\(skippedRows) row\(skippedRows == 1 ? "" : "s") skipped; the other rows were used"
        if limited { summary += (summary.isEmpty ? "" : "; ") + "the rows after the --max-rows limit were not read" }
        error((lines + [summary]).joined(separator: "\n"))
    }
}

/// Why a command stopped because its output could not be written.
enum OutputFailure: Error {
    /// Standard output's reader went away (`| head`): stop quietly, as Unix tools do.
    case closed
    /// Standard output refused a write, for the reason given.
    case standardOutput(String)
    /// An output file could not be written.
    case file(OutputFileError)
}
