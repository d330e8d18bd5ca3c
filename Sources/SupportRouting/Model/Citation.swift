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
    /// The key of a document in the rule set's `documents`.
    public let document: String
    /// The passage, quoted exactly.
    public let quote: String
}
