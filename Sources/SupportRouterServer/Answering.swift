public import Foundation
import HTTPTypes
public import SchoolData
public import SupportRouting
import SupportRoutingRendering
import SupportRoutingYAML

/// The engine's side of the server: a submitted profile read against a rule set, answered, and
/// turned into a decision record; and a record checked against the rules as they are now.
public struct Answering: Sendable {
    /// The rule sets answered with.
    public let catalog: RuleSetCatalog
    /// The tool's version, kept in every record.
    public let toolVersion: String
    /// The school dataset served with `--schools`, if any.
    public let schools: SchoolDirectory?

    /// Answering with `catalog`, and for the schools of `schools` when given.
    public init(catalog: RuleSetCatalog, toolVersion: String, schools: SchoolDirectory? = nil) {
        self.catalog = catalog
        self.toolVersion = toolVersion
        self.schools = schools
    }

    /// The served school dataset, or a problem saying the server has none.
    public func directory() throws(Problem) -> SchoolDirectory {
        guard let schools else {
            throw Problem(
                .notFound, kind: "no-dataset", title: "No school dataset",
                detail: "this server was started without --schools DATA, so it cannot find schools")
        }
        return schools
    }

    /// The school with `id` in the served dataset, made ready to route, or a problem.
    public func school(_ id: String) throws(Problem) -> DatasetSchool {
        let directory = try directory()
        guard let school = directory.school(id: id) else {
            throw Problem.notFound("no school with id `\(id)` in \(directory.fileName)")
        }
        return directory.ready(school)
    }

    /// The rule set named by `id`, or the default; a problem naming the known ids when there is none.
    public func ruleSet(_ id: String?) throws(Problem) -> RuleSet {
        guard let id else { return catalog.defaultRuleSet }
        guard let ruleSet = catalog[id] else {
            let ids = catalog.ruleSets.map(\.id)
            throw Problem(
                .notFound, kind: "unknown-ruleset", title: "Unknown rule set",
                detail: "no rule set `\(id)`; the server has \(ids.joined(separator: ", "))"
                    + Suggestion.didYouMean(id, among: ids))
        }
        return ruleSet
    }

    /// The profile in `text` (YAML or JSON), read with the command line's limits, or a problem
    /// carrying every mistake with its line and column in the text.
    public func profile(_ text: String, ruleSet: RuleSet) throws(Problem) -> Profile {
        switch ProfileLoader.load(text: text, file: "profile", ruleSet: ruleSet, readingExpectation: false) {
        case .success(let profile): return profile
        case .failure(let list):
            throw Problem(
                .unprocessableContent, kind: "bad-profile", title: "The profile has mistakes",
                detail: "\(list.diagnostics.count) mistake\(list.diagnostics.count == 1 ? "" : "s") in the profile",
                diagnostics: list.diagnostics)
        }
    }

    /// The record of answering `profile` (given as `text`) with `ruleSet`, the answer being `answer`.
    public func record(
        of explanation: Explanation, profileText: String, ruleSet: RuleSet, answer: String, at date: Date = Date()
    ) -> DecisionRecord {
        DecisionRecord(
            id: UUID().uuidString.lowercased(), createdAt: date, ruleSetID: ruleSet.id, ruleSetVersion: ruleSet.version,
            ruleSetSHA256: ruleSet.sha256 ?? "", toolVersion: toolVersion, profile: profileText,
            route: explanation.route?.id ?? "undecided", decidingRules: Self.decidingRules(explanation),
            advice: explanation.advice.map(\.id), answer: answer)
    }

    /// The rules behind an answer: those its reasons name.
    static func decidingRules(_ explanation: Explanation) -> [String] {
        explanation.reasons.compactMap(\.rule)
    }

    /// What the rule set of the same id says now about a record's profile.
    public struct Recheck: Sendable, Encodable {
        /// Whether the current rules give the same route, deciding rules and advice.
        public let sameAnswer: Bool
        /// Whether the current rule file is byte for byte the one that answered.
        public let sameRules: Bool
        /// The current rule set's version and digest.
        public let ruleSetVersion: String?
        public let ruleSetSHA256: String?
        /// The current route, or why there is none.
        public let route: String?
        /// The rules and advice whose part in the answer differs now (deciding or given in one answer only).
        public let rulesThatDiffer: [String]
        /// When the profile cannot be read by the current rules, or the rule set is gone: why.
        public let note: String?
    }

    /// `record`'s profile answered again by the current rule set of the same id.
    public func recheck(_ record: DecisionRecord) -> Recheck {
        guard let ruleSet = catalog[record.ruleSetID] else {
            return Recheck(
                sameAnswer: false, sameRules: false, ruleSetVersion: nil, ruleSetSHA256: nil, route: nil,
                rulesThatDiffer: [], note: "the server no longer has the rule set `\(record.ruleSetID)`")
        }
        let sameRules = ruleSet.sha256 == record.ruleSetSHA256
        guard
            case .success(let profile) = ProfileLoader.load(
                text: record.profile, file: "profile", ruleSet: ruleSet, readingExpectation: false)
        else {
            return Recheck(
                sameAnswer: false, sameRules: sameRules, ruleSetVersion: ruleSet.version, ruleSetSHA256: ruleSet.sha256,
                route: nil, rulesThatDiffer: [], note: "the current rules cannot read the profile")
        }
        let explanation = ruleSet.explain(profile, counterfactuals: false)
        let route = explanation.route?.id ?? "undecided"
        let then = Set(record.decidingRules + record.advice)
        let now = Set(Self.decidingRules(explanation) + explanation.advice.map(\.id))
        let differ = then.symmetricDifference(now).sorted()
        return Recheck(
            sameAnswer: route == record.route && differ.isEmpty, sameRules: sameRules, ruleSetVersion: ruleSet.version,
            ruleSetSHA256: ruleSet.sha256, route: route, rulesThatDiffer: differ, note: nil)
    }
}
