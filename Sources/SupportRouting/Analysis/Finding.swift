/// A problem `check` finds in a rule set: a diagnostic with the rules involved and, where it helps,
/// a profile that shows it.
public struct Finding: Sendable, Hashable, Codable {
    /// What is wrong, where, how serious, with a stable id.
    public let diagnostic: Diagnostic
    /// The ids of the rules involved.
    public let rules: [String]
    /// A profile that shows the problem, if one helps.
    public let witness: Witness?

    /// Creates a finding.
    public init(diagnostic: Diagnostic, rules: [String], witness: Witness? = nil) {
        self.diagnostic = diagnostic
        self.rules = rules
        self.witness = witness
    }
}

/// A profile that demonstrates a finding, and the route the rules give it.
public struct Witness: Sendable, Hashable, Codable {
    /// A fact and its value as a profile writes it.
    public struct Setting: Sendable, Hashable, Codable {
        /// The fact's dotted name.
        public let fact: String
        /// The value in YAML, such as `true`, `special_measures`, `[sip, governors]` or `"science"`.
        public let value: String
    }

    /// The facts that decide the walk, in schema order.
    public let facts: [Setting]
    /// The route the rules give this profile.
    public let route: String

    /// The profile as YAML, ready to save and run with `support-router explain`.
    public var yaml: String {
        facts.map { "\($0.fact): \($0.value)" }.joined(separator: "\n") + "\n"
    }
}
