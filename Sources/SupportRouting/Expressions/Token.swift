/// A token of the condition language, with its place in the condition's text.
struct Token: Sendable, Hashable {
    /// The kinds of token.
    enum Kind: Sendable, Hashable {
        case name(String)
        case number(Double)
        case string(String)
        case symbol(String)
        case end
    }

    let kind: Kind
    /// Offset of the first character, in Unicode scalars from the start of the condition.
    let start: Int
    /// Offset just past the last character.
    let end: Int

    /// The token as a user would recognise it in a message.
    var quoted: String {
        switch kind {
        case .name(let name): "`\(name)`"
        case .number(let value): "`\(FactValue.format(value))`"
        case .string(let value): "`\"\(value)\"`"
        case .symbol(let symbol): "`\(symbol)`"
        case .end: "the end of the condition"
        }
    }

    /// Whether the token is the given keyword or symbol.
    func `is`(_ text: String) -> Bool {
        switch kind {
        case .name(let name), .symbol(let name): name == text
        default: false
        }
    }
}
