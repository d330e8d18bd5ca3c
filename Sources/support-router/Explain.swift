import ArgumentParser
import SupportRouting
import SupportRoutingYAML

/// `support-router explain PROFILE`: the whole walk and the counterfactuals.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Explain every step of the reasoning for one profile.",
        discussion: """
            Shows where the walk starts, each rung visited with every rule and condition and the profile's \
            actual values, the defaults used, the advice, and the smallest changes to the profile (one \
            fact, then two) that would give another route.

            Formats: text (terminal), json (programs), markdown, html (one self-contained page).

            Example:
              support-router explain Samples/hollybrook-school.yaml --format html > hollybrook.html

            \(ExitStatus.helpText)
            """)

    @Argument(help: ArgumentHelp("A school profile (YAML or JSON).", valueName: "profile"))
    var profile: String

    @OptionGroup var ruleOptions: RuleOptions

    @OptionGroup(title: "Limits on profiles") var inputLimits: InputLimitOptions

    @Option(help: "Output format: text, json, markdown or html.")
    var format: ExplainFormat = .text

    enum ExplainFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown, html
    }

    func run() throws {
        guard let ruleSet = ruleOptions.load() else { throw ExitStatus.badInput }
        let loaded: Profile
        switch ProfileLoader.load(contentsOf: profile, ruleSet: ruleSet, limits: inputLimits.limits) {
        case .success(let profile): loaded = profile
        case .failure(let list):
            Console.report(list)
            throw ExitStatus.badInput
        }
        let explanation = ruleSet.explain(loaded)
        switch format {
        case .text: Console.print(TextRenderer.full(explanation))
        case .json: Console.print(try JSONOutput.encode(explanation))
        case .markdown: Console.print(MarkdownRenderer.render(explanation))
        case .html: Console.print(HTMLRenderer.render(explanation))
        }
        if !explanation.isDecided { throw ExitStatus.undecided }
    }
}
