/// One case of a rule test file: a profile and what the rules should answer for it.
public struct RuleTestCase: Sendable, Hashable {
    /// The case's name, unique in its file, in words a rules maintainer understands.
    public let name: String
    /// The profile, read from a profile file or written inline under `facts`.
    public let profile: Profile
    /// What the rules should answer.
    public let expectation: RuleTestExpectation
    /// Where the case starts in its test file.
    public let location: SourceLocation

    /// Creates a case.
    public init(name: String, profile: Profile, expectation: RuleTestExpectation, location: SourceLocation) {
        self.name = name
        self.profile = profile
        self.expectation = expectation
        self.location = location
    }
}

/// What a rule test case expects: a route, or the routes still possible, and optionally exactly
/// the deciding rules and the advice.
public struct RuleTestExpectation: Sendable, Hashable, Codable {
    /// The route expected, when the profile should be decided.
    public let route: String?
    /// The routes expected to remain possible, when the profile leaves deciding facts out.
    public let possible: [String]?
    /// Exactly the rules expected to decide the route, if listed: the `start_at` rules that hold and
    /// the escalation rules that hold on the rungs climbed past.
    public let rules: [String]?
    /// Exactly the advice expected to apply, if listed.
    public let advice: [String]?
    /// Where `expect` is written.
    public let location: SourceLocation

    /// Creates an expectation; exactly one of `route` and `possible` should be given.
    public init(
        route: String?, possible: [String]?, rules: [String]?, advice: [String]?, location: SourceLocation
    ) {
        self.route = route
        self.possible = possible
        self.rules = rules
        self.advice = advice
        self.location = location
    }
}
