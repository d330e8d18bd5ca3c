extension RuleDecoder {
    /// Reads `constraints`: each an id, an optional `if`, a `require` condition, a `because` and an
    /// optional `source`.
    mutating func decodeConstraints(_ node: SourceNode, context: inout DecodingContext) -> [Constraint] {
        guard let items = context.items(node, of: "`constraints`") else { return [] }
        return items.compactMap { item -> Constraint? in
            guard let fields = context.fields(item, of: "a constraint", keys: FileKeys.constraint),
                let id = context.identifier(fields["id"]?.value, of: "constraint id")
            else { return nil }
            if let first = seenIds[id] {
                context.error(
                    "duplicate-rule", "id `\(id)` is used twice; ids must be unique in the file",
                    at: fields["id"]!.value.location, notes: ["first used at \(first)"])
                return nil
            }
            seenIds[id] = fields["id"]!.value.location
            let because = context.text(fields["because"]?.value, of: "`because` of constraint `\(id)`")
            let when = fields["if"].map { decodeCondition($0.value, context: &context) }
            let require = fields["require"].flatMap { decodeCondition($0.value, context: &context) }
            var source: Citation?
            if let sourceNode = fields["source"]?.value {
                guard let citation = decodeCitation(sourceNode, rule: id, context: &context) else { return nil }
                source = citation
            }
            guard let because, let require, when ?? require != nil else { return nil }
            return Constraint(
                id: id, when: when ?? nil, require: require, because: because, source: source, location: item.location)
        }
    }

    /// Reads the `derived` map of each fact that has one: a `because`, an optional `source`, and
    /// `cases`, each `if` with `value`, closed by `otherwise`.
    mutating func decodeDerivations(_ factsNode: SourceNode, context: inout DecodingContext) -> [Derivation] {
        guard case .mapping(let entries) = factsNode.kind else { return [] }
        var derivations: [Derivation] = []
        for entry in entries {
            guard let fact = schema[entry.key], case .mapping(let pairs) = entry.value.kind,
                let node = pairs.first(where: { $0.key == "derived" })?.value
            else { continue }
            if let derivation = decodeDerivation(node, of: fact, context: &context) { derivations.append(derivation) }
        }
        return derivations
    }

    private mutating func decodeDerivation(_ node: SourceNode, of fact: Fact, context: inout DecodingContext)
        -> Derivation?
    {
        let what = "the derivation of `\(fact.name)`"
        guard let fields = context.fields(node, of: what, keys: FileKeys.derivation) else { return nil }
        if fact.defaultValue != nil {
            context.error(
                "derived-with-default",
                "`\(fact.name)` is derived, so it cannot also have a `default`: its value is worked out from other facts",
                at: node.location)
            return nil
        }
        let because = context.text(fields["because"]?.value, of: "`because` of \(what)")
        var source: Citation?
        if let sourceNode = fields["source"]?.value {
            guard let citation = decodeCitation(sourceNode, rule: "derived `\(fact.name)`", context: &context) else {
                return nil
            }
            source = citation
        }
        guard let casesNode = fields["cases"]?.value, let items = context.items(casesNode, of: "`cases` of \(what)")
        else { return nil }
        var cases: [Derivation.Case] = []
        var closed = false
        for item in items {
            guard let caseFields = context.fields(item, of: "a case of \(what)", keys: FileKeys.derivationCase)
            else { return nil }
            if closed {
                context.error(
                    "case-after-otherwise", "a case follows `otherwise` in \(what); `otherwise` must come last",
                    at: item.location)
                return nil
            }
            if let otherwise = caseFields["otherwise"]?.value {
                guard caseFields["if"] == nil, caseFields["value"] == nil else {
                    context.error(
                        "bad-case", "write `otherwise: VALUE` on its own, without `if` or `value`", at: item.location)
                    return nil
                }
                guard let value = FactValueReader.read(otherwise, as: (fact.name, fact.type), into: &context) else {
                    return nil
                }
                cases.append(Derivation.Case(condition: nil, value: value, location: item.location))
                closed = true
                continue
            }
            guard let ifNode = caseFields["if"]?.value, let valueNode = caseFields["value"]?.value else {
                context.error(
                    "bad-case", "each case of \(what) needs `if` and `value`, and the last is `otherwise: VALUE`",
                    at: item.location)
                return nil
            }
            let condition = decodeCondition(ifNode, context: &context)
            let value = FactValueReader.read(valueNode, as: (fact.name, fact.type), into: &context)
            guard let condition, let value else { return nil }
            if condition.facts.contains(fact.index) {
                context.error(
                    "derived-from-itself", "a case of \(what) reads `\(fact.name)` itself", at: ifNode.location)
                return nil
            }
            cases.append(Derivation.Case(condition: condition, value: value, location: item.location))
        }
        guard closed, cases.count > 1 else {
            context.error(
                "no-otherwise",
                "\(what) needs at least one `if` case and must end with `otherwise: VALUE`, so every profile gets a value",
                at: casesNode.location)
            return nil
        }
        guard let because else { return nil }
        return Derivation(fact: fact.index, cases: cases, because: because, source: source, location: node.location)
    }
}
