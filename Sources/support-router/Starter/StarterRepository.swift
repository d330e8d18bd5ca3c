import ShippedRules
import SupportRouting

/// The files of a new rules repository for an authority or trust: a copy of a shipped rule set to adapt,
/// its tests and the sample profiles they read, the schemas, a workflow that audits every pull request,
/// editor settings and a README. Laid out as this repository lays out its own (`Rules/`, `Samples/`,
/// `Schemas/`), so every relative path in the copied files holds as it is.
struct StarterRepository {
    /// A file to write: its path in the new folder and its text.
    struct File: Equatable {
        let path: String
        let text: String
    }

    let ruleSet: EmbeddedRuleSet
    /// The action the workflow uses, as `OWNER/REPOSITORY@REF`.
    let action: String

    /// Every file, in the order they are written.
    var files: [File] {
        var files = [File(path: "Rules/\(ruleSet.fileName)", text: renamed(ruleSet.text))]
        if let tests = ruleSet.tests {
            files.append(File(path: tests.path, text: tests.text))
            files += samples(readBy: tests.text).compactMap { path in
                ShippedFile.named(path).map { File(path: $0.path, text: $0.text) }
            }
        }
        files += ShippedFile.all.filter { $0.path.hasPrefix("Schemas/") && $0.path.hasSuffix(".schema.json") }.map {
            File(path: $0.path, text: $0.text)
        }
        files.append(File(path: ".github/workflows/rules.yml", text: workflow))
        files.append(File(path: ".vscode/settings.json", text: editorSettings))
        files.append(File(path: "README.md", text: readme))
        files.append(File(path: ".gitignore", text: "rule-tests.xml\nroute-changes.md\n"))
        return files
    }

    /// The rule set with its id and title marked as the ones to rename, so the copy is never mistaken for
    /// the shipped set in a report.
    private func renamed(_ text: String) -> String {
        let id = ruleSet.id
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            if line == "ruleset: \(id)" {
                return "# Rename the id and title below for your authority or trust, such as `ruleset: northshire`.\n"
                    + "ruleset: \(id)-local"
            }
            if line.hasPrefix("title: ") { return line + ", adapted locally" }
            return String(line)
        }.joined(separator: "\n")
    }

    /// The sample profiles the tests read (`profile: ../Samples/NAME`), as paths from the root.
    private func samples(readBy tests: String) -> [String] {
        var paths: [String] = []
        for line in tests.split(separator: "\n") {
            let words = line.split(separator: " ")
            guard let key = words.firstIndex(of: "profile:"), key + 1 < words.count else { continue }
            let path = words[key + 1]
            guard path.hasPrefix("../Samples/") else { continue }
            let fromRoot = String(path.dropFirst("../".count))
            if !paths.contains(fromRoot) { paths.append(fromRoot) }
        }
        return paths
    }

    /// The folder of the samples the tests read, the corpus a pull request's changes are tried on.
    private var sampleFolder: String {
        let path = exampleSample
        return path.split(separator: "/").dropLast().joined(separator: "/") + "/"
    }

    /// A sample school for the README's example: the first the tests read.
    private var exampleSample: String {
        ruleSet.tests.flatMap { samples(readBy: $0.text).first } ?? "Samples/riverside-high.yaml"
    }

    private var profileSchema: String { "Schemas/\(ruleSet.id).profile.schema.json" }

    private var workflow: String {
        """
        # Audits the rules on every pull request and on main: the analysis (findings show inline), the rule
        # tests with their coverage, and on a pull request a comment saying which schools the change moves.
        name: rules
        on:
          pull_request:
          push:
            branches: [main]
        permissions:
          contents: read
          pull-requests: write
        jobs:
          audit:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  fetch-depth: 0                 # the base branch, for the comparison
              - uses: \(action)   # support-router's repository, at the version you trust
                with:
                  rules: Rules/
                  min-coverage: 100
                  corpus: \(sampleFolder)

        """
    }

    private var editorSettings: String {
        """
        {
          "yaml.schemas": {
            "./Schemas/rules.schema.json": ["Rules/\(ruleSet.fileName)"],
            "./Schemas/rule-tests.schema.json": ["Rules/*.tests.yaml"],
            "./\(profileSchema)": ["Samples/**/*.yaml"]
          },
          "json.schemas": [
            { "fileMatch": ["Samples/**/*.json"], "url": "./\(profileSchema)" }
          ]
        }

        """
    }

    private var readme: String {
        """
        # Rules for school support

        The rules this authority or trust uses to decide how a school in difficulty is supported, adapted
        from support-router's `\(ruleSet.id)` rule set, with their tests and sample schools.

        - `Rules/\(ruleSet.fileName)`: the rules. Rename `ruleset` and `title` at the top first.
        - `Rules/\(ruleSet.tests?.path.split(separator: "/").last.map(String.init) ?? "")`: what the rules should answer for each sample school.
        - `Samples/`: the sample schools the tests read.
        - `Schemas/`: JSON Schemas; with the YAML extension for VS Code, the editor checks and completes the files as you type.

        ## Changing a rule

        1. Change the rule in `Rules/\(ruleSet.fileName)`; every rule cites the passage of a document it
           encodes, so change the `source` with it.
        2. Check the rules: `support-router check Rules/`. It proves the invariants and reports rules that
           can never apply.
        3. Run the tests: `support-router test Rules/ --min-coverage 100`. Add a case for the school the
           change is about, and update the cases whose answer the change is meant to alter.
        4. Open a pull request. The workflow in `.github/workflows/rules.yml` runs the same checks, shows
           any findings on the changed lines, and comments with what the change does: exactly which
           kinds of school change route, with an example of each, and which sample schools move.
        5. Read the comment with the people the change affects before you merge.

        When a change adds or renames a fact or its values, remake the profile schema, or editors will
        flag the new values (the workflow warns when it is stale):
        `support-router facts --rules Rules/\(ruleSet.fileName) --format json-schema > \(profileSchema)`.

        ## Trying a school

        Give the rules with `--rules`; without it, support-router answers with its own shipped copy:
        `support-router explain --rules Rules/\(ruleSet.fileName) \(exampleSample)`.

        """
    }
}
