public import SupportRouting

/// A `diff` run as text, Markdown for a pull-request comment, or JSON.
public struct DiffReport: Encodable {
    let oldFile: String
    let newFile: String
    let exact: RuleSetDiff.Result
    let corpusPath: String?
    let corpus: CorpusComparison?

    /// The report of comparing `oldFile` with `newFile`: exactly, and over the corpus at
    /// `corpusPath` when one was given.
    public init(
        oldFile: String, newFile: String, exact: RuleSetDiff.Result, corpusPath: String?, corpus: CorpusComparison?
    ) {
        self.oldFile = oldFile
        self.newFile = newFile
        self.exact = exact
        self.corpusPath = corpusPath
        self.corpus = corpus
    }

    /// The profiles one version refuses and the other accepts, with a heading each.
    private var refusals: [(String, RuleSetDiff.Refusal)] {
        exact.nowRefused.map { ("The new rules refuse profiles the old accepted, by `\($0.constraint)`", $0) }
            + exact.nowAccepted.map { ("The new rules accept profiles the old refused by `\($0.constraint)`", $0) }
    }

    /// The report as plain text, for a terminal.
    public func text() -> String {
        var lines = ["Comparing \(exact.old) (\(oldFile)) with \(exact.new) (\(newFile))", ""]
        lines += exact.notes.map { "note: \($0)" }
        if exact.changes.isEmpty {
            lines.append("Exactly: no profile changes route.")
        } else {
            lines.append("Exactly: \(exact.changes.count) change\(exact.changes.count == 1 ? "" : "s") of route")
            for change in exact.changes {
                lines.append("  \(change.from) -> \(change.to) when:")
                lines += change.when.map { "    - \($0)" }
                if change.truncated { lines.append("    - ... and more (raise --max-conditions to list them)") }
                lines.append("    witness:")
                lines += change.witness.map { "      \($0.fact): \($0.value)" }
            }
        }
        for (title, refusal) in refusals {
            lines.append("")
            lines.append("\(title):")
            lines += refusal.when.map { "    - \($0)" }
            if refusal.truncated { lines.append("    - ... and more (raise --max-conditions to list them)") }
            lines.append("    witness:")
            lines += refusal.witness.map { "      \($0.fact): \($0.value)" }
        }
        if let corpus, let corpusPath {
            lines.append("")
            let unread = corpus.unread == 0 ? "" : " (\(corpus.unread) could not be read; see the errors above)"
            lines.append(
                "Corpus \(corpusPath): \(corpus.changes.count) of \(corpus.profiles) profiles change route\(unread)")
            for change in corpus.changes {
                lines.append("  \(change.profile): \(change.from) -> \(change.to)")
                lines.append("    old rules: \(change.oldRules.joined(separator: ", "))")
                lines.append("    new rules: \(change.newRules.joined(separator: ", "))")
            }
        }
        return lines.joinedAsLines() + "\n"
    }

    /// The report as Markdown, for a pull-request comment.
    public func markdown() -> String {
        var lines = ["## Route changes: `\(exact.old)` → `\(exact.new)`", ""]
        lines += exact.notes.map { "> \($0)" }
        if !exact.notes.isEmpty { lines.append("") }
        if exact.changes.isEmpty {
            lines.append("**No profile changes route.**")
        } else {
            lines.append("| old route | new route | when |")
            lines.append("| --- | --- | --- |")
            for change in exact.changes {
                let when =
                    change.when.map { "`\($0)`" }.joined(separator: "<br>or ") + (change.truncated ? "<br>…" : "")
                lines.append("| `\(change.from)` | `\(change.to)` | \(when.replacing("|", with: "\\|")) |")
            }
            lines.append("")
            lines.append("<details><summary>Witness profiles</summary>")
            for change in exact.changes {
                lines.append("")
                lines.append("`\(change.from)` → `\(change.to)`:")
                lines.append("```yaml")
                lines += change.witness.map { "\($0.fact): \($0.value)" }
                lines.append("```")
            }
            lines.append("</details>")
        }
        for (title, refusal) in refusals {
            lines.append("")
            lines.append("**\(title)** when:")
            lines.append("")
            lines += refusal.when.map { "- `\($0)`" }
            if refusal.truncated { lines.append("- …") }
            lines.append("")
            lines.append("```yaml")
            lines += refusal.witness.map { "\($0.fact): \($0.value)" }
            lines.append("```")
        }
        if let corpus, let corpusPath {
            lines.append("")
            lines.append(
                "### Corpus `\(corpusPath)`: \(corpus.changes.count) of \(corpus.profiles) profiles change route")
            if !corpus.changes.isEmpty {
                lines.append("")
                lines.append("| profile | old route | new route | new rules |")
                lines.append("| --- | --- | --- | --- |")
                for change in corpus.changes {
                    lines.append(
                        "| `\(change.profile)` | `\(change.from)` | `\(change.to)` | \(change.newRules.map { "`\($0)`" }.joined(separator: ", ")) |"
                    )
                }
            }
        }
        return lines.joinedAsLines() + "\n"
    }
}
