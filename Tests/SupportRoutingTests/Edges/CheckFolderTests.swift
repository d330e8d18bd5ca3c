import Foundation
import Testing

/// `check` on a folder checks the rule files directly in it (`*.yaml` and `*.yml`, not test files);
/// a folder with none is an error in every format, so a CI gate can never pass by checking nothing.
struct CheckFolderTests {
    static let formats = ["text", "json", "github", "sarif"]

    @Test(arguments: formats)
    func anEmptyFolderFailsInEveryFormat(_ format: String) throws {
        let folder = try TemporaryFolder()
        try folder.write("format: 1\n", to: "rules.tests.yaml")
        let result = try CommandRunner.run(["check", ".", "--format", format, "--warnings-as-errors"], in: folder.url)
        #expect(result.status == 2)
        #expect(
            result.stderr.hasPrefix(
                ".:1:1: error: no rule files (`*.yaml` or `*.yml`, other than `*.tests.yaml`) in the folder `.` [no-rule-files]"
            ))
    }

    @Test func rulesOnlyInASubfolderAreNamedButNotChecked() throws {
        let folder = try TemporaryFolder()
        let rules = try String(
            contentsOf: Fixtures.repositoryRoot.appendingPathComponent("Rules/england-2008.yaml"), encoding: .utf8)
        try folder.write(rules, to: "policy/local.yaml")
        let result = try CommandRunner.run(["check", "."], in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains("subfolders are not searched: name `./policy` to check the rules there"))
        let named = try CommandRunner.run(["check", "policy"], in: folder.url)
        #expect(named.status == 0, "\(named.stderr)")
    }

    @Test func ymlFilesAreRuleFilesToo() throws {
        let folder = try TemporaryFolder()
        let rules = try String(
            contentsOf: Fixtures.repositoryRoot.appendingPathComponent("Rules/england-2008.yaml"), encoding: .utf8)
        try folder.write(rules, to: "local.yml")
        let result = try CommandRunner.run(["check", "."], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("./local.yml: "))
    }
}
