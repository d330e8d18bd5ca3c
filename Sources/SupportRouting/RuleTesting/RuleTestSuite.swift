/// A loaded rule test file: the rule set it tests and its cases, every id and fact checked.
public struct RuleTestSuite: Sendable, Hashable {
    /// The test file, as the user named it.
    public let file: String
    /// The rule set the cases run against.
    public let ruleSet: RuleSet
    /// The cases, in file order.
    public let cases: [RuleTestCase]

    /// Creates a suite.
    public init(file: String, ruleSet: RuleSet, cases: [RuleTestCase]) {
        self.file = file
        self.ruleSet = ruleSet
        self.cases = cases
    }
}
