extension Condition {
    /// The same condition reading each fact at `slot[fact]` instead. For the enums in `values`, each
    /// value index moves to `values[fact][index]`, and order comparisons become sets of values.
    func remapped(_ slot: [Int], values: [Int: [Int]] = [:]) -> Condition {
        func moved(_ fact: Int, _ indices: [Int]) -> UInt64 {
            indices.reduce(UInt64(0)) { $0 | (1 << UInt64(values[fact]?[$1] ?? $1)) }
        }
        let test: Test =
            switch self.test {
            case .boolEquals(let fact, let value): .boolEquals(fact: slot[fact], value: value)
            case .number(let fact, let op, let value): .number(fact: slot[fact], op, value)
            case .count(let fact, let op, let value): .count(fact: slot[fact], op, value)
            case .ordinal(let fact, let op, let value):
                if let map = values[fact] {
                    .oneOf(fact: slot[fact], mask: moved(fact, map.indices.filter { op.holds($0, value) }))
                } else {
                    .ordinal(fact: slot[fact], op, value)
                }
            case .oneOf(let fact, let mask):
                .oneOf(
                    fact: slot[fact],
                    mask: values[fact] == nil ? mask : moved(fact, (0..<64).filter { mask & (1 << UInt64($0)) != 0 }))
            case .contains(let fact, let value): .contains(fact: slot[fact], value: value)
            case .string(let fact, let strings, let negated):
                .string(fact: slot[fact], oneOf: strings, negated: negated)
            case .missing(let fact): .missing(fact: slot[fact])
            case .not(let inner): .not(inner.remapped(slot, values: values))
            case .and(let terms): .and(terms.map { $0.remapped(slot, values: values) })
            case .or(let terms): .or(terms.map { $0.remapped(slot, values: values) })
            }
        return Condition(test, text: text, location: location)
    }
}

extension Rule {
    func remapped(_ slot: [Int], values: [Int: [Int]]) -> Rule {
        Rule(
            id: id, condition: condition.remapped(slot, values: values), because: because, source: source,
            location: location)
    }
}

extension RuleSet {
    /// The same path over another schema, reading each fact at `slot[fact]`, to compare two rule sets
    /// over one shared space of facts. Advice is left out: its messages name facts by the old slots.
    func remapped(to schema: FactSchema, slot: [Int], values: [Int: [Int]] = [:]) -> RuleSet {
        let routes = self.routes.map { route in
            Route(
                id: route.id, title: route.title, brokeredBy: route.brokeredBy, involves: route.involves,
                escalateWhen: route.escalateWhen.map { $0.remapped(slot, values: values) }, index: route.index,
                location: route.location
            )
        }
        return RuleSet(
            id: id, title: title, version: version, description: description, documents: documents, schema: schema,
            routes: routes,
            startAt: startAt.map { StartAtRule(rule: $0.rule.remapped(slot, values: values), route: $0.route) },
            advice: [],
            invariants: [],
            derivations: derivations.map { $0.remapped(slot, values: values) },
            constraints: constraints.filter { $0.kind == .declared }.map { $0.remapped(slot, values: values) },
            file: file)
    }
}

extension Constraint {
    func remapped(_ slot: [Int], values: [Int: [Int]]) -> Constraint {
        Constraint(
            id: id, when: when?.remapped(slot, values: values), require: require.remapped(slot, values: values),
            because: because, source: source, kind: kind, location: location)
    }
}

extension Derivation {
    func remapped(_ slot: [Int], values: [Int: [Int]]) -> Derivation {
        let cases = self.cases.map { item in
            var value = item.value
            if case .enumeration(let index) = value, let map = values[fact] { value = .enumeration(map[index]) }
            return Case(
                condition: item.condition?.remapped(slot, values: values), value: value, location: item.location)
        }
        return Derivation(fact: slot[fact], cases: cases, because: because, source: source, location: location)
    }
}
