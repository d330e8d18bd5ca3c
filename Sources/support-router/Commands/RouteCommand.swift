import ArgumentParser
import Foundation
import SupportRouting
import SupportRoutingRendering
import SupportRoutingYAML

/// `support-router route PROFILE...`: the route for each profile, with one-line reasons and advice.
struct RouteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "route",
        abstract: "Recommend a support route for each profile.",
        discussion: """
            Prints the route, its title, the one-line reasons and any advice. A profile that leaves out a \
            fact deciding its route gets the routes still possible and the facts that decide between them.

            Example:
              support-router route Samples/riverside-high.yaml Samples/kingsdown-school.yaml
              support-router route --schools Samples/datasets/riverside-area.csv --id 200002

            \(ExitStatus.routeHelpText)
            """)

    @Argument(help: ArgumentHelp("School profiles (YAML or JSON).", valueName: "profile"))
    var profiles: [String] = []

    @OptionGroup(title: "A school from a dataset") var fromDataset: DatasetSchoolOptions

    @OptionGroup var ruleOptions: RuleOptions

    @Option(help: "Output format: text or json.")
    var format: RouteFormat = .text

    enum RouteFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    func validate() throws { try fromDataset.validate(profileCount: profiles.count) }

    func run() throws {
        try fromDataset.requireSchool(profileCount: profiles.count)
        if fromDataset.isSelected { return try runOnDataset() }
        guard let ruleSet = ruleOptions.load() else { throw ExitStatus.badInput }
        let limits = ruleOptions.inputLimits.limits
        // Many profiles (a glob over a folder) are read and answered on every core; reported in order.
        let text = format == .text
        // Standard input (`-`) can be read once: profiles that read it are read one after another.
        let threads = profiles.contains("-") ? 1 : ProcessInfo.processInfo.activeProcessorCount
        let results = ParsingThreads.map(profiles, threads: threads) { path in
            ProfileLoader.load(contentsOf: path, ruleSet: ruleSet, limits: limits).map { profile in
                let explanation = ruleSet.explain(profile, counterfactuals: false)
                return (explanation, text ? TextRenderer.brief(explanation) : "")
            }
        }
        var answers: [RouteAnswer] = []
        var briefs: [String] = []
        for (path, result) in zip(profiles, results) {
            switch result {
            case .success(let (explanation, brief)):
                answers.append(RouteAnswer(explanation))
                briefs.append(brief)
            case .failure(let list):
                Console.report(list)
                answers.append(RouteAnswer(profile: path, errors: list.diagnostics))
            }
        }
        let explained = answers.compactMap(\.explanation)
        switch format {
        case .text: try Console.print(briefs.joined(separator: "\n"))
        case .json: try Console.print(try JSONOutput.encode(answers))
        }
        if answers.contains(where: { $0.errors != nil }) { throw ExitStatus.badInput }
        if explained.contains(where: { !$0.isDecided }) { throw ExitStatus.undecided }
    }

    private func runOnDataset() throws {
        let (profile, ruleSet, partners) = try fromDataset.load(ruleOptions: ruleOptions)
        var answer = RouteAnswer(ruleSet.explain(profile, counterfactuals: false))
        answer.partners = partners?.json
        switch format {
        case .text: try Console.print(TextRenderer.brief(answer.explanation!) + (partners?.text ?? ""))
        case .json: try Console.print(try JSONOutput.encode([answer]))
        }
        if answer.decided == false { throw ExitStatus.undecided }
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
