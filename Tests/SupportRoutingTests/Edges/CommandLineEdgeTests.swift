import Foundation
import Testing

/// Options are checked before any work: limits within a range that cannot overflow, unknown options
/// named, and each command's help lists only the exit codes it can give.
struct CommandLineEdgeTests {
    @Test(arguments: [
        (["route", "--max-file-size", "9223372036854775807"], "--max-file-size must be from 1 to 1073741824"),
        (["route", "--max-depth", "4611686018427387904"], "--max-depth must be from 1 to 1000"),
        (["check", "--max-values", "0"], "--max-values must be from 1 to 100000000"),
        (["test", "--max-string-length=-1"], "--max-string-length must be from 1 to 1073741824"),
        (["batch", "x.csv", "--max-rows", "9223372036854775807"], "--max-rows must be from 1 to 1000000000000"),
        (["batch", "x.csv", "--max-record-size", "9223372036854775807"], "--max-record-size must be from 1 to"),
        (["partners", "--schools", "x.csv", "--id", "1", "--limit", "9223372036854775807"], "--limit must be from 1"),
        (["diff", "a.yaml", "--max-conditions", "9223372036854775807"], "--max-conditions must be from 1 to 10000"),
        (["check", "--max-analysis-steps", "0"], "--max-analysis-steps must be from 1 to 1000000000000"),
    ])
    func anExtremeLimitIsAUsageError(_ arguments: [String], _ message: String) throws {
        let result = try CommandRunner.run(arguments + ["Samples/riverside-high.yaml"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("Error: \(message)"), "\(result.stderr)")
    }

    @Test func aComparisonPastItsStepLimitStopsWithAnError() throws {
        let result = try CommandRunner.run(
            ["diff", "Rules/england-2008.yaml", "Rules/england-2008.yaml", "--max-analysis-steps", "10"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr.hasPrefix(
                "error: `Rules/england-2008.yaml` and `Rules/england-2008.yaml` are too large to compare exactly: "
                    + "the comparison passed its limit of 10 steps"))
    }

    @Test(arguments: ["route", "explain"])
    func anUnknownOptionIsNamed(_ command: String) throws {
        let result = try CommandRunner.run([command, "--bogus"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: Unknown option '--bogus'\nUsage: support-router \(command) "))
    }

    @Test func noProfileIsStillAUsageErrorWithTheCommandsOwnUsage() throws {
        let result = try CommandRunner.run(["route"])
        #expect(result.status == 64)
        #expect(
            result.stderr
                == "Error: give a profile file, or --schools DATA with --id URN\n"
                + "Usage: support-router route [<options>] [<profile> ...]\n"
                + "  See 'support-router route --help' for more information.\n")
    }

    @Test(arguments: [
        ("route", ["0", "2", "3", "64", "74", "141"]), ("explain", ["0", "2", "3", "64", "74", "141"]),
        ("partners", ["0", "2", "64", "74", "141"]), ("capacity", ["0", "2", "64", "74", "141"]),
        ("facts", ["0", "2", "64", "74", "141"]), ("batch", ["0", "2", "4", "64", "74", "141"]),
        ("test", ["0", "1", "2", "5", "64", "74", "141"]), ("check", ["0", "1", "2", "64", "74", "141"]),
    ])
    func eachCommandsHelpListsItsOwnExitCodes(_ command: String, _ codes: [String]) throws {
        let help = try CommandRunner.run([command, "--help"]).stdout
        let section = try #require(help.components(separatedBy: "Exit codes:\n").dropFirst().first)
        let listed = section.split(separator: "\n").prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .compactMap { line in line.split(separator: " ").first.flatMap { Int($0) }.map(String.init) }
        #expect(listed == codes)
    }
}
