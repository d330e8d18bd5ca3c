import Foundation
import SupportRouting

/// Reads the `facts`, `assume` and `partners` sections, whose names and values the rule set's schema types.
struct FactMappingDecoder {
    let schema: FactSchema

    func decodeFacts(_ node: SourceNode, _ context: inout DecodingContext) -> [FactMapping] {
        (context.entries(node, of: "`facts`") ?? []).compactMap { entry in
            guard let fact = knownFact(entry, &context) else { return nil }
            guard
                let fields = context.fields(
                    entry.value, of: "the mapping of `\(fact.name)`", keys: MappingKeys.fact)
            else { return nil }
            if let count = fields["strong_partners_at_least"] {
                guard fact.type == .bool else {
                    context.error(
                        "type-mismatch", "`\(fact.name)` is \(fact.type.withArticle); a partner count makes a bool",
                        at: count.keyLocation)
                    return nil
                }
                guard let least = context.number(count.value, of: "`strong_partners_at_least`") else { return nil }
                guard least >= 1, least.rounded() == least, least <= 1000 else {
                    context.error(
                        "count-range",
                        "`strong_partners_at_least` is a whole number from 1 to 1000, found \(count.value.scalar?.text ?? "")",
                        at: count.value.location)
                    return nil
                }
                return FactMapping(
                    fact: fact.index, source: .strongPartners(atLeast: Int(least)), location: entry.keyLocation)
            }
            guard let column = context.text(fields["column"]?.value, of: "`column`") else {
                if fields["column"] == nil {
                    context.error(
                        "missing-key", "the mapping of `\(fact.name)` needs `column` or `strong_partners_at_least`",
                        at: entry.value.location)
                }
                return nil
            }
            var values: [String: CellOutcome] = [:]
            for pair in fields["values"].flatMap({ context.entries($0.value, of: "`values`") }) ?? [] {
                if let outcome = outcome(pair.value, for: fact, &context) { values[pair.key] = outcome }
            }
            let blank = fields["blank"].flatMap { outcome($0.value, for: fact, &context) } ?? .useDefault
            let otherwise = fields["otherwise"].flatMap { outcome($0.value, for: fact, &context) }
            let separator = fields["separator"].flatMap { $0.value.scalar?.text } ?? ";"
            let rule = ColumnRule(
                column: column, values: values, blank: blank, otherwise: otherwise, separator: separator)
            return FactMapping(fact: fact.index, source: .column(rule), location: entry.keyLocation)
        }
    }

    func decodeAssumptions(_ node: SourceNode, _ context: inout DecodingContext) -> [Assumption] {
        (context.entries(node, of: "`assume`") ?? []).compactMap { entry in
            guard let fact = knownFact(entry, &context),
                let value = FactValueReader.read(entry.value, as: (fact.name, fact.type), into: &context)
            else { return nil }
            return Assumption(fact: fact.index, value: value, location: entry.value.location)
        }
    }

