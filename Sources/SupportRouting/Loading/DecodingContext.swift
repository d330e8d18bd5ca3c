/// Reads a ``SourceNode`` tree into model values, collecting every mistake as a ``Diagnostic``.
package struct DecodingContext {
    package private(set) var diagnostics: [Diagnostic] = []
    /// The "did you mean" searches left for this file.
    package var suggestions = Suggestion.Budget()

    package init() {}

    /// `; did you mean `x`?` or an empty string, while the file's budget of suggestions lasts.
    package mutating func didYouMean(_ word: String, among candidates: some Sequence<String>) -> String {
        suggestions.didYouMean(word, among: candidates)
    }

    package mutating func error(_ id: String, _ message: String, at location: SourceLocation, notes: [String] = []) {
        diagnostics.append(Diagnostic(id: id, message: message, location: location, notes: notes))
    }

    /// The entries of a map with exactly the allowed keys; unknown and missing keys are reported.
    package mutating func fields(
        _ node: SourceNode, of what: String, required: [String], optional: [String] = []
    ) -> [String: SourceNode.Entry]? {
        guard case .mapping(let entries) = node.kind else {
            error("expected-map", "expected a map for \(what), found \(node.kindName)", at: node.location)
            return nil
        }
        let allowed = required + optional
        var result: [String: SourceNode.Entry] = [:]
        for entry in entries {
            guard allowed.contains(entry.key) else {
                let hint = didYouMean(entry.key, among: allowed)
                error(
                    "unknown-key", "unknown key `\(entry.key)` in \(what)\(hint)", at: entry.keyLocation,
                    notes: hint.isEmpty ? ["expected one of: \(allowed.joined(separator: ", "))"] : [])
                continue
            }
            result[entry.key] = entry
        }
        for key in required where result[key] == nil {
            error("missing-key", "\(what) needs `\(key)`", at: node.location)
        }
        return result
    }

    /// Whether the document's `format` is one of `supported`. A file in another format may have another
    /// shape, so callers stop at a mismatch rather than list keys a newer format may well allow.
    package mutating func acceptsFormat(_ root: SourceNode, supported: [Int], kind: String) -> Bool {
        guard case .mapping(let entries) = root.kind, let entry = entries.first(where: { $0.key == "format" }) else {
            return true
        }
        let found = entry.value.scalar?.text ?? entry.value.kindName
        if let number = Int(found), supported.contains(number) { return true }
        error(
            "unsupported-format",
            "unsupported \(kind) format `\(found)`; this version of support-router reads format \(supported.map(String.init).joined(separator: ", "))",
            at: entry.value.location)
        return false
    }

    /// The entries of a map with keys chosen by the user (fact names, document keys).
    package mutating func entries(_ node: SourceNode, of what: String) -> [SourceNode.Entry]? {
        guard case .mapping(let entries) = node.kind else {
            error("expected-map", "expected a map for \(what), found \(node.kindName)", at: node.location)
            return nil
        }
        return entries
    }

    /// The items of a list.
    package mutating func items(_ node: SourceNode, of what: String) -> [SourceNode]? {
        guard case .sequence(let items) = node.kind else {
            error("expected-list", "expected a list for \(what), found \(node.kindName)", at: node.location)
            return nil
        }
        return items
    }

    /// A non-empty text value.
    package mutating func text(_ node: SourceNode?, of what: String) -> String? {
        guard let node else { return nil }
        guard let scalar = node.scalar, !node.isNull else {
            error("expected-text", "expected text for \(what), found \(node.kindName)", at: node.location)
            return nil
        }
        let trimmed = scalar.text.trimmingWhitespace
        guard !trimmed.isEmpty else {
            error("expected-text", "\(what) is empty", at: node.location)
            return nil
        }
        return trimmed
    }

    /// An identifier: letters, digits, `_` and `-`, starting with a letter or `_`.
    package mutating func identifier(_ node: SourceNode?, of what: String) -> String? {
        guard let node, let text = text(node, of: what) else { return nil }
        guard Self.isIdentifier(text, allowingDashes: true) else {
            error(
                "bad-identifier", "`\(text)` is not a valid \(what); use letters, digits, `_` and `-`",
                at: node.location)
            return nil
        }
        return text
    }

    /// A plain `true` or `false`.
    package mutating func bool(_ node: SourceNode?, of what: String) -> Bool? {
        guard let node else { return nil }
        guard let scalar = node.scalar, scalar.isPlain, scalar.text == "true" || scalar.text == "false" else {
            error(
                "expected-bool",
                "expected `true` or `false` for \(what), found \(Self.shown(node))\(Self.boolHint(node))",
                at: node.location)
            return nil
        }
        return scalar.text == "true"
    }

    /// A value as a message shows it: quoted text keeps its quotes, so `"true"` is not mistaken for `true`.
    package static func shown(_ node: SourceNode) -> String {
        guard let scalar = node.scalar, !node.isNull else { return node.kindName }
        return scalar.isPlain ? "`\(scalar.text)`" : "the quoted text `\"\(scalar.text)\"`"
    }

    /// "; write it without quotes" or "; did you mean `true`?" where a bool was likely meant.
    package static func boolHint(_ node: SourceNode) -> String {
        guard let scalar = node.scalar else { return "" }
        let word = scalar.text.lowercased()
        if !scalar.isPlain, word == "true" || word == "false" { return "; write \(word) without quotes" }
        if ["yes", "y", "on", "true", "1"].contains(word) { return "; did you mean `true`?" }
        if ["no", "n", "off", "false", "0"].contains(word) { return "; did you mean `false`?" }
        return ""
    }

    /// "; write it without quotes" where a quoted number was likely meant.
    package static func numberHint(_ node: SourceNode) -> String {
        guard let scalar = node.scalar, !scalar.isPlain, parseNumber(scalar.text) != nil else { return "" }
        return "; write \(scalar.text) without quotes"
    }

    /// A finite decimal number, read as ``DecimalReader`` reads every number.
    package mutating func number(_ node: SourceNode?, of what: String) -> Double? {
        guard let node else { return nil }
        if let problem = Self.precisionProblem(node) {
            error("bad-number", problem.message(node.scalar?.text ?? "", for: what), at: node.location)
            return nil
        }
        guard let scalar = node.scalar, scalar.isPlain, let value = Self.parseNumber(scalar.text) else {
            error(
                "expected-number", "expected a number for \(what), found \(Self.shown(node))\(Self.numberHint(node))",
                at: node.location)
            return nil
        }
        return value
    }

    /// A decimal number as a person writes it, read exactly; no hex, octal, infinities or NaN.
    package static func parseNumber(_ text: String) -> Double? {
        try? DecimalReader.read(text).get()
    }

    /// Why a plain scalar that writes a decimal number well cannot be held exactly, which deserves its own
    /// message rather than "expected a number".
    package static func precisionProblem(_ node: SourceNode) -> DecimalReader.Problem? {
        guard let scalar = node.scalar, scalar.isPlain, case .failure(let problem) = DecimalReader.read(scalar.text),
            problem.losesPrecision
        else { return nil }
        return problem
    }

    package static func isIdentifier(_ text: String, allowingDashes: Bool) -> Bool {
        guard let first = text.unicodeScalars.first, first == "_" || (first.isASCII && first.properties.isAlphabetic)
        else { return false }
        return text.unicodeScalars.allSatisfy {
            $0 == "_" || (allowingDashes && $0 == "-")
                || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)))
        }
    }
}

extension String {
    /// The text without leading and trailing spaces, tabs and newlines.
    package var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }
}
