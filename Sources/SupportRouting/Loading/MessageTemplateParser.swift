/// Reads advice text with `{fact}` and `{count(fact)}` placeholders; `{{` and `}}` write a brace.
enum MessageTemplateParser {
    static func parse(_ node: SourceNode, schema: FactSchema, context: inout DecodingContext) -> MessageTemplate? {
        guard let text = context.text(node, of: "`says`") else { return nil }
        let leading = (node.scalar?.text.unicodeScalars.prefix { $0.properties.isWhitespace }.count) ?? 0
        func place(_ offset: Int) -> SourceLocation {
            node.scalar?.location(ofOffset: leading + offset) ?? node.location
        }
        let scalars = Array(text.unicodeScalars)
        var parts: [MessageTemplate.Part] = []
        var literal = String.UnicodeScalarView()
        var failed = false
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            if (scalar == "{" && next == "{") || (scalar == "}" && next == "}") {
                literal.append(scalar)
                index += 2
                continue
            }
            if scalar == "}" {
                context.error(
                    "bad-placeholder", "`}` in `says` has no opening `{`; write `}}` for a brace", at: place(index))
                failed = true
                index += 1
                continue
            }
            guard scalar == "{" else {
                literal.append(scalar)
                index += 1
                continue
            }
            guard let close = scalars[index...].firstIndex(of: "}") else {
                context.error(
                    "bad-placeholder", "`{` in `says` has no closing `}`; write `{{` for a brace", at: place(index))
                return nil
            }
            if !literal.isEmpty { parts.append(.text(String(literal))) }
            literal = String.UnicodeScalarView()
            let inside = String(String.UnicodeScalarView(scalars[(index + 1)..<close])).trimmingWhitespace
            if let part = placeholder(inside, schema: schema, at: place(index + 1), context: &context) {
                parts.append(part)
            } else {
                failed = true
            }
            index = close + 1
        }
        if !literal.isEmpty { parts.append(.text(String(literal))) }
        return failed ? nil : MessageTemplate(parts: parts)
    }

    private static func placeholder(
        _ inside: String, schema: FactSchema, at location: SourceLocation, context: inout DecodingContext
    ) -> MessageTemplate.Part? {
        guard !inside.isEmpty else {
            context.error("bad-placeholder", "empty `{}` in `says`; name a fact, such as `{phase}`", at: location)
            return nil
        }
        var name = inside
        var counting = false
        if inside.hasPrefix("count("), inside.hasSuffix(")") {
            name = String(inside.dropFirst(6).dropLast()).trimmingWhitespace
            counting = true
        }
        guard let fact = schema[name] else {
            if !schema.unusableNames.contains(name) {
                let hint = context.didYouMean(name, among: schema.names)
                context.error("unknown-fact", "unknown fact `\(name)` in `says`\(hint)", at: location)
            }
            return nil
        }
        guard counting else { return .value(fact: fact.index) }
        guard case .set = fact.type else {
            context.error(
                "type-mismatch",
                "`count(\(name))` in `says` needs a set fact, but `\(name)` is \(fact.type.withArticle)",
                at: location)
            return nil
        }
        return .count(fact: fact.index)
    }
}
