/// What one rule test case got: the rules' answer, and each way it differs from what was expected.
public struct RuleTestResult: Sendable, Hashable, Encodable {
    /// The rules' answer for the case's profile.
    public struct Answer: Sendable, Hashable, Encodable {
        /// The route, when the profile is decided.
        public let route: String?
        /// The routes still possible, when missing facts decide between them.
        public let possible: [String]?
        /// The missing facts that decide between the possible routes.
        public let decidingFacts: [String]?
        /// The rules that decided the route: `start_at` rules that held, then escalation rules that
        /// held on the rungs climbed past.
        public let rules: [String]
        /// The advice that applies.
        public let advice: [String]
    }

    /// One part of the answer that differs from the expectation.
    public struct Mismatch: Sendable, Hashable, Encodable {
        /// The part: `route`, `rules` or `advice`.
        public let what: String
        /// What the case expects, as shown to the user.
        public let expected: String
        /// What the rules answered, as shown to the user.
        public let actual: String

        /// Creates a mismatch.
        public init(what: String, expected: String, actual: String) {
            self.what = what
            self.expected = expected
            self.actual = actual
        }
    }

    /// The case's name.
    public let name: String
    /// Where the case starts in its test file.
    public let location: SourceLocation
    /// What the case expects.
    public let expected: RuleTestExpectation
    /// What the rules answered.
    public let actual: Answer
    /// The differences; none when the case passed.
    public let mismatches: [Mismatch]
    /// Whether the answer is the one expected.
    public let passed: Bool

    /// Creates a result.
    public init(
        name: String, location: SourceLocation, expected: RuleTestExpectation, actual: Answer, mismatches: [Mismatch]
    ) {
        self.name = name
        self.location = location
        self.expected = expected
        self.actual = actual
        self.mismatches = mismatches
        self.passed = mismatches.isEmpty
    }
}
