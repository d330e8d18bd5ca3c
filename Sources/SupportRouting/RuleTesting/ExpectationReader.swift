/// Reads a test case's `expect`, checking every id against the rule set when it loaded.
struct ExpectationReader {
    /// The rule set the ids must name, or `nil` when it could not be loaded (ids are then unchecked).
    let ruleSet: RuleSet?

    func read(_ node: SourceNode, context: inout DecodingContext) -> RuleTestExpectation? {
        // `expect: la-commissioned` is short for `expect: {route: la-commissioned}`.
        if node.scalar != nil, !node.isNull {
            return self.route(node, context: &context).map {
                RuleTestExpectation(route: $0, possible: nil, rules: nil, advice: nil, location: node.location)
            }
        }
        guard
            let fields = context.fields(
                node, of: "`expect`", keys: FileKeys.testExpect)
        else { return nil }
        if (fields["route"] == nil) == (fields["possible"] == nil) {
            context.error(
                "bad-expectation", "`expect` needs exactly one of `route` or `possible`", at: node.location)
        }
        let route = fields["route"].flatMap { self.route($0.value, context: &context) }
        let possible = fields["possible"].flatMap { entry in
            list(entry.value, of: "`expect.possible`", context: &context) { self.route($0, context: &$1) }
        }
        if let possible, let node = fields["possible"]?.value, case .sequence(let items) = node.kind, items.count < 2 {
            let hint = possible.first.map { "; expect `route: \($0)` instead" } ?? ""
            context.error(
                "bad-expectation",
                "`expect.possible` lists the routes an undecided profile could get, at least two\(hint)",
                at: node.location)
        }
        let rules = fields["rules"].flatMap { entry in
            list(entry.value, of: "`expect.rules`", context: &context) { self.rule($0, context: &$1) }
        }
        let advice = fields["advice"].flatMap { entry in
            list(entry.value, of: "`expect.advice`", context: &context) { self.advice($0, context: &$1) }
        }
        return RuleTestExpectation(
            route: route, possible: possible, rules: rules, advice: advice, location: node.location)
    }

    /// The ids of a list, each checked, each listed once.
    private func list(
        _ node: SourceNode, of what: String, context: inout DecodingContext,
        _ read: (SourceNode, inout DecodingContext) -> String?
    ) -> [String]? {
        guard let items = context.items(node, of: what) else { return nil }
        var ids: [String] = []
        for item in items {
            guard let id = read(item, &context) else { continue }
            if ids.contains(id) {
                context.error("duplicate-id", "`\(id)` is listed twice in \(what)", at: item.location)
                continue
            }
            ids.append(id)
        }
        return ids
    }

    private func route(_ node: SourceNode, context: inout DecodingContext) -> String? {
        guard let id = context.identifier(node, of: "route id") else { return nil }
        guard let ruleSet, ruleSet.route(id: id) == nil else { return id }
        let known = ruleSet.routes.map(\.id)
        let hint = context.didYouMean(id, among: known)
        context.error(
            "unknown-route", "unknown route `\(id)`\(hint)", at: node.location,
            notes: ["the routes are: \(known.joined(separator: ", "))"])
        return nil
    }

    private func rule(_ node: SourceNode, context: inout DecodingContext) -> String? {
        guard let id = context.identifier(node, of: "rule id") else { return nil }
        guard let ruleSet else { return id }
        let known = ruleSet.pathRules.map(\.id)
        if known.contains(id) { return id }
        if ruleSet.advice.contains(where: { $0.rule.id == id }) {
            context.error(
                "advice-not-rule", "`\(id)` is advice, not a rule that decides the route; list it under `advice`",
                at: node.location)
        } else {
            let hint = context.didYouMean(id, among: known)
            context.error("unknown-rule", "unknown rule `\(id)`\(hint)", at: node.location)
        }
        return nil
    }

    private func advice(_ node: SourceNode, context: inout DecodingContext) -> String? {
        guard let id = context.identifier(node, of: "advice id") else { return nil }
        guard let ruleSet else { return id }
        let known = ruleSet.advice.map(\.rule.id)
        if known.contains(id) { return id }
        if ruleSet.pathRules.contains(where: { $0.id == id }) {
            context.error(
                "rule-not-advice", "`\(id)` is a rule that decides the route, not advice; list it under `rules`",
                at: node.location)
        } else {
            let hint = context.didYouMean(id, among: known)
            context.error("unknown-advice", "unknown advice `\(id)`\(hint)", at: node.location)
        }
        return nil
    }
}
