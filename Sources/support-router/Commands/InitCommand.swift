import ArgumentParser
import Foundation
import ShippedRules
import SupportRouting

/// `support-router init DIR`: starts a rules repository for an authority or trust.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a rules repository for an authority or trust, ready for CI.",
        discussion: """
            Writes into DIR, which must be new or empty (a fresh clone holding only .git counts as \
            empty): a copy of a shipped rule set to adapt (its id and \
            title marked for renaming), its tests and the sample profiles they read, the JSON Schemas, a \
            GitHub workflow that checks, tests and comments on every pull request with support-router's \
            action, VS Code settings naming the schemas, and a README that explains the workflow. What it \
            writes passes `check` and `test` as it stands.

            Examples:
              support-router init northshire-rules
              support-router init northshire-rules --action my-org/support-router@v1
              cd northshire-rules && support-router check Rules/ && support-router test Rules/

            Exit codes:
              0   written
              74  a file could not be written; what was written is removed
              2   DIR is not empty or not a folder, no shipped rule set has that id, or --action
                  is not OWNER/REPOSITORY@REF; nothing written
            \(ExitStatus.commonHelpLines)
            """)

    @Argument(help: ArgumentHelp("The folder to create; it must be new or empty.", valueName: "dir"))
    var directory: String

    @Option(help: ArgumentHelp("The shipped rule set to start from.", valueName: "id"))
    var ruleset = "england-2008"

    @Option(
        help: ArgumentHelp(
            "The action the workflow uses, as OWNER/REPOSITORY@REF: where support-router is hosted.",
            valueName: "ref"))
    var action = "OWNER/support-router@main"

    func run() throws {
        let shipped = EmbeddedRuleSet.all
        guard let ruleSet = shipped.first(where: { $0.id == ruleset }) else {
            let ids = shipped.map(\.id)
            Console.error(
                "error: no shipped rule set `\(ruleset)`; the shipped ones are \(ids.joined(separator: ", "))"
                    + Suggestion.didYouMean(ruleset, among: ids))
            throw ExitStatus.badInput
        }
        guard Self.isActionReference(action) else {
            Console.error(
                "error: `\(action)` is not an action reference; write OWNER/REPOSITORY@REF, such as"
                    + " my-org/support-router@v1")
            throw ExitStatus.badInput
        }
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: directory, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                Console.error("error: `\(directory)` is a file, not a folder; init writes a new folder")
                throw ExitStatus.badInput
            }
            // A fresh clone of an empty repository holds only `.git`; that is as good as empty.
            let entries = ((try? manager.contentsOfDirectory(atPath: directory)) ?? []).filter { $0 != ".git" }
            guard entries.isEmpty else {
                Console.error(
                    "error: `\(directory)` is not empty (it holds \(entries.count == 1 ? "1 entry" : "\(entries.count) entries"));"
                        + " init writes only into a new or empty folder, so it never overwrites a file")
                throw ExitStatus.badInput
            }
        } else if (try? manager.destinationOfSymbolicLink(atPath: directory)) != nil {
            Console.error("error: `\(directory)` is a symbolic link to nothing; init writes a new folder")
            throw ExitStatus.badInput
        }
        let files = StarterRepository(ruleSet: ruleSet, action: action).files
        var written = StarterWrite(root: URL(fileURLWithPath: directory))
        do {
            for file in files { try written.write(file) }
        } catch {
            // Half a repository would pass neither check nor a second `init`: take back what was written.
            written.undo()
            Console.error("error: cannot write into `\(directory)`: \(error.localizedDescription); nothing was kept")
            throw ExitStatus.outputFailed
        }
        try Console.print(
            """
            Started a rules repository in \(directory) from \(ruleSet.id): \(files.count) files.
            Next:
            \(directory == "." ? "" : "  cd \(directory)\n")  support-router check Rules/
              support-router test Rules/ --min-coverage 100
            Rename `ruleset` and `title` in Rules/\(ruleSet.fileName), then commit and push; the workflow in
            .github/workflows/rules.yml audits every pull request\(action.hasPrefix("OWNER/") ? " once `OWNER` names where support-router is hosted" : "").

            """)
    }

    /// Whether `text` names an action as a workflow's `uses:` line does: OWNER/REPOSITORY, an optional
    /// path inside it, then @REF, with nothing that could break the line.
    static func isActionReference(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[1].isEmpty else { return false }
        let names = parts[0].split(separator: "/", omittingEmptySubsequences: false)
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./")
        return names.count >= 2 && names.allSatisfy { !$0.isEmpty }
            && text.allSatisfy { allowed.contains($0) || $0 == "@" }
    }
}
