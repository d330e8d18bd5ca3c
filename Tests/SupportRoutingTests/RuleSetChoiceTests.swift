import Foundation
import Testing

/// `--ruleset ID` picks a rule set shipped in the binary, as `--rules FILE` picks one from a file.
struct RuleSetChoiceTests {
    @Test(arguments: [["facts"], ["graph"], ["route", "Samples/riverside-high.yaml"]])
    func theShippedSetByIdIsTheDefault(_ command: [String]) throws {
        let chosen = try CommandRunner.run(command + ["--ruleset", "england-2008"])
        let plain = try CommandRunner.run(command)
        #expect(chosen.status == plain.status)
        #expect(chosen.stdout == plain.stdout)
        #expect(!chosen.stdout.isEmpty)
    }

    @Test func anUnknownIdIsAUsageMistakeWithASuggestion() throws {
        let result = try CommandRunner.run(["route", "Samples/riverside-high.yaml", "--ruleset", "england-2009"])
        #expect(result.status == 64)
        #expect(
            result.stderr.hasPrefix(
                "Error: no shipped rule set `england-2009`; the shipped ones are england-2008, england-2026; did you mean `england-2008`?"
            ))
    }

    @Test func aFileAndAnIdTogetherAreAUsageMistake() throws {
        let result = try CommandRunner.run(["facts", "--ruleset", "england-2008", "--rules", "Rules/england-2008.yaml"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: --rules and --ruleset each name the rule set to use; give one"))
    }
}
