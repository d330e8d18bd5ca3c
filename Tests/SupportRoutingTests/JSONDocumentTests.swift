import Foundation
import SupportRouting
import SupportRoutingYAML
import Testing

/// Plain JSON is read without libyaml, into exactly the nodes libyaml gives (kinds, texts, locations
/// and layouts), for every sample and rule file written out as JSON in several styles; whatever the
/// JSON reader is not sure of is left to libyaml, which says what is wrong.
struct JSONDocumentTests {
    static let documents: [String] = {
        ["Samples", "Samples/england-2026", "Rules"].flatMap { folder in
            let names =
                (try? FileManager.default.contentsOfDirectory(
                    atPath: Fixtures.repositoryRoot.appendingPathComponent(folder).path)) ?? []
            return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted().map { "\(folder)/\($0)" }
        }
    }()

    /// `node` written as JSON: `indent` spaces a level and a line a member, or all on one line.
    static func json(_ node: SourceNode, indent: Int?, level: Int = 0, accent: Bool = false) -> String {
        let (open, between, close): (String, String, String) =
            indent.map { indent in
                let inner = "\n" + String(repeating: " ", count: indent * (level + 1))
                return (inner, "," + inner, "\n" + String(repeating: " ", count: indent * level))
            } ?? ("", ", ", "")
        switch node.kind {
        case .mapping(let entries):
            let members = entries.map {
                quoted($0.key, accent: accent) + ": " + json($0.value, indent: indent, level: level + 1, accent: accent)
            }
            return members.isEmpty ? "{}" : "{" + open + members.joined(separator: between) + close + "}"
        case .sequence(let items):
            let members = items.map { json($0, indent: indent, level: level + 1, accent: accent) }
            return members.isEmpty ? "[]" : "[" + open + members.joined(separator: between) + close + "]"
        case .scalar(let scalar):
            if scalar.isPlain, ["true", "false"].contains(scalar.text) || Double(scalar.text) != nil,
                !scalar.text.hasPrefix("+"), !scalar.text.hasPrefix("."), !scalar.text.hasSuffix("."),
                !scalar.text.contains("_"),
                scalar.text.first != "0" || scalar.text == "0" || scalar.text.hasPrefix("0.")
            {
                return scalar.text
            }
            if node.isNullForTest { return "null" }
            return quoted(scalar.text, accent: accent)
        }
    }

    /// `text` as a JSON string: escaped where JSON needs it, and with `accent`, a non-ASCII letter added.
    static func quoted(_ text: String, accent: Bool) -> String {
        let written = accent ? "é" + text : text
        let data = try! JSONSerialization.data(withJSONObject: [written], options: [.withoutEscapingSlashes])
        return String(String(decoding: data, as: UTF8.self).dropFirst().dropLast())
    }

    @Test func everySampleAndRuleFileAsJSONIsReadAsLibyamlReadsIt() throws {
        #expect(Self.documents.count >= 40)
        var taken = 0
        for path in Self.documents {
            let text = try String(
                contentsOf: Fixtures.repositoryRoot.appendingPathComponent(path), encoding: .utf8)
            let node = try DocumentReader.readYAML(text, file: path).get()
            for (indent, accent) in [(nil, false), (2, false), (4, true), (nil, true)] {
                let json = Self.json(node, indent: indent, accent: accent)
                let expected = DocumentReader.readYAML(json, file: "sent.json")
                let read = DocumentReader.read(json, file: "sent.json")
                #expect(read == expected, "\(path) indent \(indent ?? 0)")
                if JSONDocumentReader.read(json, file: "sent.json", limits: .standard) != nil { taken += 1 }
            }
        }
        // Strings with escapes (quotes, line breaks in long texts) go to libyaml; the rest are read directly.
        #expect(taken > Self.documents.count * 2)
    }

    @Test(arguments: [
        "{\"name\": \"tab\there\"}", "{\"a\": 1,}", "{\"a\": 1} trailing", "[1, 2]", "{\"a\":\t1}",
        "{\"a\": 1 # comment\n}", "{\"a\": nan}", "{\"a\": 01}", "{\"a\": \"\u{7}\"}", "{\"a\": [1, {\"b\": }]}",
        "{'a': 1}", "{\"a\": 1}\r\n", "{\"a\": 1, \"b\": 2, \"a\": 3}",
    ])
    func whatItIsNotSureOfIsLeftToLibyaml(text: String) {
        #expect(JSONDocumentReader.read(text, file: "sent.json", limits: .standard) == nil)
        #expect(DocumentReader.read(text, file: "sent.json") == DocumentReader.readYAML(text, file: "sent.json"))
    }

    /// JSON as encoders write it, with no space after a colon or a comma, which libyaml reads too.
    @Test func compactJSONIsReadDirectlyAndAsLibyamlReadsIt() {
        let text =
            "{\"about\":{\"name\":\"Kingsdown\"},\"phase\":\"secondary\",\"weak_areas\":[\"behaviour\",\"leadership\"],\"x\":1.5}"
        #expect(JSONDocumentReader.read(text, file: "sent.json", limits: .standard) != nil)
        #expect(DocumentReader.read(text, file: "sent.json") == DocumentReader.readYAML(text, file: "sent.json"))
    }

    @Test func limitsAreLeftToLibyamlToReport() {
        let deep = String(repeating: "{\"a\": ", count: 70) + "1" + String(repeating: "}", count: 70)
        let wide = "{\"a\": [" + Array(repeating: "1", count: 300).joined(separator: ", ") + "]}"
        var limits = DocumentReader.Limits.standard
        limits.maximumNodes = 100
        for (text, limits) in [(deep, DocumentReader.Limits.standard), (wide, limits)] {
            #expect(JSONDocumentReader.read(text, file: "sent.json", limits: limits) == nil)
            guard case .failure(let list) = DocumentReader.read(text, file: "sent.json", limits: limits) else {
                Issue.record("expected the document to be refused")
                continue
            }
            #expect(["too-deep", "too-many-nodes"].contains(list.diagnostics.first?.id ?? ""))
        }
    }
}

extension SourceNode {
    /// Whether the node is YAML's null, as the decoder reads it.
    fileprivate var isNullForTest: Bool {
        guard case .scalar(let scalar) = kind, scalar.isPlain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.text)
    }
}
