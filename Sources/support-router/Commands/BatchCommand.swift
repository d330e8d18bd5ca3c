import ArgumentParser
import FileSafety
import Foundation
import SchoolData
import SupportRouting

/// `support-router batch DATA --output FILE`: routes every school of a dataset.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Route every school of a dataset (CSV or JSONL) and write the answers.",
        discussion: """
            Reads the dataset through its mapping, finds partners for the schools in need, routes every \
            row with the rules, and writes one record per school: id, name, line, route, reasons, the facts \
            that would decide an undecided school, and partners. Rows are streamed: memory grows with the \
            number of high-performing schools indexed for the partner search, not with the output.

            A row that cannot be read is reported with its line number and skipped; the rest carry on. The \
            output file is written to a hidden file beside it and renamed into place only at the end, so an \
            error or Ctrl-C never leaves half a file; it keeps the old file's mode. A symbolic link is \
            written through, and a device or named pipe is written directly, never replaced. The output \
            may not be a file the command reads (the dataset, its mapping, its join file or the rules). \
            A progress bar shows on a terminal; a summary of rows by route goes to standard error.

            Example:
              support-router batch Samples/datasets/riverside-area.csv --output routes.csv

            Exit codes:
              0   every row was routed (undecided schools count as routed)
              2   bad input: the rules, mapping or dataset cannot be used; nothing written
              4   rows skipped: some rows could not be read, or --max-rows stopped the
                  reading; the rest were written
            \(ExitStatus.commonHelpLines)
            """)

    @Argument(help: ArgumentHelp("The school dataset: CSV, or JSONL with one object per line.", valueName: "data"))
    var dataset: String

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("Where to write the answers; - for standard output.", valueName: "file"))
    var output: String = "-"

    @Option(help: "Output format: csv, jsonl or json. Default: from the output's extension, else csv.")
    var format: Format?

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, jsonl, json }

    @Flag(help: "Show no progress bar, even on a terminal.")
    var noProgress = false

    @OptionGroup var datasetArguments: DatasetArguments

    @OptionGroup var ruleOptions: RuleOptions

    func run() throws {
        guard let ruleSet = ruleOptions.load(),
            let options = datasetArguments.options(
                for: dataset, ruleSet: ruleSet, limits: ruleOptions.inputLimits.limits)
        else { throw ExitStatus.badInput }
        var writer = RouteWriter(
            format: format.flatMap { RouteFormat(rawValue: $0.rawValue) } ?? RouteFormat(path: output) ?? .csv)
        // Every input is opened once before the output, so the output can never be written over one.
        if let join = options.resolvedJoinPath, case .success(let descriptor) = InputFile.open(join) {
            close(descriptor)
        }
        let sink: OutputSink
        do { sink = try OutputSink(path: output) } catch { throw OutputFailure.file(error) }
        let bar = ProgressBar(label: "routing \(dataset)", enabled: !noProgress && ProgressBar.onTerminal)
        var shown = 0
        let started = Date()
        let summary: BatchSummary
        do {
            // The opening is written with the first school (or at the end), so a dataset that cannot be
            // read leaves standard output as empty as a file.
            var opened = false
            func open() throws {
                if !opened { try sink.write(writer.opening) }
                opened = true
            }
            // A file is renamed into place only when the whole run succeeds, so a JSON Lines dataset's keys
            // need not be read in a pass of their own first; standard output, a pipe or a device sees
            // each answer as it is written.
            summary = try BatchRouter(ruleSet: ruleSet, options: options, checksKeysFirst: !sink.keepsOnlyOnCommit)
                .run(
                    format: writer.format, progress: bar.update,
                    problem: { diagnostic in
                        shown += 1
                        if shown <= Console.problemsShown {
                            bar.finish()
                            Console.error(diagnostic.description)
                        }
                    },
                    records: { text, count in
                        try open()
                        try sink.write(writer.frame(text, count: count))
                    })
            try open()
            try sink.write(writer.closing)
            bar.finish()
            try sink.commit()
        } catch {
            bar.finish()
            sink.abandon()
            switch error {
            case let list as DiagnosticList:
                Console.report(list)
                throw ExitStatus.badInput
            case let failure as OutputFailure: throw failure
            default:
                Console.error("error: \(error)")
                throw ExitStatus.badInput
            }
        }
        if shown > Console.problemsShown { Console.error("... and \(shown - Console.problemsShown) more problems") }
        Console.error(
            Self.describe(summary, ruleSet: ruleSet, seconds: Date().timeIntervalSince(started), output: output))
        if summary.failedRows > 0 || summary.stoppedAtRowLimit { throw ExitStatus.rowsSkipped }
    }

    static func describe(_ summary: BatchSummary, ruleSet: RuleSet, seconds: Double, output: String) -> String {
        var lines = [
            "routed \(summary.routed) of \(summary.rows) rows in \(String(format: "%.2f", seconds)) s"
                + " (\(summary.leftOut) left out by the mapping, \(summary.failedRows) skipped with problems"
                + (summary.rowsInUnclosedQuotes > 0 ? "; each line inside an unclosed quote counts as a row)" : ")")
                + (summary.stoppedAtRowLimit ? "; stopped at the row limit" : "")
        ]
        let counts = summary.ordered(by: ruleSet)
        let width = counts.map(\.route.count).max() ?? 0
        for (route, count) in counts {
            lines.append("  " + route + String(repeating: " ", count: width - route.count + 2) + String(count))
        }
        if output != "-" { lines.append("wrote \(output)") }
        return lines.joined(separator: "\n")
    }
}

/// Standard output, or a file written whole or not at all (see ``OutputFile``).
final class OutputSink {
    private let file: OutputFile?

    init(path: String) throws(OutputFileError) {
        file = path == "-" ? nil : try OutputFile(path: path)
    }

    /// Writes `text`; a failure is an ``OutputFailure``, whichever output it was.
    func write(_ text: some StringProtocol) throws(OutputFailure) {
        guard let file else { return try Console.print(text) }
        do { try file.write(text) } catch { throw .file(error) }
    }

    /// Whether nothing written is seen unless ``commit()`` is reached (a file replaced whole).
    var keepsOnlyOnCommit: Bool { file?.keepsOnlyOnCommit ?? false }

    func commit() throws(OutputFailure) {
        do { try file?.commit() } catch { throw .file(error) }
    }

    func abandon() { file?.abandon() }
}
