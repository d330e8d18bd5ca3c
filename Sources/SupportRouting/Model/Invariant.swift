/// A property the rule set's authors declare, which `check` proves or refutes with a counterexample.
public struct Invariant: Sendable, Hashable {
    /// What is claimed.
    public enum Claim: Sendable, Hashable {
        /// Raising the fact (by its order: values as listed, numbers upward, `false` then `true`) never
        /// gives a lower rung; with `increasing` false, never a higher one.
        case monotone(fact: Int, increasing: Bool)
        /// Every profile for which the condition holds gets one of these routes (by index).
        case implies(Condition, routes: [Int])
    }

    /// The invariant's id, unique in its rule set.
    public let id: String
    /// The claim.
    public let claim: Claim
    /// Why the claim should hold, in plain English.
    public let because: String
    /// Where the invariant is declared.
    public let location: SourceLocation

    /// Creates an invariant.
    public init(id: String, claim: Claim, because: String, location: SourceLocation) {
        self.id = id
        self.claim = claim
        self.because = because
        self.location = location
    }

    /// Invariants compare by meaning, not by place.
    public static func == (lhs: Invariant, rhs: Invariant) -> Bool {
        (lhs.id, lhs.claim, lhs.because) == (rhs.id, rhs.claim, rhs.because)
    }

    /// Hashes the meaning only.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(claim)
    }
}
