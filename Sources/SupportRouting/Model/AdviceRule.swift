/// A rule that adds a note to the answer without changing the route.
public struct AdviceRule: Sendable, Hashable {
    /// The rule itself.
    public let rule: Rule
    /// The note, with facts interpolated.
    public let says: MessageTemplate
    /// The indices of the routes the advice is limited to, or `nil` for every route.
    public let onRoutes: [Int]?

    /// Creates an advice rule.
    public init(rule: Rule, says: MessageTemplate, onRoutes: [Int]?) {
        self.rule = rule
        self.says = says
        self.onRoutes = onRoutes
    }
}
