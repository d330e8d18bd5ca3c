/// How a fact's value is worked out from other facts, by a published rule: the value of the first
/// case whose condition holds, or the `otherwise` value.
///
/// A profile may leave a derived fact out, and gets the worked-out value once the facts its cases
/// read decide it; a profile that gives the fact must give the value the derivation allows.
public struct Derivation: Sendable, Hashable {
    /// One case: a condition and the value the fact takes when it is the first that holds.
    public struct Case: Sendable, Hashable {
        /// When this case gives its value; `nil` for the closing `otherwise`.
        public let condition: Condition?
        /// The value.
        public let value: FactValue
        /// Where the case is written.
        public let location: SourceLocation

        /// Creates a case.
        public init(condition: Condition?, value: FactValue, location: SourceLocation) {
            self.condition = condition
            self.value = value
            self.location = location
        }

        /// Cases compare by meaning, not by place.
        public static func == (lhs: Case, rhs: Case) -> Bool {
            (lhs.condition, lhs.value) == (rhs.condition, rhs.value)
        }

        /// Hashes the meaning only.
        public func hash(into hasher: inout Hasher) {
            hasher.combine(condition)
            hasher.combine(value)
        }
    }

    /// The slot of the derived fact.
    public let fact: Int
    /// The cases in order; the last is the `otherwise` case, with no condition.
    public let cases: [Case]
    /// Why the fact is worked out this way.
    public let because: String
    /// The passage that sets out the rule, if the rule file cites one.
    public let source: Citation?
    /// Where the derivation is written.
    public let location: SourceLocation

    /// Creates a derivation.
    public init(fact: Int, cases: [Case], because: String, source: Citation?, location: SourceLocation) {
        self.fact = fact
        self.cases = cases
        self.because = because
        self.source = source
        self.location = location
    }

    /// The facts the cases read, each once.
    public var inputs: [Int] {
        var seen: [Int] = []
        for item in cases {
            for fact in item.condition?.facts ?? [] where !seen.contains(fact) { seen.append(fact) }
        }
        return seen
    }

    /// Derivations compare by meaning, not by place.
    public static func == (lhs: Derivation, rhs: Derivation) -> Bool {
        (lhs.fact, lhs.cases, lhs.because, lhs.source) == (rhs.fact, rhs.cases, rhs.because, rhs.source)
    }

    /// Hashes the meaning only.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(fact)
        hasher.combine(cases)
    }
}
