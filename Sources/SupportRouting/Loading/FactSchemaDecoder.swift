/// Reads a rule set's `facts` map into a ``FactSchema``.
enum FactSchemaDecoder {
    /// Names reserved for profile metadata, so they cannot start a fact name.
    static let reservedNames: Set<String> = ["about", "expect"]
    private static let typeNames = ["bool", "enum", "number", "set", "string"]

    static func decode(_ node: SourceNode, context: inout DecodingContext) -> FactSchema {
        guard let entries = context.entries(node, of: "`facts`") else { return FactSchema(facts: []) }
        var facts: [Fact] = []
        // A fact whose definition has a mistake is reported once, at its definition, not at every use.
        var unusable = Set<String>()
        for entry in entries {
            let reported = context.diagnostics.count
            guard checkName(entry, existing: facts, context: &context),
                let fact = decodeFact(entry, index: facts.count, context: &context),
                context.diagnostics.count == reported
            else {
                unusable.insert(entry.key)
                continue
            }
            facts.append(fact)
        }
        return FactSchema(facts: facts, unusableNames: unusable)
    }

    private static func checkName(_ entry: SourceNode.Entry, existing: [Fact], context: inout DecodingContext) -> Bool {
        let name = entry.key
        let segments = name.split(separator: ".", omittingEmptySubsequences: false)
        guard segments.allSatisfy({ DecodingContext.isIdentifier(String($0), allowingDashes: false) }) else {
            context.error(
                "bad-fact-name",
                "`\(name)` is not a valid fact name; use identifiers joined by dots, such as `ofsted.category`",
                at: entry.keyLocation)
            return false
        }
        if let first = segments.first, reservedNames.contains(String(first)) {
            context.error(
                "reserved-fact-name",
                "fact names may not start with `\(first)`, which profiles use for their own details",
                at: entry.keyLocation)
            return false
        }
        if existing.contains(where: { $0.name == name }) {
            context.error("duplicate-fact", "fact `\(name)` is declared twice", at: entry.keyLocation)
            return false
        }
        // Profiles nest maps into dotted names, so `a` and `a.b` could not both be given.
        if let clash = existing.first(where: { name.hasPrefix($0.name + ".") || $0.name.hasPrefix(name + ".") }) {
            context.error(
                "fact-prefix",
                "fact `\(name)` clashes with fact `\(clash.name)`: one name may not be a prefix of another",
                at: entry.keyLocation, notes: ["`\(clash.name)` is declared at \(clash.location)"])
            return false
        }
        return true
    }

    private static func decodeFact(_ entry: SourceNode.Entry, index: Int, context: inout DecodingContext) -> Fact? {
        let name = entry.key
        let what = "fact `\(name)`"
        guard case .mapping(let pairs) = entry.value.kind else {
            context.error(
                "expected-map", "expected a map for \(what), such as `{ type: bool, description: ... }`",
                at: entry.value.location)
            return nil
        }
        guard let typeNode = pairs.first(where: { $0.key == "type" })?.value else {
            context.error(
                "missing-key", "\(what) needs `type` (\(typeNames.joined(separator: ", ")))", at: entry.value.location)
            return nil
        }
        guard let typeName = typeNode.scalar?.text, typeNames.contains(typeName) else {
            let found = typeNode.scalar?.text ?? typeNode.kindName
            let hint = context.didYouMean(found, among: typeNames)
            context.error(
                "unknown-type",
                "unknown fact type `\(found)`; expected one of \(typeNames.joined(separator: ", "))\(hint)",
                at: typeNode.location)
            return nil
        }
        guard let fields = context.fields(entry.value, of: "\(typeName) \(what)", keys: FileKeys.fact(type: typeName))
        else { return nil }
        let description = context.text(fields["description"]?.value, of: "the description of \(what)")

        let type: FactType
        switch typeName {
        case "bool": type = .bool
        case "string": type = .string
        case "number":
            let minimum = fields["min"].flatMap { context.number($0.value, of: "`min` of \(what)") }
            let maximum = fields["max"].flatMap { context.number($0.value, of: "`max` of \(what)") }
            if let minimum, let maximum, minimum > maximum, let node = fields["max"]?.value {
                context.error(
                    "empty-range", "`max` of \(what) is below its `min` (\(FactValue.format(minimum)))",
                    at: node.location)
                return nil
            }
            type = .number(
                min: minimum, max: maximum,
                integer: fields["integer"].flatMap { context.bool($0.value, of: "`integer`") } ?? false)
        default:
            guard let values = decodeValues(fields["values"], of: what, at: entry.value.location, context: &context)
            else { return nil }
            if typeName == "set" {
                type = .set(values: values)
            } else {
                type = .enumeration(
                    values: values,
                    ordered: fields["ordered"].flatMap { context.bool($0.value, of: "`ordered`") } ?? false)
            }
        }
        var defaultValue: FactValue?
        if let node = fields["default"]?.value {
            guard let value = FactValueReader.read(node, as: (name, type), into: &context) else { return nil }
            defaultValue = value
        }
        guard let description else { return nil }
        return Fact(
            name: name, type: type, defaultValue: defaultValue, description: description, index: index,
            location: entry.keyLocation)
    }

    private static func decodeValues(
        _ entry: SourceNode.Entry?, of what: String, at location: SourceLocation, context: inout DecodingContext
    ) -> [String]? {
        guard let entry else {
            context.error("missing-key", "\(what) needs `values`, the list of allowed values", at: location)
            return nil
        }
        guard let items = context.items(entry.value, of: "`values` of \(what)") else { return nil }
        guard !items.isEmpty else {
            context.error(
                "empty-values", "`values` of \(what) is empty; list at least one value", at: entry.value.location)
            return nil
        }
        guard items.count <= 64 else {
            context.error(
                "too-many-values", "\(what) has \(items.count) values; at most 64 are allowed", at: entry.value.location
            )
            return nil
        }
        var values: [String] = []
        for item in items {
            guard let text = item.scalar?.text, DecodingContext.isIdentifier(text, allowingDashes: false) else {
                context.error(
                    "bad-value",
                    "`\(item.scalar?.text ?? item.kindName)` is not a valid value; use letters, digits and `_`",
                    at: item.location)
                return nil
            }
            guard !values.contains(text) else {
                context.error("duplicate-value", "`\(text)` is listed twice in `values` of \(what)", at: item.location)
                return nil
            }
            values.append(text)
        }
        return values
    }
}
