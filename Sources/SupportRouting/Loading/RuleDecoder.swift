/// Reads the rules of a rule set: escalation rules of each route, `start_at` and `advice`.
struct RuleDecoder {
    let schema: FactSchema
    let documents: Set<String>
    /// The most terms a condition may have.
    let maximumConditionTerms: Int
    /// Ids already used, with where, so a repeat can point at the first.
    var seenIds: [String: SourceLocation] = [:]

    init(schema: FactSchema, documents: Set<String>, maximumConditionTerms: Int) {
        self.schema = schema
        self.documents = documents
        self.maximumConditionTerms = maximumConditionTerms
    }

    mutating func decodeRoutes(_ node: SourceNode, context: inout DecodingContext) -> [Route] {
        guard let items = context.items(node, of: "`routes`") else { return [] }
        if items.isEmpty {
            context.error("no-routes", "`routes` is empty; list the rungs of the path, lowest first", at: node.location)
        }
        var routes: [Route] = []
        var routeIds: [String: SourceLocation] = [:]
        for item in items {
            guard
                let fields = context.fields(
                    item, of: "a route", keys: FileKeys.route),
                let id = context.identifier(fields["id"]?.value, of: "route id")
            else { continue }
            if let first = routeIds[id] {
                context.error(
                    "duplicate-route", "route `\(id)` is declared twice", at: item.location,
                    notes: ["first declared at \(first)"])
                continue
            }
            routeIds[id] = item.location
            let title = context.text(fields["title"]?.value, of: "the title of route `\(id)`")
            let brokeredBy = context.text(fields["brokered_by"]?.value, of: "`brokered_by` of route `\(id)`")
            let involves = context.text(fields["involves"]?.value, of: "`involves` of route `\(id)`")
            var escalateWhen: [Rule] = []
            if let rulesNode = fields["escalate_when"]?.value,
                let ruleItems = context.items(rulesNode, of: "`escalate_when` of route `\(id)`")
            {
                escalateWhen = ruleItems.compactMap { decodeRule($0, kind: "escalation rule", context: &context)?.rule }
            }
            guard let title, let brokeredBy, let involves else { continue }
            routes.append(
                Route(
                    id: id, title: title, brokeredBy: brokeredBy, involves: involves, escalateWhen: escalateWhen,
                    index: routes.count, location: item.location))
        }
        return routes
    }

    mutating func decodeStartAt(_ node: SourceNode, routes: [Route], context: inout DecodingContext) -> [StartAtRule] {
        guard let items = context.items(node, of: "`start_at`") else { return [] }
        return items.compactMap { item in
            guard
                let (rule, fields) = decodeRule(
                    item, kind: "start_at rule", keys: FileKeys.startRule, context: &context),
                let route = routeIndex(fields["route"]?.value, routes: routes, context: &context)
            else { return nil }
            return StartAtRule(rule: rule, route: route)
        }
    }

    mutating func decodeAdvice(_ node: SourceNode, routes: [Route], context: inout DecodingContext) -> [AdviceRule] {
        guard let items = context.items(node, of: "`advice`") else { return [] }
        return items.compactMap { item in
            guard
                let (rule, fields) = decodeRule(
                    item, kind: "advice rule", keys: FileKeys.adviceRule, context: &context),
                let saysNode = fields["says"]?.value,
                let says = MessageTemplateParser.parse(saysNode, schema: schema, context: &context)
            else { return nil }
            var onRoutes: [Int]?
            if let routesNode = fields["on_routes"]?.value {
                guard let routeItems = context.items(routesNode, of: "`on_routes` of advice `\(rule.id)`") else {
                    return nil
                }
                guard !routeItems.isEmpty else {
                    context.error(
                        "empty-routes",
                        "`on_routes` of advice `\(rule.id)` is empty; leave it out to give the advice on every route",
                        at: routesNode.location)
                    return nil
                }
                var indices: [Int] = []
                for item in routeItems {
                    guard let index = routeIndex(item, routes: routes, context: &context) else { return nil }
                    guard !indices.contains(index) else {
                        context.error(
                            "duplicate-route", "route `\(routes[index].id)` is listed twice in `on_routes`",
                            at: item.location)
                        return nil
                    }
                    indices.append(index)
                }
                onRoutes = indices
            }
            return AdviceRule(rule: rule, says: says, onRoutes: onRoutes)
        }
    }

