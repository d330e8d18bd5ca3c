/// Checks a parsed condition against a rule set's facts and builds the typed ``Condition``.
///
/// Every mistake is collected, not just the first, each at its own column inside the condition.
struct TypeChecker {
    let schema: FactSchema
    /// The condition's text, split once so each node's text is a slice of it.
    let scalars: [Unicode.Scalar]
    /// Maps an offset in the condition's text to a place in the file.
    let locate: (Int) -> SourceLocation
    private(set) var diagnostics: [Diagnostic] = []
    /// The "did you mean" searches left for the file the condition is in.
    private(set) var suggestions: Suggestion.Budget

    init(
        schema: FactSchema, text: String, locate: @escaping (Int) -> SourceLocation, suggestions: Suggestion.Budget
    ) {
        self.schema = schema
        self.scalars = Array(text.unicodeScalars)
        self.locate = locate
        self.suggestions = suggestions
    }

    private mutating func report(_ id: String, _ message: String, at span: SyntaxTree.Span, notes: [String] = []) {
        diagnostics.append(Diagnostic(id: id, message: message, location: locate(span.start), notes: notes))
    }

    private func source(_ span: SyntaxTree.Span) -> String {
        let start = min(span.start, scalars.count)
        let end = min(max(span.end, start), scalars.count)
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }

    private func condition(_ test: Condition.Test, _ span: SyntaxTree.Span) -> Condition {
        Condition(test, text: source(span), location: locate(span.start))
    }

    /// The typed condition, or `nil` when a mistake was reported.
    mutating func check(_ tree: SyntaxTree) -> Condition? {
        switch tree {
        case .and(let terms, let span), .or(let terms, let span):
            let checked = terms.map { check($0) }
            guard case let all = checked.compactMap({ $0 }), all.count == checked.count else { return nil }
            if case .and = tree { return condition(.and(all), span) }
            return condition(.or(all), span)
        case .group(let inner, let span):
            return check(inner).map { Condition($0.test, text: source(span), location: locate(span.start)) }
        case .not(let inner, let span):
            return check(inner).map { condition(.not($0), span) }
        case .name(let name, let span):
            guard let fact = resolveFact(name, span) else { return nil }
            guard case .bool = fact.type else {
                report(
                    "not-a-condition",
                    "`\(name)` is \(fact.type.withArticle) fact, not a condition; compare it with a value",
                    at: span, notes: [example(for: fact)])
                return nil
            }
            return condition(.boolEquals(fact: fact.index, value: true), span)
        case .comparison(let lhs, let op, let rhs, let span):
            return checkComparison(lhs, op, rhs, span)
        case .membership(let lhs, let items, let negated, let span):
            return checkMembership(lhs, items, negated: negated, span)
        case .contains(let lhs, let rhs, let span):
            guard let fact = factOperand(lhs, for: "contains") else { return nil }
            guard case .set(let values) = fact.type else {
                report(
                    "type-mismatch", "`contains` needs a set fact, but `\(fact.name)` is \(fact.type.withArticle)",
                    at: lhs.span)
                return nil
            }
            guard let value = valueIndex(rhs, of: fact, values: values) else { return nil }
            return condition(.contains(fact: fact.index, value: value), span)
        case .missing(let lhs, let negated, let span):
            guard let fact = factOperand(lhs, for: "is missing") else { return nil }
            let missing = condition(.missing(fact: fact.index), span)
            return negated ? condition(.not(missing), span) : missing
        case .count(_, let span), .number(_, let span), .string(_, let span), .bool(_, let span):
            report(
                "not-a-condition",
                "`\(source(span))` is a value, not a condition; expected a comparison such as `phase == primary`",
                at: span)
            return nil
        }
    }

    private mutating func resolveFact(_ name: String, _ span: SyntaxTree.Span) -> Fact? {
        if let fact = schema[name] { return fact }
        if schema.unusableNames.contains(name) { return nil }
        let hint = suggestions.didYouMean(name, among: schema.names)
        report("unknown-fact", "unknown fact `\(name)`\(hint)", at: span)
        return nil
    }

    private mutating func factOperand(_ tree: SyntaxTree, for what: String) -> Fact? {
        guard case .name(let name, let span) = tree else {
            report("expected-fact", "expected a fact before `\(what)`, found `\(source(tree.span))`", at: tree.span)
            return nil
        }
        return resolveFact(name, span)
    }

    private func example(for fact: Fact) -> String {
        switch fact.type {
        case .enumeration(let values, _): "for example `\(fact.name) == \(values.first ?? "value")`"
        case .number: "for example `\(fact.name) >= 10`"
        case .set(let values):
            "for example `\(fact.name) contains \(values.first ?? "value")` or `count(\(fact.name)) >= 2`"
        case .string: "for example `\(fact.name) == \"text\"`"
        case .bool: "for example `\(fact.name)`"
        }
    }

    private mutating func valueIndex(_ tree: SyntaxTree, of fact: Fact, values: [String]) -> Int? {
        let word: String
        switch tree {
        case .name(let name, _), .string(let name, _): word = name
        case .bool(let value, _): word = value ? "true" : "false"
        default:
            report(
                "type-mismatch",
                "expected a value of `\(fact.name)` (\(values.joined(separator: ", "))), found `\(source(tree.span))`",
                at: tree.span)
            return nil
        }
        if let index = values.firstIndex(of: word) { return index }
        if schema[word] != nil {
            report(
                "fact-comparison",
                "comparing two facts is not supported; compare `\(fact.name)` with one of its values (\(values.joined(separator: ", ")))",
                at: tree.span)
            return nil
        }
        let hint = suggestions.didYouMean(word, among: values)
        report(
            "unknown-value", "`\(word)` is not a value of `\(fact.name)` (\(values.joined(separator: ", ")))\(hint)",
            at: tree.span)
        return nil
    }

