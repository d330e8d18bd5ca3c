/// Reads advice text with `{fact}` and `{count(fact)}` placeholders.
enum MessageTemplateParser {
    static func parse(_ node: SourceNode, schema: FactSchema, context: inout DecodingContext) -> MessageTemplate? {
        guard let text = context.text(node, of: "`says`") else { return nil }
        var parts: [MessageTemplate.Part] = []
        var rest = Substring(text)
        var failed = false
        while let open = rest.firstIndex(of: "{") {
            if open > rest.startIndex { parts.append(.text(String(rest[..<open]))) }
            guard let close = rest[open...].firstIndex(of: "}") else {
                context.error("bad-placeholder", "`{` in `says` has no closing `}`", at: node.location)
                return nil
            }
            let inside = rest[rest.index(after: open)..<close].trimmingCharacters(in: " ")
            var name = inside
            var counting = false
            if inside.hasPrefix("count("), inside.hasSuffix(")") {
                name = String(inside.dropFirst(6).dropLast()).trimmingCharacters(in: " ")
                counting = true
            }
            if let fact = schema[name] {
                if counting, case .set = fact.type {
                    parts.append(.count(fact: fact.index))
                } else if counting {
                    context.error(
                        "type-mismatch",
                        "`count(\(name))` in `says` needs a set fact, but `\(name)` is \(fact.type.withArticle)",
                        at: node.location)
                    failed = true
                } else {
                    parts.append(.value(fact: fact.index))
                }
            } else {
                context.error(
                    "unknown-fact",
                    "unknown fact `\(name)` in `says`\(Suggestion.didYouMean(name, among: schema.names))",
                    at: node.location)
                failed = true
            }
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(.text(String(rest))) }
        return failed ? nil : MessageTemplate(parts: parts)
    }
}

extension StringProtocol {
    /// The text without the given character at either end.
    func trimmingCharacters(in character: Character) -> String {
        String(drop { $0 == character }.reversed().drop { $0 == character }.reversed())
    }
}