    func routeIndex(_ node: SourceNode?, routes: [Route], context: inout DecodingContext) -> Int? {
        guard let node, let id = context.identifier(node, of: "route id") else { return nil }
        if let route = routes.first(where: { $0.id == id }) { return route.index }
        let ids = routes.map(\.id)
        let hint = context.didYouMean(id, among: ids)
        context.error(
            "unknown-route", "unknown route `\(id)`\(hint)", at: node.location,
            notes: ["the routes are: \(ids.joined(separator: ", "))"])
        return nil
    }

    /// A rule and the fields beyond the common ones, or `nil` after reporting why not.
    private mutating func decodeRule(
        _ node: SourceNode, kind: String, keys: FileKeys.Keys = FileKeys.escalationRule,
        context: inout DecodingContext
    ) -> (rule: Rule, fields: [String: SourceNode.Entry])? {
        guard let fields = context.fields(node, of: "an \(kind)", keys: keys) else { return nil }
        guard let id = context.identifier(fields["id"]?.value, of: "rule id") else { return nil }
        if let first = seenIds[id] {
            context.error(
                "duplicate-rule", "rule id `\(id)` is used twice; rule ids must be unique in the file",
                at: fields["id"]!.value.location, notes: ["first used at \(first)"])
        } else {
            seenIds[id] = fields["id"]!.value.location
        }
        let because = context.text(fields["because"]?.value, of: "`because` of rule `\(id)`")
        let source = decodeCitation(fields["source"]?.value, rule: id, context: &context)
        let condition = fields["if"].flatMap { decodeCondition($0.value, context: &context) }
        guard let because, let source, let condition else { return nil }
        return (Rule(id: id, condition: condition, because: because, source: source, location: node.location), fields)
    }

    func decodeCondition(_ node: SourceNode, context: inout DecodingContext) -> Condition? {
        if case .scalar(let scalar) = node.kind, scalar.isPlain, scalar.text == "true" || scalar.text == "false" {
            context.error(
                "not-a-condition", "`if: \(scalar.text)` is a constant; write a condition over facts", at: node.location
            )
            return nil
        }
        guard let text = context.text(node, of: "the condition `if`") else { return nil }
        let scalar = node.scalar
        let leading = (scalar?.text.unicodeScalars.prefix { $0.properties.isWhitespace }.count) ?? 0
        let locate: (Int) -> SourceLocation = { offset in
            scalar?.location(ofOffset: leading + offset) ?? node.location
        }
        let parsed = ConditionParser.parse(
            text, schema: schema, locate: locate, maximumTerms: maximumConditionTerms,
            suggestions: &context.suggestions)
        switch parsed {
        case .success(let condition): return condition
        case .failure(let list):
            for diagnostic in list.diagnostics {
                context.error(diagnostic.id, diagnostic.message, at: diagnostic.location, notes: diagnostic.notes)
            }
            return nil
        }
    }

    func decodeCitation(_ node: SourceNode?, rule: String, context: inout DecodingContext) -> Citation? {
        guard let node,
            let fields = context.fields(node, of: "the source of rule `\(rule)`", keys: FileKeys.source),
            let document = context.text(fields["document"]?.value, of: "`document`"),
            let quote = context.text(fields["quote"]?.value, of: "`quote`")
        else { return nil }
        guard documents.contains(document) else {
            let hint = context.didYouMean(document, among: documents.sorted())
            context.error(
                "unknown-document", "unknown document `\(document)`\(hint)",
                at: fields["document"]!.value.location, notes: ["declare it under `documents` at the top of the file"])
            return nil
        }
        var standing: Citation.Standing?
        if let node = fields["standing"]?.value {
            let words = Citation.Standing.allCases.map(\.rawValue)
            guard let text = context.text(node, of: "`standing`"), let known = Citation.Standing(rawValue: text) else {
                let found = node.scalar?.text ?? node.kindName
                let hint = context.didYouMean(found, among: words)
                context.error(
                    "unknown-standing",
                    "unknown standing `\(found)`\(hint); expected one of \(words.joined(separator: ", "))",
                    at: node.location)
                return nil
            }
            standing = known
        }
        let note = fields["note"].flatMap { context.text($0.value, of: "`note`") }
        return Citation(document: document, quote: quote, standing: standing, note: note)
    }
}
