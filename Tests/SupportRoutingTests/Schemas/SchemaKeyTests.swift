import Foundation
import Testing

@testable import SchoolData
@testable import SupportRouting

/// The JSON Schemas in `Schemas/` and the loaders read the same keys: for every map of every file kind, the
/// schema's properties are the keys the loader accepts and its `required` the keys the loader demands. An
/// editor and `support-router` then agree on every key of a file.
struct SchemaKeyTests {
    /// The schema file `name` in `Schemas/`, parsed.
    static func schema(_ name: String) throws -> [String: Any] {
        let url = Fixtures.repositoryRoot.appendingPathComponent("Schemas/\(name)")
        return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    /// The object schema at `path` (keys, with `[]` for an array's items) below `root`.
    static func object(_ root: [String: Any], _ path: [String]) throws -> [String: Any] {
        var node = root
        for key in path {
            if key == "[]" {
                node = try #require(node["items"] as? [String: Any], "no items at \(path)")
            } else {
                node = try #require(node[key] as? [String: Any], "no \(key) at \(path)")
            }
            if let reference = node["$ref"] as? String {
                let name = try #require(reference.split(separator: "/").last.map(String.init))
                node = try #require((root["$defs"] as? [String: Any])?[name] as? [String: Any])
            }
        }
        return node
    }

    /// Whether the object schema at `path` allows exactly `keys`, and demands exactly the required ones.
    static func expect(_ root: [String: Any], _ path: [String], _ keys: FileKeys.Keys) throws {
        let node = try object(root, path)
        let properties = try #require(node["properties"] as? [String: Any], "no properties at \(path)")
        #expect(Set(properties.keys) == Set(keys.all), "keys at \(path)")
        #expect(Set(node["required"] as? [String] ?? []) == Set(keys.required), "required keys at \(path)")
        #expect(node["additionalProperties"] as? Bool == false, "unknown keys refused at \(path)")
    }

    @Test func theRuleFileSchemaHasTheLoadersKeys() throws {
        let rules = try Self.schema("rules.schema.json")
        try Self.expect(rules, [], FileKeys.ruleSet)
        try Self.expect(rules, ["properties", "documents", "additionalProperties"], FileKeys.document)
        try Self.expect(rules, ["properties", "routes", "[]"], FileKeys.route)
        try Self.expect(
            rules, ["properties", "routes", "[]", "properties", "escalate_when", "[]"], FileKeys.escalationRule)
        try Self.expect(rules, ["properties", "start_at", "[]"], FileKeys.startRule)
        try Self.expect(rules, ["properties", "advice", "[]"], FileKeys.adviceRule)
        try Self.expect(rules, ["properties", "advice", "[]", "properties", "source"], FileKeys.source)
        try Self.expect(rules, ["properties", "invariants", "[]"], FileKeys.invariant)
        // Each fact type's branch.
        let fact = try Self.object(rules, ["properties", "facts", "additionalProperties"])
        let branches = try #require(fact["allOf"] as? [[String: Any]])
        var types: [String] = []
        for branch in branches {
            let test = try #require((branch["if"] as? [String: Any])?["properties"] as? [String: Any])
            let type = try #require((test["type"] as? [String: Any])?["const"] as? String)
            types.append(type)
            try Self.expect(branch, ["then"], FileKeys.fact(type: type))
        }
        #expect(types.sorted() == ["bool", "enum", "number", "set", "string"])
    }

    @Test func theRuleTestSchemaHasTheLoadersKeys() throws {
        let tests = try Self.schema("rule-tests.schema.json")
        try Self.expect(tests, [], FileKeys.testFile)
        try Self.expect(tests, ["properties", "cases", "[]"], FileKeys.testCase)
        // `expect` is a route id or a map.
        let expect = try Self.object(tests, ["properties", "cases", "[]", "properties", "expect"])
        let map = try #require((expect["anyOf"] as? [[String: Any]])?.last)
        try Self.expect(map, [], FileKeys.testExpect)
    }

    @Test func theMappingSchemaHasTheLoadersKeys() throws {
        let mapping = try Self.schema("mapping.schema.json")
        try Self.expect(mapping, [], MappingKeys.mapping)
        try Self.expect(mapping, ["properties", "columns"], MappingKeys.columns)
        try Self.expect(mapping, ["properties", "join"], MappingKeys.join)
        try Self.expect(mapping, ["properties", "facts", "additionalProperties"], MappingKeys.fact)
        try Self.expect(mapping, ["properties", "partners"], MappingKeys.partners)
        try Self.expect(mapping, ["properties", "partners", "properties", "measures", "[]"], MappingKeys.measure)
    }

    @Test func theProfileSchemaHasTheLoadersKeys() throws {
        let profile = try Self.schema("england-2008.profile.schema.json")
        try Self.expect(profile, ["properties", "about"], FileKeys.profileAbout)
        let expect = try Self.object(profile, ["properties", "expect"])
        let map = try #require((expect["anyOf"] as? [[String: Any]])?.last)
        let properties = try #require(map["properties"] as? [String: Any])
        #expect(Set(properties.keys) == Set(FileKeys.profileExpect.all))
    }
}
