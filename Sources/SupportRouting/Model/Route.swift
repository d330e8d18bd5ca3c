/// One rung of the escalation path: a kind of support, who brokers it, and when to climb past it.
public struct Route: Sendable, Hashable {
    /// The route's id, such as `local-family`.
    public let id: String
    /// A one-line title.
    public let title: String
    /// Who arranges this support.
    public let brokeredBy: String
    /// What the support involves, in plain words.
    public let involves: String
    /// Rules that send the school up to the next rung when any of them holds.
    public let escalateWhen: [Rule]
    /// The rung's position on the path, 0 for the lowest.
    public let index: Int
    /// Where the route is declared.
    public let location: SourceLocation

    /// Creates a route.
    public init(
        id: String, title: String, brokeredBy: String, involves: String, escalateWhen: [Rule], index: Int,
        location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.brokeredBy = brokeredBy
        self.involves = involves
        self.escalateWhen = escalateWhen
        self.index = index
        self.location = location
    }

    /// Routes compare by meaning, not by place.
    public static func == (lhs: Route, rhs: Route) -> Bool {
        (lhs.id, lhs.title, lhs.brokeredBy, lhs.involves, lhs.escalateWhen, lhs.index)
            == (rhs.id, rhs.title, rhs.brokeredBy, rhs.involves, rhs.escalateWhen, rhs.index)
    }

    /// Hashes the meaning only.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(escalateWhen)
    }
}
