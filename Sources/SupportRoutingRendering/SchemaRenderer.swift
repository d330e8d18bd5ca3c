public import SupportRouting

/// Describes a rule set's facts for people writing profiles: a list, or a profile template to fill in.
public enum SchemaRenderer {
    /// Every fact with its type, values, default and description.
    public static func list(_ ruleSet: RuleSet) -> String {
        var lines = ["Facts of \(ruleSet.id) \(ruleSet.version) (\(ruleSet.file))", ""]
        let width = min(44, (ruleSet.schema.facts.map(\.name.count).max() ?? 0) + 2)
        for fact in ruleSet.schema.facts {
            let name = fact.name.padding(to: width)
            lines.append("\(name)\(typeSummary(fact))")
            lines.append("\(String(repeating: " ", count: width))\(fact.description)")
            if let derivation = ruleSet.derivation(of: fact.index) {
                let inputs = derivation.inputs.map { ruleSet.schema.facts[$0].name }.joined(separator: ", ")
                lines.append(
                    "\(String(repeating: " ", count: width))Worked out from \(inputs) when left out; if given, it must agree."
                )
            }
        }
        let declared = ruleSet.constraints.filter { $0.kind == .declared }
        if !declared.isEmpty {
            lines.append("")
            lines.append("Every profile keeps to these constraints:")
            for constraint in declared {
                let rule =
                    constraint.when.map { "if \($0.text), then \(constraint.require.text)" } ?? constraint.require.text
                lines.append("  \(constraint.id): \(rule)")
                lines.append("    \(constraint.because)")
            }
        }
        lines.append("")
        lines.append("A profile gives facts as YAML or JSON; nested maps flatten to dotted names.")
        lines.append("`support-router facts --template` prints a profile to fill in.")
        return lines.joinedAsLines() + "\n"
    }

    /// A YAML profile with every fact, its default filled in and its values in a comment.
    public static func template(_ ruleSet: RuleSet) -> String {
        var lines = [
            "# A profile for the rule set \(ruleSet.id) \(ruleSet.version).",
            "# Fill in what you know. A fact left empty is not known; a fact deleted takes its default.",
            "about:",
            "  name: ",
            "  story: ",
        ]
        for fact in ruleSet.schema.facts {
            let value = fact.defaultValue.map { fact.display($0) } ?? ""
            lines.append("# \(fact.description)")
            if ruleSet.derivation(of: fact.index) != nil {
                lines.append("# Worked out from other facts when left empty; if given, it must agree with them.")
            }
            lines.append("\(fact.name): \(value)".padding(to: 40) + "# \(typeSummary(fact))")
        }
        return lines.joinedAsLines() + "\n"
    }

    /// "enum: a | b | c (default: a)".
    static func typeSummary(_ fact: Fact) -> String {
        var summary: String
        switch fact.type {
        case .bool: summary = "true or false"
        case .enumeration(let values, let ordered):
            summary = "\(ordered ? "one of, lowest first" : "one of"): \(values.joined(separator: " | "))"
        case .set(let values): summary = "a list of: \(values.joined(separator: ", "))"
        case .string: summary = "text"
        case .number(let minimum, let maximum, let integer):
            summary = integer ? "a whole number" : "a number"
            switch (minimum, maximum) {
            case (let low?, let high?): summary += " from \(FactValue.format(low)) to \(FactValue.format(high))"
            case (let low?, nil): summary += " of at least \(FactValue.format(low))"
            case (nil, let high?): summary += " of at most \(FactValue.format(high))"
            case (nil, nil): break
            }
        }
        if let value = fact.defaultValue { summary += " (default: \(fact.display(value)))" }
        return summary
    }
}

extension String {
    /// The text padded with spaces to at least `width` characters.
    func padding(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
