import SupportRouting
import SupportRoutingYAML

/// Each profile of a corpus answered by both rule sets, keeping those whose route changes.
struct CorpusComparison: Encodable {
    /// A profile whose route changes, with the rules behind each answer.
    struct Change: Encodable {
        let profile: String
        let from: String
        let to: String
        let oldRules: [String]
        let newRules: [String]
    }

    /// The profiles both rule sets could read and answer.
    let profiles: Int
    /// The profiles one of the rule sets could not read.
    let unread: Int
    let changes: [Change]
    let errors: [DiagnosticList]

    enum CodingKeys: String, CodingKey { case profiles, unread, changes }

    static func compare(_ entries: [CorpusReader.Entry], old: RuleSet, new: RuleSet) -> CorpusComparison {
        var changes: [Change] = []
        var errors: [DiagnosticList] = []
        for entry in entries {
            guard case .success(let before) = entry.load(for: old) else {
                if case .failure(let list) = entry.load(for: old) { errors.append(list) }
                continue
            }
            guard case .success(let after) = entry.load(for: new) else {
                if case .failure(let list) = entry.load(for: new) { errors.append(list) }
                continue
            }
            let oldAnswer = old.explain(before, counterfactuals: false)
            let newAnswer = new.explain(after, counterfactuals: false)
            let from = answer(oldAnswer)
            let to = answer(newAnswer)
            guard from != to else { continue }
            changes.append(
                Change(
                    profile: entry.name, from: from, to: to, oldRules: oldAnswer.reasons.compactMap(\.rule),
                    newRules: newAnswer.reasons.compactMap(\.rule)))
        }
        return CorpusComparison(
            profiles: entries.count - errors.count, unread: errors.count, changes: changes, errors: errors)
    }

    private static func answer(_ explanation: Explanation) -> String {
        explanation.route?.id ?? "undecided (\(explanation.possible.map(\.route.id).joined(separator: " or ")))"
    }
}
