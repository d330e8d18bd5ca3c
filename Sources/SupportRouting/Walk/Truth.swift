/// The value of a condition when facts may be missing: Kleene's three-valued logic.
public enum Truth: String, Sendable, Hashable, Codable {
    /// The condition does not hold.
    case no
    /// The condition holds.
    case yes
    /// A missing fact decides whether the condition holds.
    case unknown

    init(_ value: Bool) { self = value ? .yes : .no }

    static prefix func ! (truth: Truth) -> Truth {
        switch truth {
        case .yes: .no
        case .no: .yes
        case .unknown: .unknown
        }
    }
}
