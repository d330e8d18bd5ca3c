import Foundation
import ShippedRules
import SupportRouting
import SupportRoutingYAML
import Testing

/// The rule set for the arrangements of 2025-26: its samples, its proofs, and every quote held to
/// the passages kept beside it, since the documents themselves are not in the repository.
struct England2026Tests {
    static let root = Fixtures.repositoryRoot
    static let samples: [String] = {
        let folder = root.appendingPathComponent("Samples/england-2026")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }()

    static func rules() throws -> RuleSet {
        try RuleSetLoader.load(contentsOf: root.appendingPathComponent("Rules/england-2026.yaml").path).get()
    }

    static func load(_ sample: String) throws -> (RuleSet, Profile) {
        let ruleSet = try rules()
        let profile = try ProfileLoader.load(
            contentsOf: root.appendingPathComponent("Samples/england-2026/\(sample)").path, ruleSet: ruleSet
        ).get()
        return (ruleSet, profile)
    }

    /// Every citation of a rule set, with what cites it: rules, constraints and derivations.
    static func citations(_ ruleSet: RuleSet) -> [(String, Citation)] {
        ruleSet.allRules.map { ($0.id, $0.source) }
            + ruleSet.constraints.compactMap { constraint in constraint.source.map { (constraint.id, $0) } }
    }

    @Test func theEmbeddedRulesAreTheFileInRules() throws {
        let onDisk = try String(
            contentsOf: Self.root.appendingPathComponent("Rules/england-2026.yaml"), encoding: .utf8)
        #expect(EmbeddedRuleSet.all.first { $0.id == "england-2026" }?.text == onDisk)
    }

    @Test func checkProvesTheInvariantsTheIssueAsksFor() throws {
        let result = RuleSetChecker.analyse(try Self.rules())
        #expect(result.findings.isEmpty)
        for invariant in [
            "special-measures-gets-structural-intervention", "worse-category-never-lower",
            "expected-everywhere-needs-no-intervention",
        ] {
            #expect(result.provenInvariants.contains(invariant))
        }
    }

    @Test func thereAreEnoughSamplesAndTheyReachEveryRung() throws {
        #expect(Self.samples.count >= 12)
        var reached = Set<String>()
        for sample in Self.samples {
            let (ruleSet, profile) = try Self.load(sample)
            if let route = ruleSet.decide(profile).routeID { reached.insert(route) }
        }
        #expect(reached == Set(try Self.rules().routes.map(\.id)))
    }

    @Test(arguments: samples)
    func eachSampleGetsItsExpectedAnswer(_ sample: String) throws {
        let (ruleSet, profile) = try Self.load(sample)
        let explanation = ruleSet.explain(profile, counterfactuals: false)
        let expectation = try #require(profile.expectation, "\(sample) states no expected route")
        if let route = expectation.route { #expect(explanation.route?.id == route) }
        if let possible = expectation.possible { #expect(explanation.possible.map(\.route.id) == possible) }
        if let advice = expectation.advice { #expect(explanation.advice.map(\.id) == advice) }
        #expect(profile.name != nil && profile.story != nil, "\(sample) needs about.name and about.story")
    }

    @Test func theCategoryIsWorkedOutFromTheGradesAndAWrongOneIsRefused() throws {
        let (ruleSet, profile) = try Self.load("northgate-school.yaml")
        let category = try #require(ruleSet.schema["ofsted.category"])
        #expect(profile.values[category.index] == .enumeration(2))
        #expect(profile.origins[category.index] == .derived)
        let text = try String(
            contentsOf: Self.root.appendingPathComponent("Samples/england-2026/northgate-school.yaml"), encoding: .utf8)
        let errors = Fixtures.profileErrors(text + "ofsted:\n  category: none\n", ruleSet: ruleSet)
        #expect(errors.map(\.id) == ["derived-fact-disagrees"])
        #expect(
            errors.first?.message
                == "`ofsted.category` is given as none, but the facts it is worked out from give special_measures")
        #expect(errors.first?.location.line == text.split(separator: "\n", omittingEmptySubsequences: false).count + 1)
    }

    @Test func aWarningNoticeForAnAcademyBreaksAConstraint() throws {
        let errors = Fixtures.profileErrors(
            "responsible_body:\n  type: multi_academy_trust\nwarning_notice: issued\n", ruleSet: try Self.rules())
        #expect(errors.map(\.id) == ["constraint-broken"])
        #expect(errors.first?.message == "the profile breaks constraint `warning-notices-are-for-maintained-schools`")
        #expect(errors.first?.location.line == 2)
    }

    @Test func everyDocumentHasAnAddressAndADate() throws {
        for document in try Self.rules().documents {
            #expect(document.url?.hasPrefix("http") == true, "\(document.key)")
            #expect(document.date != nil, "\(document.key)")
        }
    }

    /// The passages file: for each document, its address, when it was read, and what it says.
    static func passages() throws -> [String: (url: String, retrieved: String, passages: [String])] {
        let data = try Data(contentsOf: root.appendingPathComponent("Rules/sources/england-2026.passages.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let documents = try #require(json["documents"] as? [String: [String: Any]])
        return documents.compactMapValues { entry in
            guard let url = entry["url"] as? String, let retrieved = entry["retrieved"] as? String,
                let passages = entry["passages"] as? [String]
            else { return nil }
            return (url, retrieved, passages)
        }
    }

    /// Quotes are compared with runs of white space made one space, as YAML folds lines.
    static func normalised(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func everyQuoteIsInThePassagesKeptForItsDocument() throws {
        let ruleSet = try Self.rules()
        let kept = try Self.passages()
        let citations = Self.citations(ruleSet)
        #expect(citations.count >= 20)
        for (id, citation) in citations {
            let entry = try #require(kept[citation.document], "no passages kept for \(citation.document)")
            let quote = Self.normalised(citation.quote)
            #expect(entry.passages.contains { Self.normalised($0).contains(quote) }, "\(id): quote not in the passages")
            #expect(citation.standing != nil, "\(id) says nothing of its source's standing")
        }
        for document in ruleSet.documents {
            let entry = try #require(kept[document.key], "no passages kept for \(document.key)")
            #expect(entry.url == document.url, "\(document.key): the passages were read at another address")
            #expect(entry.retrieved.count == 10, "\(document.key): the retrieval date is not a date")
        }
    }

    @Test func explainShowsHowFirmEachSourceIs() throws {
        let output = try CommandRunner.run([
            "explain", "--ruleset", "england-2026", "Samples/england-2026/ashgrove-academy.yaml",
        ])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("standing: adopted policy, not law;"))
        #expect(
            output.stdout.contains("ofsted.category = requires_significant_improvement (worked out from other facts)"))
    }
}
