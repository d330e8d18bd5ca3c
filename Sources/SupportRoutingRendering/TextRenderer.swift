public import SupportRouting

/// Renders explanations as plain text for a terminal: a short answer for `route`, the whole walk for `explain`.
public enum TextRenderer {
    /// The route, its title, one-line reasons and advice.
    public static func brief(_ explanation: Explanation) -> String {
        var lines = [heading(explanation)] + answerLines(explanation, label: "  route", involves: false)
        lines.append("  why:")
        for reason in explanation.reasons {
            lines.append("    - \(reason.text)\(reason.rule.map { " [\($0)]" } ?? "")")
        }
        if !explanation.advice.isEmpty {
            lines.append("  advice:")
            for advice in explanation.advice { lines.append("    - \(advice.says) [\(advice.id)]") }
        }
        let defaults = explanation.defaultsUsed.filter(\.usedByWalk)
        if !defaults.isEmpty {
            lines.append(
                "  defaults used: " + defaults.map { "\($0.name) = \($0.value ?? "missing")" }.joined(separator: ", "))
        }
        return lines.joinedAsLines() + "\n"
    }

    /// Every rung, rule and condition with the actual values, the facts, the advice and the counterfactuals.
    public static func full(_ explanation: Explanation) -> String {
        var lines = [heading(explanation)]
        if let story = explanation.profile.story { lines.append("  \(story)") }
        lines.append("  rules: \(explanation.ruleSet.id) \(explanation.ruleSet.version) (\(explanation.ruleSet.file))")
        lines.append("")
        lines += answerLines(explanation, label: "Answer", involves: true)
        lines.append("")
        lines.append("Where the walk starts")
        if explanation.startAt.isEmpty { lines.append("  (the rule set has no start_at rules)") }
        for rule in explanation.startAt { lines.append(contentsOf: ruleLines(rule, indent: "  ")) }
        lines.append(
            explanation.startedAt.map { "  => starts at \($0.id)" }
                ?? "  => where the walk starts depends on missing facts")
        lines.append("")
        lines.append("The walk")
        for rung in explanation.rungs {
            lines.append("  \(rung.route.rung). \(rung.route.id): \(outcomeText(rung))")
            for rule in rung.rules { lines.append(contentsOf: ruleLines(rule, indent: "     ")) }
        }
        lines.append("")
        lines.append("Advice")
        if explanation.advice.isEmpty { lines.append("  (none applies)") }
        for advice in explanation.advice {
            lines.append("  - \(advice.says) [\(advice.id)]")
            lines.append("    because: \(advice.because)")
            lines.append("    source (\(advice.document)): \"\(advice.quote)\"")
            if let standing = standingText(advice.standing, advice.sourceNote) {
                lines.append("    standing: \(standing)")
            }
        }
        lines.append("")
        lines.append("Facts")
        for fact in explanation.facts {
            let value = fact.value ?? "missing"
            let origin =
                switch fact.origin {
                case .given: ""
                case .defaulted: " (default)"
                case .missing: " (not given, no default)"
                case .unknown: " (given as not known)"
                case .derived: " (worked out from other facts)"
                }
            lines.append("  \(fact.name) = \(value)\(origin)")
        }
        lines.append("")
        lines.append("What would change the route")
        lines.append(contentsOf: counterfactualLines(explanation, indent: "  "))
        return lines.joinedAsLines() + "\n"
    }

    /// The route with who brokers it, or the routes still possible and what decides between them.
    private static func answerLines(_ explanation: Explanation, label: String, involves: Bool) -> [String] {
        guard let route = explanation.route else {
            let routes = explanation.possible.map(\.route.id).joined(separator: ", ")
            return ["\(label): undecided between \(routes)"] + possibleLines(explanation, indent: "  ")
        }
        var lines = [
            "\(label): \(route.id) (rung \(route.rung)): \(route.title)", "  brokered by: \(route.brokeredBy)",
        ]
        if involves { lines.append("  involves: \(route.involves)") }
        return lines
    }

