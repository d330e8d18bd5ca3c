public import SupportRouting

/// Renders an explanation as Markdown, for a pull request, a wiki or a report.
///
/// The content and order follow ``TextRenderer/full(_:)`` so that the three human formats can be
/// compared line by line; only the markup differs.
public enum MarkdownRenderer {
    /// The whole explanation as a Markdown document.
    public static func render(_ explanation: Explanation) -> String {
        var lines = ["# \(prose(TextRenderer.heading(explanation)))", ""]
        if let story = explanation.profile.story {
            lines.append(
                contentsOf: story.split(separator: "\n", omittingEmptySubsequences: false).map {
                    "> \(lineStart(prose(String($0))))"
                })
            lines.append("")
        }
        let rules = explanation.ruleSet
        lines.append(
            "Rules: \(prose(rules.title)) (\(code(rules.id)) version \(prose(rules.version)), \(code(rules.file)))")
        lines.append("")
        lines.append(contentsOf: answer(explanation))
        lines.append(contentsOf: ["## Why", ""])
        for reason in explanation.reasons {
            lines.append("- \(prose(reason.text))\(reason.rule.map { " (\(code($0)))" } ?? "")")
        }
        lines.append(contentsOf: ["", "## Where the walk starts", ""])
        if explanation.startAt.isEmpty { lines.append("The rule set has no `start_at` rules.") }
        for rule in explanation.startAt { lines.append(contentsOf: ruleLines(rule)) }
        let start =
            explanation.startedAt.map { "Starts at **\(code($0.id))**." }
            ?? "Where the walk starts depends on missing facts."
        lines.append(contentsOf: ["", start, ""])
        lines.append(contentsOf: ["## The walk", ""])
        for rung in explanation.rungs {
            lines.append("### \(rung.route.rung). \(code(rung.route.id)): \(prose(rung.route.title))")
            lines.append("")
            lines.append("Outcome: \(TextRenderer.outcomeText(rung)).")
            lines.append("")
            for rule in rung.rules { lines.append(contentsOf: ruleLines(rule)) }
            if !rung.rules.isEmpty { lines.append("") }
        }
        lines.append(contentsOf: ["## Advice", ""])
        if explanation.advice.isEmpty { lines.append("None applies.") }
        for advice in explanation.advice {
            lines.append("- \(prose(advice.says)) (\(code(advice.id)))")
            lines.append("  - Because: \(prose(advice.because))")
            lines.append("  - Source (\(code(advice.document))):")
            lines.append("    > \(lineStart(prose(advice.quote.replacingNewlines())))")
            if let standing = TextRenderer.standingText(advice.standing, advice.sourceNote) {
                lines.append("  - Standing: \(prose(standing))")
            }
        }
        lines.append(contentsOf: ["", "## Facts", ""])
        lines.append(contentsOf: factTable(explanation.facts))
        lines.append(contentsOf: ["", "## What would change the route", ""])
        lines.append(contentsOf: counterfactualLines(explanation))
        return lines.joinedAsLines() + "\n"
    }

    private static func answer(_ explanation: Explanation) -> [String] {
        var lines = ["## Answer", ""]
        if let route = explanation.route {
            lines.append("**\(code(route.id))** (rung \(route.rung)): \(prose(route.title))")
            lines.append("")
            lines.append("- **Brokered by:** \(prose(route.brokeredBy))")
            lines.append("- **Involves:** \(prose(route.involves))")
        } else {
            lines.append(
                "**Undecided** between \(explanation.possible.map { code($0.route.id) }.joined(separator: ", ")).")
            lines.append("")
            lines.append("Missing facts that decide: \(explanation.decidingFacts.map(code).joined(separator: ", ")).")
            if let note = explanation.possibleRoutesNote {
                lines.append("")
                lines.append("_\(prose(note.prefix(1).uppercased() + note.dropFirst()))._")
            }
            lines.append("")
            for option in explanation.possible {
                let settings = option.when.map { "\(code($0.fact)) = \(code($0.to))" }.joined(separator: " and ")
                lines.append(
                    "- **\(code(option.route.id))** (rung \(option.route.rung)): \(prose(option.route.title)), for example if \(settings)"
                )
            }
        }
        lines.append("")
        return lines
    }

    private static func ruleLines(_ rule: Explanation.RuleReport) -> [String] {
        ["- **\(TextRenderer.resultText(rule.result))** \(code(rule.id)): \(prose(rule.because))"]
            + (TextRenderer.standingText(rule.standing, rule.sourceNote).map { ["  - Standing: \(prose($0))"] } ?? [])
            + conditionLines(rule.condition, indent: "  ")
    }

