/// Types a value from a profile or a fact's `default` against the fact's declared type.
///
/// Plain scalars are typed by the schema, never by YAML 1.1 rules: `NO` is an enum value to check,
/// not `false`; `0777` is the number 777, not octal.
package enum FactValueReader {
    /// The value, or `nil` after reporting why it does not fit.
    package static func read(
        _ node: SourceNode, as fact: (name: String, type: FactType), into context: inout DecodingContext
    )
        -> FactValue?
    {
        let name = fact.name
        switch fact.type {
        case .bool:
            guard let scalar = node.scalar, scalar.isPlain, scalar.text == "true" || scalar.text == "false" else {
                context.error(
                    "type-mismatch",
                    "`\(name)` is a bool; expected `true` or `false`, found \(shown(node))\(DecodingContext.boolHint(node))",
                    at: node.location)
                return nil
            }
            return .bool(scalar.text == "true")
        case .enumeration(let values, _):
            guard let scalar = node.scalar, !node.isNull else {
                context.error(
                    "type-mismatch",
                    "`\(name)` is an enum; expected one of \(values.joined(separator: ", ")), found \(shown(node))",
                    at: node.location)
                return nil
            }
            guard let index = values.firstIndex(of: scalar.text) else {
                let hint = context.didYouMean(scalar.text, among: values)
                context.error(
                    "unknown-value",
                    "`\(scalar.text)` is not a value of `\(name)` (\(values.joined(separator: ", ")))\(hint)",
                    at: node.location)
                return nil
            }
            return .enumeration(index)
        case .number(let minimum, let maximum, let integer):
            if let problem = DecodingContext.precisionProblem(node) {
                context.error(
                    "bad-number", problem.message(node.scalar?.text ?? "", for: "`\(name)`"), at: node.location)
                return nil
            }
            guard let scalar = node.scalar, scalar.isPlain, let value = DecodingContext.parseNumber(scalar.text) else {
                context.error(
                    "type-mismatch",
                    "`\(name)` is a number; expected a decimal number, found \(shown(node))\(DecodingContext.numberHint(node))",
                    at: node.location)
                return nil
            }
            if integer, value != value.rounded() {
                context.error("type-mismatch", "`\(name)` is a whole number; found `\(scalar.text)`", at: node.location)
                return nil
            }
            if (minimum.map { value < $0 } ?? false) || (maximum.map { value > $0 } ?? false) {
                let range = "\(minimum.map(FactValue.format) ?? "any") to \(maximum.map(FactValue.format) ?? "any")"
                context.error(
                    "out-of-range", "`\(scalar.text)` is outside the range of `\(name)` (\(range))", at: node.location)
                return nil
            }
            return .number(value)
        case .set(let values):
            guard case .sequence(let items) = node.kind else {
                context.error(
                    "type-mismatch",
                    "`\(name)` is a set; expected a list such as [\(values.prefix(2).joined(separator: ", "))], found \(shown(node))",
                    at: node.location)
                return nil
            }
            var mask: UInt64 = 0
            var failed = false
            for item in items {
                guard let text = item.scalar?.text, !item.isNull, let index = values.firstIndex(of: text) else {
                    let word = item.scalar?.text ?? item.kindName
                    let hint = context.didYouMean(word, among: values)
                    context.error(
                        "unknown-value",
                        "`\(word)` is not a value of `\(name)` (\(values.joined(separator: ", ")))\(hint)",
                        at: item.location)
                    failed = true
                    continue
                }
                let bit = UInt64(1) << UInt64(index)
                if mask & bit != 0 {
                    context.error("duplicate-value", "`\(text)` is listed twice in `\(name)`", at: item.location)
                    failed = true
                }
                mask |= bit
            }
            return failed ? nil : .set(mask)
        case .string:
            guard let scalar = node.scalar, !node.isNull else {
                context.error(
                    "type-mismatch", "`\(name)` is a string; expected text, found \(shown(node))", at: node.location)
                return nil
            }
            return .string(scalar.text)
        }
    }

    private static func shown(_ node: SourceNode) -> String { DecodingContext.shown(node) }
}
