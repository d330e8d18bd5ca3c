/// A derivation written as conditions, so the walk's logic, the analyses and the profile checks read
/// it as they read any rule.
extension Derivation {
    /// Holds when the fact has the value its derivation gives: for some case, every earlier case
    /// fails, this one holds and the fact equals its value. Unknown while the facts that decide
    /// it are missing and the fact's value could still be right.
    func agreement(schema: FactSchema) -> Condition {
        let fact = schema.facts[self.fact]
        let options = applying { item, terms in
            let all = terms + [Self.equals(fact, item.value, at: item.location)]
            return Condition(
                .and(all), text: all.map { "(\($0.text))" }.joined(separator: " and "), location: item.location)
        }
        return Condition(.or(options), text: "`\(fact.name)` is the value its derivation gives", location: location)
    }

    /// Holds when the facts the cases read decide the value: some case holds and every earlier one
    /// fails, or every case fails and `otherwise` applies.
    func decided() -> Condition {
        let options = applying { item, terms in Condition(.and(terms), text: "case", location: item.location) }
        return Condition(.or(options), text: "derivation decided", location: location)
    }

    /// For each case, `body` with the terms under which it is the case that applies: every earlier
    /// condition fails and its own holds (the decoder makes sure the list is never empty).
    private func applying(_ body: (Case, [Condition]) -> Condition) -> [Condition] {
        var earlier: [Condition] = []
        return cases.map { item in
            var terms = earlier
            if let condition = item.condition {
                terms.append(condition)
                earlier.append(
                    Condition(.not(condition), text: "not (\(condition.text))", location: condition.location))
            }
            return body(item, terms)
        }
    }

    /// `fact == value` as a condition.
    static func equals(_ fact: Fact, _ value: FactValue, at location: SourceLocation) -> Condition {
        let test: Condition.Test =
            switch value {
            case .bool(let flag): .boolEquals(fact: fact.index, value: flag)
            case .enumeration(let index): .oneOf(fact: fact.index, mask: 1 << UInt64(index))
            default: preconditionFailure("only bool and enum facts are derived")
            }
        return Condition(test, text: "\(fact.name) == \(value.display(as: fact.type))", location: location)
    }
}
