extension Condition {
    /// The same condition reading each fact at `slot[fact]` instead.
    func remapped(_ slot: [Int]) -> Condition {
        let test: Test =
            switch self.test {
            case .boolEquals(let fact, let value): .boolEquals(fact: slot[fact], value: value)
            case .number(let fact, let op, let value): .number(fact: slot[fact], op, value)
            case .count(let fact, let op, let value): .count(fact: slot[fact], op, value)
            case .ordinal(let fact, let op, let value): .ordinal(fact: slot[fact], op, value)
            case .oneOf(let fact, let mask): .oneOf(fact: slot[fact], mask: mask)
            case .contains(let fact, let value): .contains(fact: slot[fact], value: value)
            case .string(let fact, let strings, let negated):
                .string(fact: slot[fact], oneOf: strings, negated: negated)
            case .missing(let fact): .missing(fact: slot[fact])
            case .not(let inner): .not(inner.remapped(slot))
            case .and(let terms): .and(terms.map { $0.remapped(slot) })
            case .or(let terms): .or(terms.map { $0.remapped(slot) })
            }
        return Condition(test, text: text, location: location)
    }
}

extension Rule {
    func remapped(_ slot: [Int]) -> Rule {
        Rule(id: id, condition: condition.remapped(slot), because: because, source: source, location: location)
    }
}

extension RuleSet {
    /// The same path over another schema, reading each fact at `slot[fact]`, to compare two rule sets
    /// over one shared space of facts. Advice is left out: its messages name facts by the old slots.
    func remapped(to schema: FactSchema, slot: [Int]) -> RuleSet {
        let routes = self.routes.map { route in
            Route(
                id: route.id, title: route.title, brokeredBy: route.brokeredBy, involves: route.involves,
                escalateWhen: route.escalateWhen.map { $0.remapped(slot) }, index: route.index, location: route.location
            )
        }
        return RuleSet(
            id: id, title: title, version: version, description: description, documents: documents, schema: schema,
            routes: routes, startAt: startAt.map { StartAtRule(rule: $0.rule.remapped(slot), route: $0.route) },
            advice: [],
            invariants: [], file: file)
    }
}
