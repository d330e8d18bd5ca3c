/// Each profile of a corpus answered by two versions of a rule set, keeping those whose route changes:
/// the corpus half of `diff`, beside the exact comparison of ``RuleSetDiff``.
public struct CorpusComparison: Sendable, Encodable {
    /// A profile whose route changes, with the rules behind each answer.
    public struct Change: Sendable, Hashable, Encodable {
        /// The profile's name in the corpus (its file, or its line of a JSON Lines or CSV file).
        public let profile: String
        /// The old answer: a route's id, or `undecided (...)` with the routes still possible.
        public let from: String
        /// The new answer, worded as ``from``.
        public let to: String
        /// The ids of the rules behind the old answer.
        public let oldRules: [String]
        /// The ids of the rules behind the new answer.
        public let newRules: [String]
    }

    /// The profiles both rule sets could read and answer.
    public let profiles: Int
    /// The profiles one of the rule sets could not read.
    public let unread: Int
    /// The profiles whose answer changes, in corpus order.
    public let changes: [Change]
    /// Why each unread profile could not be read.
    public let errors: [DiagnosticList]

    enum CodingKeys: String, CodingKey { case profiles, unread, changes }

    /// Answers every entry with `old` and with `new`.
    public static func compare(_ entries: [some CorpusProfile], old: RuleSet, new: RuleSet) -> CorpusComparison {
        var changes: [Change] = []
        var errors: [DiagnosticList] = []
        for entry in entries {
            let before: Profile
            let after: Profile
            switch (entry.load(for: old), entry.load(for: new)) {
            case (.failure(let list), _), (_, .failure(let list)):
                errors.append(list)
                continue
            case (.success(let oldProfile), .success(let newProfile)):
                before = oldProfile
                after = newProfile
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

/// One profile of a corpus, read when a rule set asks for it, since each version of a rule set
/// checks it against its own facts.
public protocol CorpusProfile {
    /// Where the profile is: a file, or a file and a line.
    var name: String { get }

    /// The profile checked against `ruleSet`, or its mistakes.
    func load(for ruleSet: RuleSet) -> Result<Profile, DiagnosticList>
}