    static func heading(_ explanation: Explanation) -> String {
        if let name = explanation.profile.name { return "\(name) (\(explanation.profile.file))" }
        return explanation.profile.file
    }

    static func outcomeText(_ rung: Explanation.RungReport) -> String {
        switch rung.outcome {
        case .climbed: "climbs: a reason to look further up the path applies"
        case .stopped:
            rung.rules.isEmpty
                ? "stops here (this rung has no reason to climb)" : "stops here: no reason to climb applies"
        case .pastTop: "stops here: the top of the path, though a reason to climb applies"
        case .undecided: "undecided: a missing fact decides whether to climb"
        }
    }

    static func resultText(_ truth: Truth) -> String {
        switch truth {
        case .yes: "holds"
        case .no: "does not hold"
        case .unknown: "unknown"
        }
    }

    /// What kind of authority a source has, and its caveat, when the rule file says.
    static func standingText(_ standing: Citation.Standing?, _ note: String?) -> String? {
        switch (standing, note) {
        case (nil, nil): nil
        case (let standing?, nil): standing.words
        case (nil, let note?): note
        case (let standing?, let note?): "\(standing.words); \(note)"
        }
    }

    private static func ruleLines(_ rule: Explanation.RuleReport, indent: String) -> [String] {
        var lines = ["\(indent)[\(resultText(rule.result))] \(rule.id): \(rule.because)"]
        if let standing = standingText(rule.standing, rule.sourceNote) {
            lines.append("\(indent)    standing: \(standing)")
        }
        lines.append(contentsOf: conditionLines(rule.condition, indent: indent + "    "))
        return lines
    }

    private static func conditionLines(_ condition: Explanation.ConditionReport, indent: String) -> [String] {
        if let fact = condition.fact {
            let value = condition.actual ?? "missing"
            // A bare bool fact is its own text: say "it is" rather than repeat the name.
            let subject = condition.text == fact ? "it" : fact
            return [
                "\(indent)\(condition.text)    (\(subject) is \(value)\(condition.actualIsDefault ? ", by default" : "")): \(resultText(condition.result))"
            ]
        }
        var lines = ["\(indent)\(condition.text): \(resultText(condition.result))"]
        for part in condition.parts { lines.append(contentsOf: conditionLines(part, indent: indent + "  ")) }
        return lines
    }

    static func possibleLines(_ explanation: Explanation, indent: String) -> [String] {
        var lines = ["\(indent)missing facts that decide: \(explanation.decidingFacts.joined(separator: ", "))"]
        for option in explanation.possible {
            let settings = option.when.map { "\($0.fact) = \($0.to)" }.joined(separator: " and ")
            lines.append("\(indent)  - \(option.route.id), for example if \(settings)")
        }
        if let note = explanation.possibleRoutesNote { lines.append("\(indent)  (\(note))") }
        return lines
    }

    static func counterfactualLines(_ explanation: Explanation, indent: String, limit: Int = 12) -> [String] {
        guard explanation.isDecided else { return ["\(indent)(see the routes still possible above)"] }
        if explanation.counterfactuals.isEmpty { return ["\(indent)no change of one or two facts gives another route"] }
        var lines: [String] = []
        for size in [1, 2] {
            let found = explanation.counterfactuals.filter { $0.changes.count == size }
            guard !found.isEmpty else { continue }
            lines.append(
                "\(indent)\(size == 1 ? "Changing one fact" : "Changing two facts (for routes no single change reaches)"):"
            )
            for counterfactual in found.prefix(limit) {
                lines.append("\(indent)  - \(sentence(counterfactual))")
            }
            if found.count > limit {
                lines.append("\(indent)  ... and \(found.count - limit) more (see --format json)")
            }
        }
        return lines
    }

    /// "if fact were X (it is Y): route", or what the answer would then depend on.
    static func sentence(_ counterfactual: Explanation.Counterfactual) -> String {
        let plain: (String) -> String = { $0 }
        let outcome = counterfactual.route?.id ?? counterfactual.openPhrase(plain)
        return "if \(counterfactual.changesPhrase(plain)): \(outcome)"
    }
}
