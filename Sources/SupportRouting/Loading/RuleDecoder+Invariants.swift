extension RuleDecoder {
    /// Reads `invariants`: each an id, a `because`, and either `monotone_in: fact` (with an optional
    /// `direction`) or an `if` condition with one of `route`, `route_in`, `route_at_least`, `route_at_most`.
    mutating func decodeInvariants(_ node: SourceNode, routes: [Route], context: inout DecodingContext) -> [Invariant] {
        guard let items = context.items(node, of: "`invariants`") else { return [] }
        let routeKeys = FileKeys.invariantRouteClaims
        return items.compactMap { item -> Invariant? in
            guard
                let fields = context.fields(
                    item, of: "an invariant", keys: FileKeys.invariant),
                let id = context.identifier(fields["id"]?.value, of: "invariant id"),
                let because = context.text(fields["because"]?.value, of: "`because` of invariant `\(id)`")
            else { return nil }
            if let first = seenIds[id] {
                context.error(
                    "duplicate-rule", "id `\(id)` is used twice; ids must be unique in the file",
                    at: fields["id"]!.value.location,
                    notes: ["first used at \(first)"])
                return nil
            }
            seenIds[id] = fields["id"]!.value.location
            if let factNode = fields["monotone_in"]?.value {
                guard fields["if"] == nil, routeKeys.allSatisfy({ fields[$0] == nil }) else {
                    context.error(
                        "bad-invariant",
                        "invariant `\(id)` has `monotone_in` and `if` or a route; give one kind of claim",
                        at: item.location)
                    return nil
                }
                guard let fact = monotoneFact(factNode, context: &context) else { return nil }
                var increasing = true
                if let directionNode = fields["direction"]?.value {
                    guard let direction = directionNode.scalar?.text, ["increasing", "decreasing"].contains(direction)
                    else {
                        context.error(
                            "bad-invariant", "`direction` must be `increasing` or `decreasing`",
                            at: directionNode.location)
                        return nil
                    }
                    increasing = direction == "increasing"
                }
                return Invariant(
                    id: id, claim: .monotone(fact: fact, increasing: increasing), because: because,
                    location: item.location)
            }
            let given = routeKeys.filter { fields[$0] != nil }
            guard let conditionNode = fields["if"]?.value, given.count == 1, let key = given.first,
                let routeNode = fields[key]?.value
            else {
                context.error(
                    "bad-invariant",
                    "invariant `\(id)` needs `monotone_in: fact`, or `if:` with exactly one of `route`, `route_in`, `route_at_least`, `route_at_most`",
                    at: item.location)
                return nil
            }
            guard let condition = decodeCondition(conditionNode, context: &context),
                let allowed = allowedRoutes(key, routeNode, routes: routes, context: &context)
            else { return nil }
            return Invariant(
                id: id, claim: .implies(condition, routes: allowed), because: because, location: item.location)
        }
    }

    private func monotoneFact(_ node: SourceNode, context: inout DecodingContext) -> Int? {
        guard let name = context.text(node, of: "`monotone_in`") else { return nil }
        guard let fact = schema[name] else {
            let hint = context.didYouMean(name, among: schema.names)
            context.error("unknown-fact", "unknown fact `\(name)`\(hint)", at: node.location)
            return nil
        }
        if case .set = fact.type {
            context.error(
                "type-mismatch", "`monotone_in` needs a bool, enum or number fact, but `\(name)` is a set",
                at: node.location)
            return nil
        }
        if case .string = fact.type {
            context.error(
                "type-mismatch", "`monotone_in` needs a bool, enum or number fact, but `\(name)` is a string",
                at: node.location)
            return nil
        }
        return fact.index
    }

    private func allowedRoutes(_ key: String, _ node: SourceNode, routes: [Route], context: inout DecodingContext)
        -> [Int]?
    {
        if key == "route_in" {
            guard let items = context.items(node, of: "`route_in`") else { return nil }
            guard !items.isEmpty else {
                context.error(
                    "bad-invariant", "`route_in` is empty; name the routes the profiles may get", at: node.location)
                return nil
            }
            let indices = items.compactMap { routeIndex($0, routes: routes, context: &context) }
            return indices.count == items.count && !indices.isEmpty ? indices : nil
        }
        guard let index = routeIndex(node, routes: routes, context: &context) else { return nil }
        switch key {
        case "route_at_least": return Array(index..<routes.count)
        case "route_at_most": return Array(0...index)
        default: return [index]
        }
    }
}
