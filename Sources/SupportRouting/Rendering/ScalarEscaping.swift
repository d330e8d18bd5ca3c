extension String {
    /// The text with each Unicode scalar that `replacements` names replaced by its text. Every
    /// renderer escapes through this, each with its own table; scalars rather than characters, so an
    /// `&` followed by a combining mark cannot slip past as part of one character.
    func replacingScalars(_ replacements: [Unicode.Scalar: String]) -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            if let replacement = replacements[scalar] {
                result += replacement
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The inside of a double-quoted string in YAML or Graphviz DOT: `"` and `\` escaped.
    var backslashEscaped: String { replacingScalars(["\"": "\\\"", "\\": "\\\\"]) }
}
