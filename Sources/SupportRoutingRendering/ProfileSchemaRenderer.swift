public import SupportRouting

/// A JSON Schema (draft 2020-12) for the profiles of one rule set, so an editor completes and checks a
/// profile as it is written: each fact's description as its hover text, enum values as completions,
/// bounds, defaults, and an unknown fact flagged. A profile may write a fact by its dotted name or
/// nested (`ofsted: {overall: good}`), and `null` for a fact not known, as the loader reads them.
public enum ProfileSchemaRenderer {
    /// The schema as JSON text.
    public static func render(_ ruleSet: RuleSet) -> String {
        var members: [(String, JSONTree)] = [
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            ("title", .string("A school's profile for the rule set \(ruleSet.id) \(ruleSet.version)")),
            (
                "description",
                .string(
                    "Made by `support-router facts --format json-schema` from \(ruleSet.file). A fact left out takes"
                        + " its default; null means not known.")
            ),
            ("type", .string("object")),
        ]
        var properties: [(String, JSONTree)] = [("about", about), ("expect", expect(ruleSet))]
        properties += ruleSet.schema.facts.map { ($0.name, value($0)) }
        properties += nested(ruleSet.schema.facts.map { ($0.name.split(separator: ".").map(String.init), $0) })
        members.append(("properties", .object(properties)))
        members.append(("additionalProperties", .bool(false)))
        return JSONTree.object(members).printed() + "\n"
    }

    /// The maps a nested profile writes: for each first name segment shared by dotted facts, an object
    /// holding the rest of their names, and so on down.
    private static func nested(_ facts: [(path: [String], fact: Fact)]) -> [(String, JSONTree)] {
        var heads: [String] = []
        var groups: [String: [(path: [String], fact: Fact)]] = [:]
        for entry in facts where entry.path.count > 1 {
            let head = entry.path[0]
            if groups[head] == nil { heads.append(head) }
            groups[head, default: []].append((Array(entry.path.dropFirst()), entry.fact))
        }
        return heads.map { head in
            let members = groups[head]!
            let direct = members.filter { $0.path.count == 1 }.map { ($0.path[0], value($0.fact)) }
            let dotted = members.filter { $0.path.count > 1 }.map { ($0.path.joined(separator: "."), value($0.fact)) }
            return (
                head,
                .object([
                    // `null` for the whole group reads as the group left out.
                    ("type", .array([.string("object"), .string("null")])),
                    ("properties", .object(direct + dotted + nested(members))),
                    ("additionalProperties", .bool(false)),
                ])
            )
        }
    }

    /// One fact's values, `null` among them.
    private static func value(_ fact: Fact) -> JSONTree {
        var members: [(String, JSONTree)] = [("description", .string(fact.description))]
        switch fact.type {
        case .bool:
            members.append(("type", .array([.string("boolean"), .string("null")])))
        case .string:
            // The loader reads any scalar as text: `12` is the text 12.
            members.append(
                ("type", .array([.string("string"), .string("number"), .string("boolean"), .string("null")])))
        case .enumeration(let values, _):
            members.append(("enum", .array(values.map(JSONTree.string) + [.null])))
        case .set(let values):
            members.append(("type", .array([.string("array"), .string("null")])))
            members.append(("items", .object([("enum", .array(values.map(JSONTree.string)))])))
            members.append(("uniqueItems", .bool(true)))
        case .number(let minimum, let maximum, let integer):
            members.append(("type", .array([.string(integer ? "integer" : "number"), .string("null")])))
            if let minimum { members.append(("minimum", .number(minimum))) }
            if let maximum { members.append(("maximum", .number(maximum))) }
        }
        if let value = fact.defaultValue { members.append(("default", tree(value, of: fact.type))) }
        return .object(members)
    }

    private static func tree(_ value: FactValue, of type: FactType) -> JSONTree {
        switch (value, type) {
        case (.bool(let flag), _): return .bool(flag)
        case (.number(let number), _): return .number(number)
        case (.string(let text), _): return .string(text)
        case (.enumeration(let index), .enumeration(let values, _)): return .string(values[index])
        case (.set(let mask), .set(let values)):
            return .array(values.indices.filter { mask & (1 << UInt64($0)) != 0 }.map { .string(values[$0]) })
        default: return .null
        }
    }

    private static var about: JSONTree {
        let text = JSONTree.object([
            ("type", .array([.string("string"), .string("number"), .string("boolean"), .string("null")]))
        ])
        return .object([
            ("description", .string("Who the profile describes; not facts.")),
            ("type", .string("object")),
            ("properties", .object(FileKeys.profileAbout.all.map { ($0, text) })),
            ("additionalProperties", .bool(false)),
        ])
    }

    private static func expect(_ ruleSet: RuleSet) -> JSONTree {
        let route = JSONTree.object([("enum", .array(ruleSet.routes.map { .string($0.id) }))])
        let routes = JSONTree.object([("type", .string("array")), ("items", route)])
        let advice = JSONTree.object([
            ("type", .string("array")),
            ("items", .object([("enum", .array(ruleSet.advice.map { .string($0.rule.id) }))])),
        ])
        let map = JSONTree.object([
            ("type", .string("object")),
            ("properties", .object([("route", route), ("possible", routes), ("advice", advice)])),
            ("additionalProperties", .bool(false)),
            (
                "oneOf",
                .array([
                    .object([("required", .array([.string("route")]))]),
                    .object([("required", .array([.string("possible")]))]),
                ])
            ),
        ])
        return .object([
            ("description", .string("What the rules should answer for this profile, checked by tests.")),
            ("anyOf", .array([route, map])),
        ])
    }
}
