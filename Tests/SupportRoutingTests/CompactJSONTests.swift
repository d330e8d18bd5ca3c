import Foundation
import SupportRouting
import SupportRoutingRendering
import SupportRoutingYAML
import Testing

/// The server's hand-written answer JSON is byte for byte what `JSONEncoder` writes: for every sample
/// of both rule sets (decided, undecided, with advice, defaults and sources), for partners, for a
/// profile's errors, and for text that needs escaping.
struct CompactJSONTests {
    static func encoded(_ answer: RouteAnswer) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(answer), as: UTF8.self)
    }

    static let samples: [(ruleSet: String, path: String)] = {
        ["Samples", "Samples/england-2026"].flatMap { folder in
            let names =
                (try? FileManager.default.contentsOfDirectory(
                    atPath: Fixtures.repositoryRoot.appendingPathComponent(folder).path)) ?? []
            return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted().map {
                (folder.hasSuffix("2026") ? "england-2026" : "england-2008", "\(folder)/\($0)")
            }
        }
    }()

    @Test func everySampleIsWrittenAsTheEncoderWritesIt() throws {
        #expect(Self.samples.count > 30)
        for (id, path) in Self.samples {
            let ruleSet = try RuleSetLoader.load(
                contentsOf: Fixtures.repositoryRoot.appendingPathComponent("Rules/\(id).yaml").path
            ).get()
            let profile = try ProfileLoader.load(
                contentsOf: Fixtures.repositoryRoot.appendingPathComponent(path).path, ruleSet: ruleSet
            ).get()
            let answer = RouteAnswer(ruleSet.explain(profile, counterfactuals: false))
            #expect(answer.compactJSON == (try Self.encoded(answer)), "\(path)")
        }
    }

    @Test func partnersErrorsAndTextThatNeedsEscapingAreWrittenAsTheEncoderWritesThem() throws {
        let ruleSet = try RuleSetLoader.load(
            contentsOf: Fixtures.repositoryRoot.appendingPathComponent("Rules/england-2008.yaml").path
        ).get()
        let odd = "Quote \" back\\slash /slash tab\t line\n nul\u{0} bell\u{7} é 学校 \u{2028} 🏫"
        let profile = try ProfileLoader.load(
            text: "about:\n  name: \(odd.jsonQuoted)\nphase: primary\n", file: "odd/\(odd).yaml", ruleSet: ruleSet
        ).get()
        var answer = RouteAnswer(ruleSet.explain(profile, counterfactuals: false))
        answer.partners = PartnerAnswer(
            id: odd, name: odd, radiusKm: 3,
            partners: [0.07, 1.34, 12.5, 3.0, 0.001, 1234.56].map {
                .init(id: "1", name: odd, distanceKm: $0, reasons: [odd, "same phase"])
            })
        #expect(answer.compactJSON == (try Self.encoded(answer)))

        let failed = ProfileLoader.load(text: "phase: [", file: odd, ruleSet: ruleSet)
        guard case .failure(let list) = failed else {
            Issue.record("expected the profile to fail")
            return
        }
        let errors = RouteAnswer(profile: odd, errors: list.diagnostics)
        #expect(errors.compactJSON == (try Self.encoded(errors)))
    }
}
