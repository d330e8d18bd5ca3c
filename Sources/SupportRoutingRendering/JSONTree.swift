import SupportRouting

/// A JSON document built in code and printed with two-space indents, keys in the order given, for
/// files people read and diff (schemas); slashes and non-ASCII text are written as they are.
indirect enum JSONTree: Sendable, Equatable {
    case object([(String, JSONTree)])
    case array([JSONTree])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    static func == (left: JSONTree, right: JSONTree) -> Bool { left.printed() == right.printed() }

    /// The document as text, ending with a line break at the top level.
    func printed(indent: String = "") -> String {
        let inner = indent + "  "
        switch self {
        case .object(let members) where members.isEmpty: return "{}"
        case .object(let members):
            let lines = members.map { inner + $0.0.jsonQuoted + ": " + $0.1.printed(indent: inner) }
            return "{\n" + lines.joined(separator: ",\n") + "\n" + indent + "}"
        case .array(let items) where items.isEmpty: return "[]"
        case .array(let items) where items.allSatisfy(\.isScalar):
            return "[" + items.map { $0.printed() }.joined(separator: ", ") + "]"
        case .array(let items):
            return "[\n" + items.map { inner + $0.printed(indent: inner) }.joined(separator: ",\n") + "\n" + indent
                + "]"
        case .string(let text): return text.jsonQuoted
        case .number(let value): return FactValue.format(value)
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return "null"
        }
    }

    private var isScalar: Bool {
        switch self {
        case .object, .array: false
        default: true
        }
    }
}
