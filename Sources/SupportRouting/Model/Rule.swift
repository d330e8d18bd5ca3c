/// A rule: a condition with an id, a plain-English reason and the passage it encodes.
public struct Rule: Sendable, Hashable {
    /// The rule's id, unique in its rule set.
    public let id: String
    /// When the rule holds.
    public let condition: Condition
    /// Why the rule exists, in words a head teacher understands.
    public let because: String
    /// The passage of a source document the rule encodes.
    public let source: Citation
    /// Where the rule starts in its file.
    public let location: SourceLocation

    /// Creates a rule.
    public init(id: String, condition: Condition, because: String, source: Citation, location: SourceLocation) {
        self.id = id
        self.condition = condition
        self.because = because
        self.source = source
        self.location = location
    }

    /// Rules compare by meaning, not by place.
    public static func == (lhs: Rule, rhs: Rule) -> Bool {
        (lhs.id, lhs.condition, lhs.because, lhs.source) == (rhs.id, rhs.condition, rhs.because, rhs.source)
    }

    /// Hashes the meaning only.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(condition)
    }
}
