/// Builds a checked ``RuleSet`` from a parsed rule file, reporting every mistake at its place.
public enum RuleSetDecoder {
    /// The rule set in `root`, or every mistake found in it.
    ///
    /// - Parameters:
    ///   - root: the parsed document.
    ///   - file: the file name to put in the rule set and in diagnostics.
    ///   - maximumConditionTerms: the most terms one condition may have (see ``ConditionParser``).
    public static func decode(
        _ root: SourceNode, file: String, maximumConditionTerms: Int = ConditionParser.defaultMaximumTerms
    ) -> Result<RuleSet, DiagnosticList> {
        var context = DecodingContext()
        let ruleSet = decode(root, file: file, maximumConditionTerms: maximumConditionTerms, context: &context)
        if let ruleSet, context.diagnostics.isEmpty { return .success(ruleSet) }
        return .failure(DiagnosticList(context.diagnostics))
    }

    private static func decode(
        _ root: SourceNode, file: String, maximumConditionTerms: Int, context: inout DecodingContext
    ) -> RuleSet? {
        guard context.acceptsFormat(root, supported: RuleSet.supportedFormats, kind: "rule-file") else { return nil }
        guard let fields = context.fields(root, of: "the rule set", keys: FileKeys.ruleSet) else { return nil }
        let id = context.identifier(fields["ruleset"]?.value, of: "`ruleset` id")
        let title = context.text(fields["title"]?.value, of: "`title`")
        let version = context.text(fields["version"]?.value, of: "`version`")
        let description = fields["description"].flatMap { context.text($0.value, of: "`description`") }
        let documents = fields["documents"].map { decodeDocuments($0.value, context: &context) } ?? []
        let schema =
            fields["facts"].map { FactSchemaDecoder.decode($0.value, context: &context) } ?? FactSchema(facts: [])

        var rules = RuleDecoder(
            schema: schema, documents: Set(documents.map(\.key)), maximumConditionTerms: maximumConditionTerms)
        let routes = fields["routes"].map { rules.decodeRoutes($0.value, context: &context) } ?? []
        let startAt = fields["start_at"].map { rules.decodeStartAt($0.value, routes: routes, context: &context) } ?? []
        let advice = fields["advice"].map { rules.decodeAdvice($0.value, routes: routes, context: &context) } ?? []
        let invariants =
            fields["invariants"].map { rules.decodeInvariants($0.value, routes: routes, context: &context) } ?? []
        var derivations = fields["facts"].map { rules.decodeDerivations($0.value, context: &context) } ?? []
        derivations = RuleSetDecoder.withoutCycles(derivations, schema: schema, context: &context)
        let constraints =
            fields["constraints"].map { rules.decodeConstraints($0.value, context: &context) } ?? []
        RuleSetLimits.check(routes: routes, startAt: startAt, context: &context)

        guard let id, let title, let version, !routes.isEmpty else { return nil }
        return RuleSet(
            id: id, title: title, version: version, description: description, documents: documents, schema: schema,
            routes: routes, startAt: startAt, advice: advice, invariants: invariants, derivations: derivations,
            constraints: constraints, file: file)
    }

    /// The derivations, after reporting any that read one another in a circle: a derived fact must be
    /// worked out from facts that are given or derived before it.
    private static func withoutCycles(
        _ derivations: [Derivation], schema: FactSchema, context: inout DecodingContext
    ) -> [Derivation] {
        let byFact = Dictionary(derivations.map { ($0.fact, $0) }, uniquingKeysWith: { first, _ in first })
        var kept: [Derivation] = []
        for derivation in derivations {
            var seen: Set<Int> = []
            var queue = derivation.inputs
            var circular = false
            while let next = queue.popLast() {
                if next == derivation.fact { circular = true; break }
                guard seen.insert(next).inserted, let inner = byFact[next] else { continue }
                queue += inner.inputs
            }
            if circular {
                context.error(
                    "circular-derivation",
                    "`\(schema.facts[derivation.fact].name)` is derived, through other derived facts, from itself",
                    at: derivation.location)
            } else {
                kept.append(derivation)
            }
        }
        return kept
    }

    private static func decodeDocuments(_ node: SourceNode, context: inout DecodingContext) -> [SourceDocument] {
        guard let entries = context.entries(node, of: "`documents`") else { return [] }
        return entries.compactMap { entry in
            guard DecodingContext.isIdentifier(entry.key, allowingDashes: true) else {
                context.error(
                    "bad-identifier", "`\(entry.key)` is not a valid document key; use letters, digits, `_` and `-`",
                    at: entry.keyLocation)
                return nil
            }
            let what = "document `\(entry.key)`"
            guard
                let fields = context.fields(
                    entry.value, of: what, keys: FileKeys.document),
                let title = context.text(fields["title"]?.value, of: "the title of \(what)"),
                let publisher = context.text(fields["publisher"]?.value, of: "the publisher of \(what)")
            else { return nil }
            return SourceDocument(
                key: entry.key, title: title, publisher: publisher,
                date: fields["date"].flatMap { context.text($0.value, of: "the date of \(what)") },
                file: fields["file"].flatMap { context.text($0.value, of: "the file of \(what)") },
                url: fields["url"].flatMap { context.text($0.value, of: "the url of \(what)") })
        }
    }
}
