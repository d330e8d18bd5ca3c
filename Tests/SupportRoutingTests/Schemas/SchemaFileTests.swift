import Foundation
import Testing

/// The shipped files name their schemas, the shipped profile schema is the one `facts --format json-schema`
/// makes, and every mistake planted for the schemas is refused by the loader too, with the id it names.
/// (`Scripts/check-schemas.sh`, run by `.ci/run`, validates the same files with check-jsonschema.)
struct SchemaFileTests {
    static let root = Fixtures.repositoryRoot

    /// Every shipped YAML file and the schema it should name.
    static func shipped() throws -> [(file: String, schema: String)] {
        func files(_ folder: String, _ suffix: String) throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)
                .filter { $0.hasSuffix(suffix) }.sorted().map { "\(folder)/\($0)" }
        }
        var pairs: [(String, String)] = []
        for file in try files("Rules", ".yaml") {
            pairs.append(
                (file, file.hasSuffix(".tests.yaml") ? "Schemas/rule-tests.schema.json" : "Schemas/rules.schema.json"))
        }
        pairs += try files("Samples", ".yaml").map { ($0, "Schemas/england-2008.profile.schema.json") }
        pairs += try files("Samples/england-2026", ".yaml").map { ($0, "Schemas/england-2026.profile.schema.json") }
        pairs += try (files("Samples/datasets", ".map.yaml") + files("Scripts", ".map.yaml")).map {
            ($0, "Schemas/mapping.schema.json")
        }
        return pairs
    }

    @Test func everyShippedYAMLFileNamesItsSchemaOnItsFirstLine() throws {
        let pairs = try Self.shipped()
        #expect(pairs.count == 41)
        for (file, schema) in pairs {
            let text = try String(contentsOf: Self.root.appendingPathComponent(file), encoding: .utf8)
            let first = try #require(text.split(separator: "\n").first.map(String.init))
            let prefix = "# yaml-language-server: $schema="
            #expect(first.hasPrefix(prefix), "\(file)")
            let named = URL(
                fileURLWithPath: String(first.dropFirst(prefix.count)),
                relativeTo: Self.root.appendingPathComponent(file))
            #expect(
                named.standardizedFileURL.path == Self.root.appendingPathComponent(schema).standardizedFileURL.path,
                "\(file)")
        }
    }

    @Test(arguments: ["england-2008", "england-2026"])
    func theShippedProfileSchemaIsTheOneTheFactsCommandMakes(ruleSet: String) throws {
        let made = try CommandRunner.run(["facts", "--ruleset", ruleSet, "--format", "json-schema"])
        #expect(made.status == 0, "\(made.stderr)")
        let file = "Schemas/\(ruleSet).profile.schema.json"
        let shipped = try String(contentsOf: Self.root.appendingPathComponent(file), encoding: .utf8)
        #expect(
            made.stdout == shipped,
            "rerun: swift run support-router facts --ruleset \(ruleSet) --format json-schema > \(file)")
    }

    @Test func theProfileSchemaDescribesEveryFactByNameAndNested() throws {
        let schema = try SchemaKeyTests.schema("england-2008.profile.schema.json")
        let properties = try #require(schema["properties"] as? [String: Any])
        let category = try #require(properties["ofsted.category"] as? [String: Any])
        // JSON's null reads back as NSNull.
        func values(_ node: [String: Any]) -> [String] {
            (node["enum"] as? [Any] ?? []).map { $0 as? String ?? "null" }
        }
        #expect(values(category) == ["none", "notice_to_improve", "special_measures", "null"])
        #expect(category["default"] as? String == "none")
        #expect(category["description"] as? String == "The Ofsted category the school is in, if any.")
        let ofsted = try SchemaKeyTests.object(schema, ["properties", "ofsted", "properties", "category"])
        #expect(values(ofsted) == values(category))
        let percent = try #require(properties["attainment.gcse_5ac_percent"] as? [String: Any])
        #expect(percent["minimum"] as? Double == 0)
        #expect(percent["maximum"] as? Double == 100)
        #expect(schema["additionalProperties"] as? Bool == false)
    }

    @Test func theTemplateAndAnotherFormatCannotBothBeAsked() throws {
        let result = try CommandRunner.run(["facts", "--template", "--format", "json-schema"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--template and --format json-schema ask for two different things"))
    }

    /// The command that loads a planted mistake of this kind the way a user would.
    static func command(for file: String) -> [String] {
        if file.hasSuffix(".rules.yaml") { return ["check", file] }
        if file.hasSuffix(".tests.yaml") { return ["test", file] }
        if file.hasSuffix(".map.yaml") { return ["batch", "Samples/datasets/riverside-area.csv", "--map", file] }
        return ["route", file]
    }

    static let mistakes = "Tests/SupportRoutingTests/Inputs/schema-mistakes"

    @Test func everyPlantedMistakeIsRefusedByTheLoaderToo() throws {
        let names = try FileManager.default.contentsOfDirectory(
            atPath: Self.root.appendingPathComponent(Self.mistakes).path
        )
        .sorted()
        #expect(names.count == 8)
        for name in names {
            let file = "\(Self.mistakes)/\(name)"
            let text = try String(contentsOf: Self.root.appendingPathComponent(file), encoding: .utf8)
            let id = try #require(text.split(separator: "\n").first?.split(separator: " ").dropFirst(2).first)
            let result = try CommandRunner.run(Self.command(for: file))
            #expect(result.status == 2, "\(file): \(result.stderr)")
            #expect(result.stderr.contains("[\(id)]"), "\(file): \(result.stderr)")
        }
    }
}
