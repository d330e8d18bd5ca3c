/// A document that rules cite, declared once in a rule set's `documents`.
public struct SourceDocument: Sendable, Hashable, Codable {
    /// The key rules use to cite it.
    public let key: String
    /// The document's title.
    public let title: String
    /// Who published it.
    public let publisher: String
    /// When it was published, as written in the rule file.
    public let date: String?
    /// The seed file the quotes come from, if any.
    public let file: String?
    /// Where it can be read, if anywhere.
    public let url: String?
}

/// The passage a rule encodes: a document and a verbatim quote from it.
public struct Citation: Sendable, Hashable, Codable {
    /// What kind of authority a passage has, so an officer can tell law from policy from proposal.
    public enum Standing: String, Sendable, Hashable, Codable, CaseIterable {
        /// An Act or regulations.
        case law
        /// Guidance the law says must be followed or had regard to.
        case statutoryGuidance = "statutory_guidance"
        /// Official guidance from the department or the inspectorate.
        case guidance
        /// A policy the government has adopted, in a consultation response or a statement.
        case policy
        /// A plan announced or proposed, not yet in force.
        case announcedPlan = "announced_plan"
        /// A report of the rule by others (a law firm, a union, the press), not the rule itself.
        case secondarySource = "secondary_source"

        /// The standing in a few words, as `explain` shows it.
        public var words: String {
            switch self {
            case .law: "law"
            case .statutoryGuidance: "statutory guidance"
            case .guidance: "official guidance"
            case .policy: "adopted policy, not law"
            case .announcedPlan: "an announced plan, not yet in force"
            case .secondarySource: "a secondary source, not the rule itself"
            }
        }
    }

    /// The key of a document in the rule set's `documents`.
    public let document: String
    /// The passage, quoted exactly.
    public let quote: String
    /// What kind of authority the passage has, when the rule file says.
    public let standing: Standing?
    /// A caveat about the source, shown with it.
    public let note: String?

    /// A citation of `quote` from `document`.
    public init(document: String, quote: String, standing: Standing? = nil, note: String? = nil) {
        self.document = document
        self.quote = quote
        self.standing = standing
        self.note = note
    }
}
