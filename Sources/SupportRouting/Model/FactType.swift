/// The type of a fact, declared in a rule set's `facts` schema.
public enum FactType: Sendable, Hashable {
    /// `true` or `false`.
    case bool
    /// One of a fixed list of values; `ordered` enums also compare with `<` and `>`, lowest listed first.
    case enumeration(values: [String], ordered: Bool)
    /// A number, optionally bounded (inclusive) and optionally whole.
    case number(min: Double?, max: Double?, integer: Bool)
    /// Any subset of a fixed list of values.
    case set(values: [String])
    /// Free text.
    case string

    /// The type's name as written in a rule file.
    public var name: String {
        switch self {
        case .bool: "bool"
        case .enumeration(_, let ordered): ordered ? "ordered enum" : "enum"
        case .number: "number"
        case .set: "set"
        case .string: "string"
        }
    }

    /// The type's name after "a" or "an", as a sentence needs it.
    public var withArticle: String {
        switch self {
        case .enumeration: "an \(name)"
        default: "a \(name)"
        }
    }

    /// The allowed values of an enum or a set; empty for other types.
    public var values: [String] {
        switch self {
        case .enumeration(let values, _), .set(let values): values
        default: []
        }
    }
}
