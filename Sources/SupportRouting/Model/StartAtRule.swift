/// A rule that starts the walk at a higher rung, for cases that begin higher up the path.
public struct StartAtRule: Sendable, Hashable {
    /// The rule itself.
    public let rule: Rule
    /// The index of the rung the walk starts at when the rule holds.
    public let route: Int

    /// Creates a start-at rule.
    public init(rule: Rule, route: Int) {
        self.rule = rule
        self.route = route
    }
}
