/// Builds a checked ``Profile`` from a parsed YAML or JSON document.
///
/// Nested maps flatten to dotted fact names; `about` and `expect` hold the profile's own details.
public enum ProfileDecoder {
    /// The profile in `root`, or every mistake found in it.
    ///
    /// With `readingExpectation` false, `expect` is skipped unchecked: comparing two rule sets over a
    /// corpus reads profiles whose expectations name routes only one of them has.
    public static func decode(
        _ root: SourceNode, ruleSet: RuleSet, file: String, readingExpectation: Bool = true
    ) -> Result<Profile, DiagnosticList> {
        var context = DecodingContext()
        let schema = ruleSet.schema
        var values = [FactValue?](repeating: nil, count: schema.count)
        var origins = [Profile.Origin](repeating: .missing, count: schema.count)
        var name: String?
        var story: String?
        var expectation: Expectation?

        guard let entries = context.entries(root, of: "a profile") else {
            return .failure(DiagnosticList(context.diagnostics))
        }
        for entry in entries {
            switch entry.key {
            case "about":
                if let fields = context.fields(
                    entry.value, of: "`about`", keys: FileKeys.profileAbout)
                {
                    // Details left empty, as in a fresh template, are simply absent.
                    func detail(_ key: String) -> String? {
                        guard let node = fields[key]?.value, !node.isNull else { return nil }
                        return context.text(node, of: "`about.\(key)`")
                    }
                    name = detail("name")
                    story = detail("story")
                    _ = detail("urn")
                    _ = detail("source")
                }
            case "expect" where !readingExpectation:
                continue
            case "expect":
                expectation = decodeExpectation(entry.value, ruleSet: ruleSet, context: &context)
            default:
                readFacts(entry, prefix: "", schema: schema, values: &values, origins: &origins, context: &context)
            }
        }
        for fact in schema.facts where origins[fact.index] == .missing {
            if let value = fact.defaultValue {
                values[fact.index] = value
                origins[fact.index] = .defaulted
            }
        }
        guard context.diagnostics.isEmpty else { return .failure(DiagnosticList(context.diagnostics)) }
        let broken = ruleSet.completeAndCheck(values: &values, origins: &origins, at: root.location)
        guard broken.isEmpty else { return .failure(DiagnosticList(broken)) }
        return .success(
            Profile(file: file, name: name, story: story, expectation: expectation, values: values, origins: origins))
    }

    private static func readFacts(
        _ entry: SourceNode.Entry, prefix: String, schema: FactSchema, values: inout [FactValue?],
        origins: inout [Profile.Origin], context: inout DecodingContext
    ) {
        guard entry.key != "<<" else {
            context.error(
                "merge-key", "YAML merge keys (`<<`) are not supported in profiles; write the facts out",
                at: entry.keyLocation)
            return
        }
        let name = prefix.isEmpty ? entry.key : prefix + "." + entry.key
        if let fact = schema[name] {
            switch origins[fact.index] {
            case .given(let first), .unknown(let first):
                context.error(
                    "duplicate-fact", "fact `\(name)` is given twice", at: entry.keyLocation,
                    notes: ["first given at \(first)"])
                return
            case .defaulted, .missing, .derived: break
            }
            // An explicit null says "not known": the fact has no value, and no default applies.
            if entry.value.isNull {
                origins[fact.index] = .unknown(entry.keyLocation)
                return
            }
            origins[fact.index] = .given(entry.keyLocation)
            values[fact.index] = FactValueReader.read(entry.value, as: (fact.name, fact.type), into: &context)
            return
        }
        let members = schema.members(ofGroup: name)
        if !members.isEmpty {
            switch entry.value.kind {
            case .mapping(let children):
                for child in children {
                    readFacts(
                        child, prefix: name, schema: schema, values: &values, origins: &origins, context: &context)
                }
            case _ where entry.value.isNull:
                break  // An empty group gives none of its facts.
            default:
                let example = members[0].dropFirst(name.count + 1)
                context.error(
                    "group-not-fact",
                    "`\(name)` is a group of facts (\(members.joined(separator: ", "))), not a fact; write them under it, such as `\(name): {\(example): ...}`",
                    at: entry.keyLocation)
            }
            return
        }
        let hint = context.didYouMean(name, among: schema.names)
        context.error("unknown-fact", "unknown fact `\(name)`\(hint)", at: entry.keyLocation)
    }

    private static func decodeExpectation(_ node: SourceNode, ruleSet: RuleSet, context: inout DecodingContext)
        -> Expectation?
    {
        /// An id that must be one of `known`, reported with a suggestion when it is not.
        func checkID(_ node: SourceNode, among known: [String], kind: String) -> String? {
            guard let id = context.identifier(node, of: "\(kind) id") else { return nil }
            guard known.contains(id) else {
                let hint = context.didYouMean(id, among: known)
                context.error("unknown-\(kind)", "unknown \(kind) `\(id)`\(hint)", at: node.location)
                return nil
            }
            return id
        }
        let routeIds = ruleSet.routes.map(\.id)
        func checkRoute(_ node: SourceNode) -> String? { checkID(node, among: routeIds, kind: "route") }
        if node.scalar != nil {
            return checkRoute(node).map { Expectation(route: $0, possible: nil, advice: nil, location: node.location) }
        }
        guard
            let fields = context.fields(node, of: "`expect`", keys: FileKeys.profileExpect)
        else { return nil }
        let route = fields["route"].flatMap { checkRoute($0.value) }
        let possible = fields["possible"].flatMap {
            context.items($0.value, of: "`expect.possible`")?.compactMap { checkRoute($0) }
        }
        let adviceIds = ruleSet.advice.map(\.rule.id)
        let advice = fields["advice"].flatMap {
            context.items($0.value, of: "`expect.advice`")?.compactMap { checkID($0, among: adviceIds, kind: "advice") }
        }
        if (fields["route"] == nil) == (fields["possible"] == nil) {
            context.error("bad-expectation", "`expect` needs exactly one of `route` or `possible`", at: node.location)
        }
        return Expectation(route: route, possible: possible, advice: advice, location: node.location)
    }
}
