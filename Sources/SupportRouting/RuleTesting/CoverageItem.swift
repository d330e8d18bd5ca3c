/// One thing the cases of a run should exercise: a rule deciding, advice applying, a rung being
/// the outcome, or one side of a numeric threshold.
public struct CoverageItem: Sendable, Hashable, Encodable {
    /// What kind of thing is to be covered.
    public enum Kind: String, Sendable, Hashable, Encodable {
        /// A `start_at` or escalation rule that should decide some case.
        case rule
        /// An advice rule that should apply in some case.
        case advice
        /// A rung that some case should end at.
        case rung
        /// A comparison on a number or a `count()` that should hold in some case and not in another.
        case threshold
    }

    /// The kind.
    public let kind: Kind
    /// The id of the rule, advice or route.
    public let id: String
    /// For a threshold: the comparison as written, such as `count(oversight.bodies) >= 4`.
    public let condition: String?
    /// For a threshold: `true` for the side where it holds, `false` for the side where it does not.
    public let holds: Bool?
    /// Where the rule, rung or comparison is written.
    public let location: SourceLocation
    /// Whether some case covers it.
    public let covered: Bool

    /// Creates an item.
    public init(
        kind: Kind, id: String, condition: String? = nil, holds: Bool? = nil, location: SourceLocation, covered: Bool
    ) {
        self.kind = kind
        self.id = id
        self.condition = condition
        self.holds = holds
        self.location = location
        self.covered = covered
    }

    /// What is missing when the item is not covered, in one line.
    public var uncoveredText: String {
        switch kind {
        case .rule: "rule `\(id)` decides no case"
        case .advice: "advice `\(id)` applies in no case"
        case .rung: "no case ends at rung `\(id)`"
        case .threshold:
            "no case where `\(condition ?? "")` \(holds == false ? "does not hold" : "holds") (in `\(id)`)"
        }
    }
}
