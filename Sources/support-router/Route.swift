import ArgumentParser
import Foundation
import SupportRouting
import SupportRoutingYAML

/// `support-router route PROFILE...`: the route for each profile, with one-line reasons and advice.
struct Route: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Recommend a support route for each profile.",
        discussion: """
            Prints the route, its title, the one-line reasons and any advice. A profile that leaves out a \
            fact deciding its route gets the routes still possible and the facts that decide between them.

            Example:
              support-router route Samples/riverside-high.yaml Samples/kingsdown-school.yaml

            \(ExitStatus.helpText)
            """)

    @Argument(help: ArgumentHelp("School profiles (YAML or JSON).", valueName: "profile"))
    var profiles: [String]

    @OptionGroup var ruleOptions: RuleOptions

    @Option(help: "Output format: text or json.")
    var format: RouteFormat = .text

    enum RouteFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    func run() throws {
        guard let ruleSet = ruleOptions.load() else { throw ExitStatus.badInput }
        var explanations: [Explanation] = []
        var failed = false
        for path in profiles {
            switch ProfileLoader.load(contentsOf: path, ruleSet: ruleSet) {
            case .success(let profile): explanations.append(ruleSet.explain(profile, counterfactuals: false))
            case .failure(let list):
                Console.report(list)
                failed = true
            }
        }
        switch format {
        case .text: Console.print(explanations.map(TextRenderer.brief).joined(separator: "\n"))
        case .json: Console.print(try JSONOutput.encode(explanations.map(RouteAnswer.init)))
        }
        if failed { throw ExitStatus.badInput }
        if explanations.contains(where: { !$0.isDecided }) { throw ExitStatus.undecided }
    }
}

/// The JSON shape of one `route` answer.
struct RouteAnswer: Encodable {
    let profile: String
    let name: String?
    let decided: Bool
    let route: Explanation.RouteSummary?
    let possible: [Explanation.PossibleRouteReport]
    let decidingFacts: [String]
    let reasons: [Explanation.Reason]
    let advice: [Explanation.AdviceReport]
    let defaultsUsed: [String]

    init(_ explanation: Explanation) {
        profile = explanation.profile.file
        name = explanation.profile.name
        decided = explanation.isDecided
        route = explanation.route
        possible = explanation.possible
        decidingFacts = explanation.decidingFacts
        reasons = explanation.reasons
        advice = explanation.advice
        defaultsUsed = explanation.defaultsUsed.map(\.name)
    }
}

/// Pretty, stable JSON.
enum JSONOutput {
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
