import SupportRouting

/// Turns one cell's text into a fact's value through a ``ColumnRule``.
enum CellReader {
    /// The outcome for `text`, or a one-line reason it does not fit the fact.
    static func read(_ text: Substring, rule: ColumnRule, fact: Fact) -> Result<CellOutcome, CellError> {
        let trimmed = text.trimmingSpaces
        if trimmed.isEmpty { return .success(rule.blank) }
        if !rule.values.isEmpty {
            if let outcome = rule.values[String(trimmed)] { return .success(outcome) }
            // Exports differ in capitals (`GOOD`, `Good`); a text that matches one listed text but for
            // case means that text. The memo makes this search once per distinct text.
            let lowered = trimmed.lowercased()
            let matches = rule.values.filter { $0.key.lowercased() == lowered }
            if matches.count == 1, let match = matches.first { return .success(match.value) }
            if let otherwise = rule.otherwise { return .success(otherwise) }
            let texts = rule.values.keys.sorted()
            let listed = texts.map { "`\($0)`" }.joined(separator: ", ")
            // A text that matches several in all but case is not guessed at, and none of them is suggested.
            let hint = matches.isEmpty ? Suggestion.didYouMean(String(trimmed), among: texts) : ""
            return .failure(
                CellError("`\(trimmed)` is not one of the texts mapped for `\(fact.name)` (\(listed))\(hint)"))
        }
        // A number written well that cannot be held exactly, or `nan` and `inf`, is a mistake in the data, not
        // the kind of unlisted text (`SUPP`, `x`) that `otherwise` is for.
        if case .number = fact.type, case .failure(let problem) = DecimalReader.read(trimmed),
            problem != .notANumber
        {
            return .failure(CellError(problem.message(trimmed, for: "`\(fact.name)`"), id: "bad-number"))
        }
        if let value = typed(trimmed, as: fact.type, separator: rule.separator) { return .success(.value(value)) }
        if let otherwise = rule.otherwise { return .success(otherwise) }
        if case .enumeration(let values, _) = fact.type {
            let hint = Suggestion.didYouMean(String(trimmed), among: values)
            return .failure(
                CellError(
                    "`\(trimmed)` is not a value of `\(fact.name)` (\(values.joined(separator: ", ")))\(hint)"))
        }
        if case .set(let members) = fact.type {
            return .failure(
                CellError(
                    "`\(trimmed)` is not a set for `\(fact.name)`: expected members of \(members.joined(separator: ", "))"
                        + " separated by `\(rule.separator)`"))
        }
        return .failure(CellError("`\(trimmed)` is not \(fact.type.withArticle) for `\(fact.name)`"))
    }

    /// A JSON list read as a set fact's members, each one of the fact's values (forgiving case, spaces and
    /// dashes, as in a cell), or why not.
    static func read(members: [Substring], fact: Fact) -> Result<CellOutcome, CellError> {
        guard case .set(let values) = fact.type else {
            return .failure(
                CellError(
                    "a list is only for a set fact, and `\(fact.name)` is \(fact.type.withArticle)",
                    id: "unexpected-list"))
        }
        var mask: UInt64 = 0
        for member in members {
            let trimmed = member.trimmingSpaces
            guard let index = valueIndex(trimmed, in: values) else {
                let hint = Suggestion.didYouMean(String(trimmed), among: values)
                return .failure(
                    CellError(
                        "`\(trimmed)` is not a value of `\(fact.name)` (\(values.joined(separator: ", ")))\(hint)"))
            }
            mask |= 1 << UInt64(index)
        }
        return .success(.value(.set(mask)))
    }

    /// The text read as the fact's own type, forgiving case, spaces and dashes in value names.
    static func typed(_ text: Substring, as type: FactType, separator: String) -> FactValue? {
        switch type {
        case .bool:
            switch text.lowercased() {
            case "true", "yes", "y", "1": return .bool(true)
            case "false", "no", "n", "0": return .bool(false)
            default: return nil
            }
        case .enumeration(let values, _):
            return valueIndex(text, in: values).map(FactValue.enumeration)
        case .number(let minimum, let maximum, let integer):
            guard case .success(let number) = DecimalReader.read(text) else { return nil }
            if let minimum, number < minimum { return nil }
            if let maximum, number > maximum { return nil }
            if integer, number.rounded() != number { return nil }
            return .number(number)
        case .set(let values):
            var mask: UInt64 = 0
            let members =
                separator.count == 1 ? text.split(separator: separator.first!) : text.split(separator: separator)
            for member in members where !member.trimmingSpaces.isEmpty {
                guard let index = valueIndex(member.trimmingSpaces, in: values) else { return nil }
                mask |= 1 << UInt64(index)
            }
            return .set(mask)
        case .string:
            return .string(String(text))
        }
    }

    private static func valueIndex(_ text: Substring, in values: [String]) -> Int? {
        if let index = values.firstIndex(where: { $0 == text }) { return index }
        let normalised = String(text).lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 }
        return values.firstIndex { $0 == String(normalised) }
    }
}

/// Why a cell's text does not fit its fact.
struct CellError: Error, Sendable {
    let message: String
    /// The diagnostic's id.
    let id: String
    init(_ message: String, id: String = "unmapped-value") {
        self.message = message
        self.id = id
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs; most cells have none, so those are
    /// answered from their first and last bytes alone.
    var trimmingSpaces: Substring {
        let bytes = utf8
        guard let first = bytes.first, let last = bytes.last else { return self }
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
        if !isSpace(first) && !isSpace(last) { return self }
        guard let start = bytes.firstIndex(where: { !isSpace($0) }) else { return self[endIndex...] }
        let end = bytes.lastIndex(where: { !isSpace($0) })!
        return self[start...end]
    }
}
