/// A condition every valid profile satisfies, such as "an inadequate school is in a category".
///
/// A profile for which a constraint surely fails is refused with a located error; one that leaves
/// out a fact the constraint reads is accepted while some value of that fact could satisfy it. The
/// analyses (`check`, `diff`, invariants, possible routes and counterfactuals) consider only the
/// profiles that satisfy every constraint.
public struct Constraint: Sendable, Hashable {
    /// Where the constraint comes from.
    public enum Kind: Sendable, Hashable {
        /// Written under `constraints` in the rule file.
        case declared
        /// Made from the derivation of the fact in this slot: the fact's value is the one its
        /// derivation gives.
        case derivation(fact: Int)
    }

    /// The constraint's id, unique among the rule set's rules and constraints.
    public let id: String
    /// When the constraint applies; `nil` for always.
    public let when: Condition?
    /// What must hold when it applies.
    public let require: Condition
    /// The whole constraint as one condition: it holds for exactly the profiles that keep to it.
    public let condition: Condition
    /// Why every profile must keep to it, in plain English.
    public let because: String
    /// The passage that says so, if the rule file cites one.
    public let source: Citation?
    /// Declared, or made from a derivation.
    public let kind: Kind
    /// Where the constraint is written.
    public let location: SourceLocation

    /// Creates a constraint; ``condition`` is `require`, or `not when or require`.
    public init(
        id: String, when: Condition?, require: Condition, because: String, source: Citation?, kind: Kind = .declared,
        location: SourceLocation
    ) {
        self.id = id
        self.when = when
        self.require = require
        self.because = because
        self.source = source
        self.kind = kind
        self.location = location
        if let when {
            let negated = Condition(.not(when), text: "not (\(when.text))", location: when.location)
            condition = Condition(
                .or([negated, require]), text: "not (\(when.text)) or (\(require.text))", location: location)
        } else {
            condition = require
        }
    }

    /// Constraints compare by meaning, not by place.
    public static func == (lhs: Constraint, rhs: Constraint) -> Bool {
        (lhs.id, lhs.condition, lhs.because, lhs.source, lhs.kind)
            == (rhs.id, rhs.condition, rhs.because, rhs.source, rhs.kind)
    }

    /// Hashes the meaning only.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(condition)
    }
}
