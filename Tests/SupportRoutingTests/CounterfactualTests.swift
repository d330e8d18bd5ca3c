import Foundation
import SupportRouting
import Testing

/// Counterfactuals: the smallest changes that give another route, checked against dense enumeration.
struct CounterfactualTests {
    let ruleSet: RuleSet

    init() throws {
        ruleSet = try Fixtures.ruleSet()
    }

    private let pathFacts = ["help", "leader", "score", "partner.near", "category", "grade"]

    private func explanation(_ yaml: String) throws -> Explanation {
        ruleSet.explain(try Fixtures.profile(yaml, ruleSet: ruleSet))
    }

    @Test func oneFactChangesAreWordedForPeople() throws {
        let explanation = try explanation("help: true\nleader: true\nscore: 50\npartner.near: true")
        #expect(explanation.route?.id == "inside")
        let singles = explanation.counterfactuals.filter { $0.changes.count == 1 }
        let sentences = singles.map {
            "\($0.changes[0].fact) \($0.changes[0].from ?? "missing") -> \($0.changes[0].to): \(($0.route?.id ?? "open"))"
        }
        #expect(sentences.contains("help true -> false: self"))
        #expect(sentences.contains("leader true -> false: family"))
        #expect(sentences.contains("score 50 -> below 30: family"))
        #expect(sentences.contains("category none -> special: top"))
        #expect(sentences.contains("grade good -> inadequate: family"))
    }

    @Test func numberRangesSplitExactlyAtTheThreshold() throws {
        let explanation = try explanation("help: true\nleader: true\nscore: 10\npartner.near: true")
        #expect(explanation.route?.id == "family")
        let score = explanation.counterfactuals.filter { $0.changes.map(\.fact) == ["score"] }
        #expect(score.map(\.changes[0].to) == ["at least 30"])
        #expect(score.compactMap(\.route?.id) == ["inside"])
    }

    @Test func twoFactChangesOnlyForRoutesNoSingleChangeReaches() throws {
        let explanation = try explanation("help: true\nleader: false\npartner.near: true\nscore: 50")
        let singleRoutes = Set(explanation.counterfactuals.filter { $0.changes.count == 1 }.compactMap(\.route?.id))
        let pairRoutes = Set(explanation.counterfactuals.filter { $0.changes.count == 2 }.compactMap(\.route?.id))
        #expect(singleRoutes.isDisjoint(with: pairRoutes))
        #expect(!explanation.counterfactuals.contains { ($0.route?.id ?? "open") == "family" })
    }

    /// Every route a single change can give (over a dense grid of values) is listed for that fact,
    /// every listed range holds for every grid value in it, and pairs reach exactly the rest.
    @Test(arguments: [
        "help: true\nleader: true\nscore: 50\npartner.near: true",
        "help: true\nleader: false\nscore: 10\npartner.near: false",
        "help: false\nleader: true\nscore: 30\npartner.near: true",
        "help: false\ncategory: notice\nscore: 29.5\npartner.near: true\nleader: true",
    ])
    func counterfactualsAgreeWithBruteForce(_ yaml: String) throws {
        let profile = try Fixtures.profile(yaml, ruleSet: ruleSet)
        let explanation = ruleSet.explain(profile)
        let baseline = try #require(ruleSet.decide(profile).route)
        var singleRoutes = Set<String>()
        for name in pathFacts {
            let fact = ruleSet.schema[name]!
            var reached = Set<String>()
            for value in BruteForce.values(of: fact) {
                var values = profile.values
                values[fact.index] = value
                guard let route = ruleSet.decide(values: values).route, route != baseline else { continue }
                let id = ruleSet.routes[route].id
                reached.insert(id)
                // The listed change for this value's route must describe this value.
                let listed = explanation.counterfactuals.filter {
                    $0.changes.count == 1 && $0.changes[0].fact == name && ($0.route?.id ?? "open") == id
                }
                #expect(
                    listed.contains { Self.describes($0.changes[0].to, value, fact) },
                    "\(name) = \(value) gives \(id) but no change lists it")
            }
            let listedRoutes = Set(
                explanation.counterfactuals.filter { $0.changes.count == 1 && $0.changes[0].fact == name }.compactMap(
                    \.route?.id))
            #expect(listedRoutes == reached, "routes for \(name)")
            singleRoutes.formUnion(reached)
        }
        var pairRoutes = Set<String>()
        for (position, first) in pathFacts.enumerated() {
            for second in pathFacts[(position + 1)...] {
                for assignment in BruteForce.assignments(ruleSet.schema, facts: [first, second]) {
                    var values = profile.values
                    for (fact, value) in assignment { values[fact] = value }
                    guard let route = ruleSet.decide(values: values).route, route != baseline else { continue }
                    let id = ruleSet.routes[route].id
                    if !singleRoutes.contains(id) { pairRoutes.insert(id) }
                }
            }
        }
        #expect(Set(explanation.counterfactuals.filter { $0.changes.count == 2 }.compactMap(\.route?.id)) == pairRoutes)
    }

    /// Whether a change's wording (`true`, `special`, `at least 30`, `above 10 and below 30`) covers a value.
    static func describes(_ wording: String, _ value: FactValue, _ fact: Fact) -> Bool {
        guard case .number(let number) = value else { return wording == fact.display(value) }
        return wording.components(separatedBy: " and ").allSatisfy { bound in
            let words = bound.split(separator: " ")
            guard let limit = Double(words.last ?? "") else { return false }
            switch words.dropLast().joined(separator: " ") {
            case "at least": return number >= limit
            case "above": return number > limit
            case "at most": return number <= limit
            case "below": return number < limit
            case "": return number == limit
            default: return false
            }
        }
    }

    @Test func aChangeAfterWhichMissingFactsDecideIsReported() throws {
        // Without special measures the walk would need `help`, which the profile leaves out.
        let explanation = try explanation("category: special\nleader: true\nscore: 50\n")
        let open = try #require(explanation.counterfactuals.first { $0.route == nil })
        #expect(open.changes.map(\.fact) == ["category"])
        #expect(open.decidingFacts == ["help"])
        #expect(open.possible.map(\.id) == ["self", "inside"])
    }

    @Test func changesSayWhenTheCurrentValueIsADefault() throws {
        let explanation = try explanation("help: true\nscore: 50\npartner.near: true")
        let leader = try #require(explanation.counterfactuals.first { $0.changes.map(\.fact) == ["leader"] })
        #expect(leader.changes[0].fromDefault)
        #expect(leader.changes[0].from == "false")
    }
}
