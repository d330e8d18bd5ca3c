import Foundation
import SupportRouting
import SupportRoutingYAML
import Testing

/// The corpus half of `diff`, used as a library: each sample answered by two versions of the rules.
struct CorpusComparisonTests {
    static let samples = Fixtures.repositoryRoot.appendingPathComponent("Samples").path

    static func shipped() throws -> (text: String, rules: RuleSet) {
        let url = Fixtures.repositoryRoot.appendingPathComponent("Rules/england-2008.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        return (text, try RuleSetLoader.load(text: text, file: "Rules/england-2008.yaml").get())
    }

    @Test func theSameRulesChangeNoAnswer() throws {
        let rules = try Self.shipped().rules
        let entries = try CorpusReader.entries(at: Self.samples).get()
        let comparison = CorpusComparison.compare(entries, old: rules, new: rules)
        #expect(comparison.changes.isEmpty)
        #expect(comparison.unread == 0)
        #expect(comparison.profiles == entries.count)
    }

    @Test func aRemovedStartRuleMovesTheSchoolsInSpecialMeasures() throws {
        let (text, old) = try Self.shipped()
        // Special measures then starts the walk where a notice to improve does, or at the bottom.
        let edited = text.replacingOccurrences(
            of: "    if: ofsted.category == special_measures\n    route: nle-nss",
            with: "    if: ofsted.category == special_measures\n    route: la-commissioned")
        #expect(edited != text)
        let new = try RuleSetLoader.load(text: edited, file: "edited.yaml").get()
        let comparison = CorpusComparison.compare(
            try CorpusReader.entries(at: Self.samples).get(), old: old, new: new)
        #expect(!comparison.changes.isEmpty)
        #expect(comparison.changes.allSatisfy { $0.from == "nle-nss" && $0.to == "la-commissioned" })
        #expect(comparison.changes.allSatisfy { $0.oldRules.contains("special-measures") })
    }
}
