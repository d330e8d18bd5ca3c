/// A type-checked condition over a rule set's facts, with each fact resolved to its slot.
///
/// Conditions are built by ``ConditionParser`` from a rule's `if` text. Each node keeps its source
/// text and location for explanations and diagnostics; equality compares meaning only.
public struct Condition: Sendable, Hashable {
    /// What a condition tests.
    public indirect enum Test: Sendable, Hashable {
        /// A bool fact equals the given value (a bare fact name means `== true`).
        case boolEquals(fact: Int, value: Bool)
        /// A number fact compared with a literal.
        case number(fact: Int, ComparisonOperator, Double)
        /// The size of a set fact compared with a literal.
        case count(fact: Int, ComparisonOperator, Int)
        /// An ordered enum fact compared with one of its values (by index).
        case ordinal(fact: Int, ComparisonOperator, Int)
        /// An enum fact's value is one of the values whose bits are set (`==`, `!=`, `in`, `not in`).
        case oneOf(fact: Int, mask: UInt64)
        /// A set fact contains the value with this index.
        case contains(fact: Int, value: Int)
        /// A string fact equals one of these strings, or (when `negated`) none of them.
        case string(fact: Int, oneOf: [String], negated: Bool)
        /// The profile gives no value for the fact and the fact has no default.
        case missing(fact: Int)
        /// The inner condition does not hold.
        case not(Condition)
        /// Every inner condition holds.
        case and([Condition])
        /// At least one inner condition holds.
        case or([Condition])
    }

    /// What the condition tests.
    public let test: Test
    /// The condition's text as written in the rule file.
    public let text: String
    /// Where the condition's text starts.
    public let location: SourceLocation

    /// Creates a condition.
    public init(_ test: Test, text: String, location: SourceLocation) {
        self.test = test
        self.text = text
        self.location = location
    }

    /// Conditions compare by meaning, not by spelling or place.
    public static func == (lhs: Condition, rhs: Condition) -> Bool { lhs.test == rhs.test }

    /// Hashes the meaning only.
    public func hash(into hasher: inout Hasher) { hasher.combine(test) }

    /// The fact an atomic condition reads, or `nil` for `and`, `or` and `not`.
    public var fact: Int? {
        switch test {
        case .boolEquals(let fact, _), .number(let fact, _, _), .count(let fact, _, _), .ordinal(let fact, _, _),
            .oneOf(let fact, _), .contains(let fact, _), .string(let fact, _, _), .missing(let fact):
            fact
        case .not, .and, .or: nil
        }
    }

    /// The inner conditions of `and`, `or` and `not`; empty for an atomic condition.
    public var children: [Condition] {
        switch test {
        case .not(let inner): [inner]
        case .and(let inner), .or(let inner): inner
        default: []
        }
    }

    /// Every fact the condition reads, each once, in the order first read.
    public var facts: [Int] {
        var seen: [Int] = []
        visitAtoms { atom in
            if let fact = atom.fact, !seen.contains(fact) { seen.append(fact) }
        }
        return seen
    }

    /// Calls `body` for every atomic condition, left to right.
    public func visitAtoms(_ body: (Condition) -> Void) {
        if fact != nil { body(self) }
        for child in children { child.visitAtoms(body) }
    }
}
