/// Advice text with `{fact}` and `{count(fact)}` placeholders, checked against the schema on load.
public struct MessageTemplate: Sendable, Hashable {
    /// A piece of the message.
    public enum Part: Sendable, Hashable {
        /// Text shown as written.
        case text(String)
        /// A fact's value.
        case value(fact: Int)
        /// The number of members of a set fact.
        case count(fact: Int)
    }

    /// The pieces in order.
    public let parts: [Part]

    /// Creates a template from its pieces.
    public init(parts: [Part]) { self.parts = parts }

    /// The message for a profile's values.
    public func render(schema: FactSchema, values: [FactValue?]) -> String {
        parts.map { part in
            switch part {
            case .text(let text): return text
            case .value(let fact):
                let value = values[fact]
                if case .string(let text)? = value { return text }
                if case .set(let mask)? = value, case .set(let names) = schema.facts[fact].type {
                    return FactValue.members(of: mask, in: names).map { $0.replacingUnderscores }.joined(
                        separator: ", ")
                }
                if case .enumeration? = value { return schema.facts[fact].display(value).replacingUnderscores }
                return value.map { schema.facts[fact].display($0) } ?? "(unknown)"
            case .count(let fact):
                guard case .set(let mask)? = values[fact] else { return "(unknown)" }
                return String(mask.nonzeroBitCount)
            }
        }.joined()
    }
}

extension String {
    /// `notice_to_improve` as `notice to improve`, for values shown inside sentences.
    var replacingUnderscores: String { split(separator: "_", omittingEmptySubsequences: false).joined(separator: " ") }
}