    func decodePartners(_ node: SourceNode, _ context: inout DecodingContext) -> PartnerPolicy? {
        guard
            let fields = context.fields(
                node, of: "`partners`", keys: MappingKeys.partners)
        else { return nil }
        var radii: [String: Double] = [:]
        var defaultRadius = 10.0
        for entry in fields["radius_km"].flatMap({ context.entries($0.value, of: "`radius_km`") }) ?? [] {
            guard let radius = context.number(entry.value, of: "the radius for `\(entry.key)`") else { continue }
            guard radius > 0, radius <= 500 else {
                context.error(
                    "radius-range", "a radius must be more than 0 and at most 500 km", at: entry.value.location)
                continue
            }
            if entry.key == "default" {
                defaultRadius = radius
                continue
            }
            // Phase texts come from the data, but a rule set with a `phase` enum says what they can be.
            if let phases = schema["phase"]?.type.values, !phases.isEmpty,
                !phases.contains(where: { $0 == entry.key.lowercased().replacingOccurrences(of: " ", with: "_") })
            {
                let hint = Suggestion.didYouMean(entry.key, among: phases + ["default"])
                context.error(
                    "unknown-phase",
                    "`\(entry.key)` is not a phase of the rule set (\(phases.joined(separator: ", ")), or `default`)\(hint)",
                    at: entry.keyLocation)
                continue
            }
            radii[entry.key.lowercased()] = radius
        }
        let limit = fields["limit"].flatMap { context.number($0.value, of: "`limit`") } ?? 5
        if let node = fields["limit"]?.value, !(limit >= 1 && limit.rounded() == limit && limit <= 1000) {
            context.error(
                "count-range", "`limit` is a whole number from 1 to 1000, found \(node.scalar?.text ?? "")",
                at: node.location)
        }
        let highPerforming = fields["high_performing"].flatMap { condition($0.value, &context) }
        let inNeed = fields["in_need"].flatMap { condition($0.value, &context) }
        let measures = fields["measures"].flatMap { context.items($0.value, of: "`measures`") }?
            .compactMap { measure($0, &context) }
        guard let highPerforming, let inNeed, limit >= 1, limit <= 1000 else { return nil }
        return PartnerPolicy(
            radiusByPhase: radii, defaultRadius: defaultRadius, limit: Int(limit), highPerforming: highPerforming,
            inNeed: inNeed, measures: measures ?? [])
    }

    private func knownFact(_ entry: SourceNode.Entry, _ context: inout DecodingContext) -> Fact? {
        guard let fact = schema[entry.key] else {
            let hint = Suggestion.didYouMean(entry.key, among: schema.facts.map(\.name))
            context.error("unknown-fact", "`\(entry.key)` is not a fact of the rule set\(hint)", at: entry.keyLocation)
            return nil
        }
        return fact
    }

    /// `null` is an unknown value; `default` (when not one of the fact's own values) is the fact's default.
    private func outcome(_ node: SourceNode, for fact: Fact, _ context: inout DecodingContext) -> CellOutcome? {
        if node.isNull { return .unknown }
        if let text = node.scalar?.text, text == "default", !fact.type.values.contains(text) { return .useDefault }
        return FactValueReader.read(node, as: (fact.name, fact.type), into: &context).map(CellOutcome.value)
    }

    private func condition(_ node: SourceNode, _ context: inout DecodingContext) -> Condition? {
        guard let text = context.text(node, of: "a condition") else { return nil }
        switch ConditionParser.parse(text, schema: schema, at: node.location) {
        case .success(let condition): return condition
        case .failure(let list):
            for diagnostic in list.diagnostics {
                context.error(diagnostic.id, diagnostic.message, at: diagnostic.location, notes: diagnostic.notes)
            }
            return nil
        }
    }

    private func measure(_ node: SourceNode, _ context: inout DecodingContext) -> Measure? {
        guard
            let fields = context.fields(
                node, of: "a measure", keys: MappingKeys.measure)
        else { return nil }
        let name = context.text(fields["name"]?.value, of: "the measure's `name`")
        let column = context.text(fields["column"]?.value, of: "the measure's `column`")
        let better = context.text(fields["better"]?.value, of: "`better`")
        let weak = context.number(fields["weak_beyond"]?.value, of: "`weak_beyond`")
        let strong = context.number(fields["strong_from"]?.value, of: "`strong_from`")
        if let better, better != "higher", better != "lower", let node = fields["better"]?.value {
            context.error("unknown-value", "`better` is `higher` or `lower`, found `\(better)`", at: node.location)
            return nil
        }
        guard let name, let column, let better, let weak, let strong else { return nil }
        if better == "higher" ? weak > strong : weak < strong, let node = fields["weak_beyond"]?.value {
            context.error(
                "thresholds",
                "`weak_beyond` (\(weak)) and `strong_from` (\(strong)) overlap: with `better: \(better)`, "
                    + "a school could be weak and strong at once", at: node.location)
            return nil
        }
        return Measure(
            name: name, column: column, higherIsBetter: better == "higher", weakBeyond: weak, strongFrom: strong)
    }
}
