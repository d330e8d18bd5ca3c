import Foundation
import Testing

/// `init` starts a rules repository that passes `check` and `test` as it stands, and never writes into a
/// folder that holds anything.
struct InitCommandTests {
    @Test func aNewRepositoryPassesCheckAndTestAsItStands() throws {
        let folder = try TemporaryFolder()
        let made = try CommandRunner.run(["init", "rules"], in: folder.url)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.hasPrefix("Started a rules repository in rules from england-2008: 31 files."))
        let repository = folder.url.appendingPathComponent("rules")
        let check = try CommandRunner.run(["check", "Rules/", "--warnings-as-errors"], in: repository)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("Rules/england-2008.yaml: no problems found"))
        let test = try CommandRunner.run(["test", "Rules/", "--min-coverage", "100"], in: repository)
        #expect(test.status == 0, "\(test.stdout)\(test.stderr)")
        // The copy is marked for renaming, so it is never mistaken for the shipped set.
        let rules = try #require(folder.read("rules/Rules/england-2008.yaml"))
        #expect(rules.contains("\nruleset: england-2008-local\n"))
        #expect(rules.contains("# Rename the id and title below for your authority or trust"))
    }

    @Test func theRepositoryHoldsTheWorkflowTheSchemasAndTheEditorSettings() throws {
        let folder = try TemporaryFolder()
        let made = try CommandRunner.run(["init", "rules", "--action", "northshire/support-router@v1"], in: folder.url)
        #expect(made.status == 0, "\(made.stderr)")
        let workflow = try #require(folder.read("rules/.github/workflows/rules.yml"))
        #expect(workflow.contains("- uses: northshire/support-router@v1"))
        #expect(workflow.contains("min-coverage: 100"))
        let settings = try #require(folder.read("rules/.vscode/settings.json"))
        let parsed = try JSONSerialization.jsonObject(with: Data(settings.utf8)) as? [String: Any]
        let schemas = try #require(parsed?["yaml.schemas"] as? [String: Any])
        for path in schemas.keys {
            #expect(folder.read("rules/" + path.dropFirst(2)) != nil, "\(path) is not in the repository")
        }
        #expect(folder.read("rules/README.md")?.contains("support-router test Rules/ --min-coverage 100") == true)
        // Every copied YAML file names a schema the repository holds.
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder.path("rules"))
            .filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".github") }
        #expect(files.count == 20)
        for file in files {
            let first = try #require(folder.read("rules/\(file)")?.split(separator: "\n").first)
            let schema = try #require(first.split(separator: "=").last.map(String.init), "\(file)")
            let named = URL(fileURLWithPath: folder.path("rules/\(file)")).deletingLastPathComponent()
                .appendingPathComponent(schema).standardizedFileURL.path
            #expect(FileManager.default.fileExists(atPath: named), "\(file) names \(schema)")
        }
    }

    @Test func aFolderThatHoldsAnythingIsRefusedAndLeftAsItWas() throws {
        let folder = try TemporaryFolder()
        _ = try folder.write("mine\n", to: "rules/notes.txt")
        let result = try CommandRunner.run(["init", "rules"], in: folder.url)
        #expect(result.status == 2)
        #expect(
            result.stderr.contains(
                "error: `rules` is not empty (it holds 1 entry); init writes only into a new or empty folder"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("rules")) == ["notes.txt"])
        #expect(folder.read("rules/notes.txt") == "mine\n")
    }

    @Test func aFileIsRefused() throws {
        let folder = try TemporaryFolder()
        _ = try folder.write("mine\n", to: "rules")
        let result = try CommandRunner.run(["init", "rules"], in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains("error: `rules` is a file, not a folder"))
        #expect(folder.read("rules") == "mine\n")
    }

    @Test func anEmptyFolderIsWrittenInto() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path("rules"), withIntermediateDirectories: false)
        let result = try CommandRunner.run(["init", "rules"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(folder.read("rules/Rules/england-2008.tests.yaml") != nil)
    }

    @Test func anUnknownRuleSetIsRefusedWithASuggestion() throws {
        let folder = try TemporaryFolder()
        let result = try CommandRunner.run(["init", "rules", "--ruleset", "england-2009"], in: folder.url)
        #expect(result.status == 2)
        #expect(
            result.stderr.contains(
                "error: no shipped rule set `england-2009`; the shipped ones are england-2008, england-2026; did you mean `england-2008`?"
            ))
        #expect(!FileManager.default.fileExists(atPath: folder.path("rules")))
    }

    @Test func aFreshCloneHoldingOnlyGitIsWrittenInto() throws {
        let folder = try TemporaryFolder()
        _ = try folder.write("[core]\n", to: "rules/.git/config")
        let result = try CommandRunner.run(["init", "rules"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(folder.read("rules/.git/config") == "[core]\n")
        #expect(folder.read("rules/Rules/england-2008.yaml") != nil)
    }

    @Test(arguments: ["foo", "a/b", "a/b@", "@v1", "a//b@v1", "a/b@v1\nrun: x", "a/b@v 1"])
    func anActionThatIsNoReferenceIsRefused(_ action: String) throws {
        let folder = try TemporaryFolder()
        let result = try CommandRunner.run(["init", "rules", "--action", action], in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains("is not an action reference; write OWNER/REPOSITORY@REF"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("rules")))
    }

    /// A write that fails part way (here the file size limit, as a full disk would) takes back every file and
    /// folder it made, so the folder can be used again.
    @Test func aFailedWriteLeavesNothingBehind() throws {
        let folder = try TemporaryFolder()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "trap '' XFSZ; ulimit -f 8; exec \"$0\" init rules", CommandRunner.executable.path]
        process.currentDirectoryURL = folder.url
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 74, "\(stderr)")
        #expect(stderr.contains("error: cannot write into `rules`"))
        #expect(stderr.contains("nothing was kept"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("rules")))
        let again = try CommandRunner.run(["init", "rules"], in: folder.url)
        #expect(again.status == 0, "\(again.stderr)")
    }
}