    private mutating func checkComparison(
        _ lhs: SyntaxTree, _ op: ComparisonOperator, _ rhs: SyntaxTree, _ span: SyntaxTree.Span
    ) -> Condition? {
        if case .count(let name, let countSpan) = lhs {
            guard let fact = resolveFact(name, countSpan) else { return nil }
            guard case .set = fact.type else {
                report(
                    "type-mismatch", "`count()` needs a set fact, but `\(name)` is \(fact.type.withArticle)",
                    at: countSpan)
                return nil
            }
            guard case .number(let value, _) = rhs, value >= 0, value == value.rounded() else {
                report(
                    "type-mismatch",
                    "expected a whole number to compare `count(\(name))` with, found `\(source(rhs.span))`",
                    at: rhs.span)
                return nil
            }
            return condition(.count(fact: fact.index, op, Int(value)), span)
        }
        guard let fact = factOperand(lhs, for: op.rawValue) else { return nil }
        let ordering = op != .equal && op != .notEqual
        switch fact.type {
        case .bool:
            guard !ordering, case .bool(let value, _) = rhs else {
                report(
                    "type-mismatch",
                    "`\(fact.name)` is a bool; compare it with `== true` or `== false`, or use it on its own",
                    at: ordering ? span : rhs.span)
                return nil
            }
            return condition(.boolEquals(fact: fact.index, value: op == .equal ? value : !value), span)
        case .enumeration(let values, let ordered):
            guard let index = valueIndex(rhs, of: fact, values: values) else { return nil }
            if ordering {
                guard ordered else {
                    report(
                        "unordered-enum",
                        "`\(op.rawValue)` needs an ordered fact, but `\(fact.name)` is an enum without `ordered: true`",
                        at: span, notes: ["use `==`, `!=` or `in [...]`, or declare the fact with `ordered: true`"])
                    return nil
                }
                return condition(.ordinal(fact: fact.index, op, index), span)
            }
            let bit = UInt64(1) << UInt64(index)
            let all: UInt64 = values.count == 64 ? ~0 : (UInt64(1) << UInt64(values.count)) - 1
            return condition(.oneOf(fact: fact.index, mask: op == .equal ? bit : all & ~bit), span)
        case .number(let minimum, let maximum, _):
            guard case .number(let value, _) = rhs else {
                report(
                    "type-mismatch", "expected a number to compare `\(fact.name)` with, found `\(source(rhs.span))`",
                    at: rhs.span)
                return nil
            }
            if (minimum.map { value < $0 } ?? false) || (maximum.map { value > $0 } ?? false) {
                let range = "\(minimum.map(FactValue.format) ?? "any") to \(maximum.map(FactValue.format) ?? "any")"
                report(
                    "out-of-range", "`\(FactValue.format(value))` is outside the range of `\(fact.name)` (\(range))",
                    at: rhs.span)
                return nil
            }
            return condition(.number(fact: fact.index, op, value), span)
        case .set:
            report(
                "type-mismatch",
                "`\(fact.name)` is a set; use `contains` or `count(\(fact.name))` instead of `\(op.rawValue)`",
                at: span)
            return nil
        case .string:
            guard !ordering, case .string(let value, _) = rhs else {
                report(
                    "type-mismatch",
                    "`\(fact.name)` is a string; compare it with `==` or `!=` and a quoted value such as `\"science\"`",
                    at: ordering ? span : rhs.span)
                return nil
            }
            return condition(.string(fact: fact.index, oneOf: [value], negated: op == .notEqual), span)
        }
    }

    private mutating func checkMembership(
        _ lhs: SyntaxTree, _ items: [SyntaxTree], negated: Bool, _ span: SyntaxTree.Span
    ) -> Condition? {
        guard let fact = factOperand(lhs, for: "in") else { return nil }
        switch fact.type {
        case .enumeration(let values, _):
            var mask: UInt64 = 0
            var failed = false
            for item in items {
                if let index = valueIndex(item, of: fact, values: values) {
                    mask |= 1 << UInt64(index)
                } else {
                    failed = true
                }
            }
            guard !failed else { return nil }
            let all: UInt64 = values.count == 64 ? ~0 : (UInt64(1) << UInt64(values.count)) - 1
            return condition(.oneOf(fact: fact.index, mask: negated ? all & ~mask : mask), span)
        case .string:
            var strings: [String] = []
            for item in items {
                guard case .string(let value, _) = item else {
                    report(
                        "type-mismatch",
                        "expected a quoted string in the list for `\(fact.name)`, found `\(source(item.span))`",
                        at: item.span)
                    return nil
                }
                strings.append(value)
            }
            return condition(.string(fact: fact.index, oneOf: strings, negated: negated), span)
        case .set:
            report(
                "type-mismatch", "`\(fact.name)` is a set; use `\(fact.name) contains value` instead of `in`", at: span)
            return nil
        default:
            report(
                "type-mismatch", "`in` needs an enum or string fact, but `\(fact.name)` is \(fact.type.withArticle)",
                at: span)
            return nil
        }
    }
}