    private static func conditionLines(_ condition: Explanation.ConditionReport, indent: String) -> [String] {
        let result = TextRenderer.resultText(condition.result)
        if let fact = condition.fact {
            // A bare boolean fact would otherwise be named twice in a row.
            let actual =
                "\(condition.text == fact ? "it" : code(fact)) is \(code(condition.actual ?? "missing"))\(condition.actualIsDefault ? ", by default" : "")"
            return ["\(indent)- \(code(condition.text)) (\(actual)): \(result)"]
        }
        // Nested list items keep and/or/not readable without a tree-drawing notation.
        return ["\(indent)- \(code(condition.text)): \(result)"]
            + condition.parts.flatMap { conditionLines($0, indent: indent + "  ") }
    }

    private static func factTable(_ facts: [Explanation.FactReport]) -> [String] {
        var lines = ["| Fact | Value | From | Used for this answer |", "| --- | --- | --- | :---: |"]
        for fact in facts {
            let value = fact.value.map(code) ?? "*missing*"
            let origin: String =
                switch fact.origin {
                case .given: "given"
                case .defaulted: "**default**"
                case .missing: "missing (no default)"
                case .unknown: "not known (the profile says so)"
                case .derived: "worked out from other facts"
                }
            let cells = [code(fact.name), value, origin, fact.usedByWalk ? "✔" : ""]
            // GFM splits rows on every unescaped pipe, even inside code spans, so pipes are escaped last.
            lines.append("| " + cells.map { $0.replacing("|", with: "\\|") }.joined(separator: " | ") + " |")
        }
        return lines
    }

    private static func counterfactualLines(_ explanation: Explanation, limit: Int = 12) -> [String] {
        guard explanation.isDecided else { return ["See the routes still possible under Answer."] }
        if explanation.counterfactuals.isEmpty { return ["No change of one or two facts gives another route."] }
        var lines: [String] = []
        for size in [1, 2] {
            let found = explanation.counterfactuals.filter { $0.changes.count == size }
            guard !found.isEmpty else { continue }
            lines.append(
                size == 1 ? "**Changing one fact**" : "**Changing two facts** (for routes no single change reaches)")
            lines.append("")
            for counterfactual in found.prefix(limit) {
                let changes = counterfactual.changesPhrase(code)
                if let route = counterfactual.route {
                    lines.append("- If \(changes), the route would be **\(code(route.id))**: \(prose(route.title)).")
                } else {
                    lines.append("- If \(changes), \(counterfactual.openPhrase(code)).")
                }
            }
            if found.count > limit { lines.append("- … and \(found.count - limit) more (see `--format json`)") }
            lines.append("")
        }
        return Array(lines.dropLast())
    }

    /// The text as an inline code span, with a fence long enough for any backticks inside it.
    static func code(_ text: String) -> String {
        var longest = 0
        var run = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        // A span that starts or ends with a backtick needs a space so the fence is not read as longer.
        let pad = text.hasPrefix("`") || text.hasSuffix("`") || text.allSatisfy { $0 == " " } ? " " : ""
        return fence + pad + text.replacingNewlines() + pad + fence
    }

    /// User text escaped so that it renders as written. Balanced backtick spans are kept, because
    /// the engine's own reasons use them to mark fact names.
    static func prose(_ text: String) -> String {
        let characters = Array(text.replacingNewlines())
        var result = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "`" {
                var end = index
                while end < characters.count, characters[end] == "`" { end += 1 }
                let fence = end - index
                if let close = closingFence(characters, from: end, length: fence) {
                    result += String(characters[index..<close + fence])
                    index = close + fence
                } else {
                    result += String(repeating: "\\`", count: fence)
                    index = end
                }
                continue
            }
            if "\\*_[]<>|".contains(character) { result.append("\\") }
            result.append(character)
            index += 1
        }
        return result
    }

    private static func closingFence(_ characters: [Character], from start: Int, length: Int) -> Int? {
        var index = start
        while index < characters.count {
            guard characters[index] == "`" else {
                index += 1
                continue
            }
            var end = index
            while end < characters.count, characters[end] == "`" { end += 1 }
            if end - index == length { return index }
            index = end
        }
        return nil
    }

    /// Escapes what would make a line a heading, a list item or a quote when it opens the line.
    private static func lineStart(_ line: String) -> String {
        guard let first = line.first else { return line }
        if "#+-=>".contains(first) { return "\\" + line }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let next = line.dropFirst(digits.count).first, next == "." || next == ")" {
            return digits + "\\" + line.dropFirst(digits.count)
        }
        return line
    }
}

extension String {
    /// Single-line text, because a newline inside a list item or table cell would end it.
    fileprivate func replacingNewlines() -> String {
        split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
