import Foundation
import ShippedRules
import SupportRouting
import SupportRoutingYAML
import Testing

/// The shipped rule set and every sample profile: each sample gets the route and advice it states,
/// and together the samples exercise every route, start-at rule and advice rule.
struct SampleTests {
    static let root = Fixtures.repositoryRoot
    static let samples: [String] = {
        let folder = root.appendingPathComponent("Samples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
    }()

    static func shippedRules() throws -> RuleSet {
        try RuleSetLoader.load(contentsOf: root.appendingPathComponent("Rules/england-2008.yaml").path).get()
    }

    static func explain(_ sample: String) throws -> (Profile, Explanation) {
        let ruleSet = try shippedRules()
        let profile = try ProfileLoader.load(
            contentsOf: root.appendingPathComponent("Samples/\(sample)").path, ruleSet: ruleSet
        ).get()
        return (profile, ruleSet.explain(profile, counterfactuals: false))
    }

    @Test func theEmbeddedRulesAreTheFileInRules() throws {
        let onDisk = try String(
            contentsOf: Self.root.appendingPathComponent("Rules/england-2008.yaml"), encoding: .utf8)
        #expect(EmbeddedRuleSet.england2008.text == onDisk)
    }

    @Test func theShippedRulesHaveTheFiveRungs() throws {
        let ruleSet = try Self.shippedRules()
        #expect(
            ruleSet.routes.map(\.id) == ["self-evaluation", "in-school", "local-family", "la-commissioned", "nle-nss"])
        #expect(ruleSet.startAt.first { $0.rule.id == "special-measures" }?.route == 4)
    }

    @Test func thereAreEnoughSamples() {
        #expect(Self.samples.count >= 15)
    }

    @Test(arguments: samples)
    func eachSampleGetsItsExpectedAnswer(_ sample: String) throws {
        let (profile, explanation) = try Self.explain(sample)
        let expectation = try #require(profile.expectation, "\(sample) states no expected route")
        if let route = expectation.route {
            #expect(explanation.route?.id == route)
        }
        if let possible = expectation.possible {
            #expect(!explanation.isDecided)
            #expect(explanation.possible.map(\.route.id) == possible)
        }
        if let advice = expectation.advice {
            #expect(explanation.advice.map(\.id) == advice)
        }
        #expect(profile.name != nil && profile.story != nil, "\(sample) needs about.name and about.story")
    }

    @Test func theSamplesExerciseEveryRouteStartAndAdvice() throws {
        let ruleSet = try Self.shippedRules()
        var routes: [String: Int] = [:]
        var starts = Set<String>()
        var advice = Set<String>()
        for sample in Self.samples {
            let (profile, explanation) = try Self.explain(sample)
            if let route = explanation.route?.id { routes[route, default: 0] += 1 }
            let decision = ruleSet.decide(profile)
            starts.formUnion(decision.startRules.map { ruleSet.startAt[$0].rule.id })
            advice.formUnion(explanation.advice.map(\.id))
        }
        for route in ruleSet.routes {
            #expect(
                routes[route.id, default: 0] >= 2,
                "route \(route.id) is reached by \(routes[route.id, default: 0]) samples")
        }
        #expect(starts == Set(ruleSet.startAt.map(\.rule.id)))
        #expect(advice == Set(ruleSet.advice.map(\.rule.id)))
    }

    @Test func everyRuleCitesADeclaredDocumentWithAQuote() throws {
        let ruleSet = try Self.shippedRules()
        let keys = Set(ruleSet.documents.map(\.key))
        for rule in ruleSet.allRules {
            #expect(keys.contains(rule.source.document))
            #expect(rule.source.quote.count >= 20, "rule \(rule.id) quotes too little")
        }
    }

    static let seeds = root.deletingLastPathComponent().appendingPathComponent("shared/seeds")

    /// The quotes are checked word for word where the source articles are at hand.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: seeds.path)))
    func everyQuoteIsVerbatimInItsSource() throws {
        let ruleSet = try Self.shippedRules()
        for (id, source) in England2026Tests.citations(ruleSet) {
            let document = try #require(ruleSet.documents.first { $0.key == source.document })
            let file = try #require(document.file, "document \(document.key) names no file")
            let text = try String(contentsOf: Self.seeds.appendingPathComponent(file), encoding: .utf8)
            #expect(text.contains(source.quote), "\(id): quote not found in \(file)")
        }
    }
}
