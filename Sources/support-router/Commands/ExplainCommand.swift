import ArgumentParser
import SchoolData
import SupportRouting
import SupportRoutingRendering
import SupportRoutingYAML

/// `support-router explain PROFILE`: the whole walk and the counterfactuals.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain every step of the reasoning for one profile.",
        discussion: """
            Shows where the walk starts, each rung visited with every rule and condition and the profile's \
            actual values, the defaults used, the advice, and the smallest changes to the profile (one \
            fact, then two) that would give another route.

            Formats: text (terminal), json (programs), markdown, html (one self-contained page).

            Example:
              support-router explain Samples/hollybrook-school.yaml --format html > hollybrook.html
              support-router explain --schools Samples/datasets/riverside-area.csv --id 200002

            \(ExitStatus.routeHelpText)
            """)

    @Argument(help: ArgumentHelp("A school profile (YAML or JSON).", valueName: "profile"))
    var profile: String?

    @OptionGroup(title: "A school from a dataset") var fromDataset: DatasetSchoolOptions

    @OptionGroup var ruleOptions: RuleOptions

    @Option(help: "Output format: text, json, markdown or html.")
    var format: ExplainFormat = .text

    enum ExplainFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown, html
    }

    func validate() throws {
        try fromDataset.validate(profileCount: profile == nil ? 0 : 1)
        if fromDataset.isSelected, format == .html {
            throw ValidationError("--format html takes a profile file; use text, json or markdown with --schools")
        }
    }

    func run() throws {
        try fromDataset.requireSchool(profileCount: profile == nil ? 0 : 1)
        var ruleSet: RuleSet
        let loaded: Profile
        var partners: PartnerSection?
        if fromDataset.isSelected {
            (loaded, ruleSet, partners) = try fromDataset.load(ruleOptions: ruleOptions)
        } else {
            guard let rules = ruleOptions.load(), let profile else { throw ExitStatus.badInput }
            ruleSet = rules
            switch ProfileLoader.load(contentsOf: profile, ruleSet: ruleSet, limits: ruleOptions.inputLimits.limits) {
            case .success(let profile): loaded = profile
            case .failure(let list):
                Console.report(list)
                throw ExitStatus.badInput
            }
        }
        let explanation = ruleSet.explain(loaded)
        switch format {
        case .text: try Console.print(TextRenderer.full(explanation) + (partners?.text ?? ""))
        case .json:
            if let partners {
                try Console.print(
                    try JSONOutput.encode(ExplanationWithPartners(explanation: explanation, partners: partners.json)))
            } else {
                try Console.print(try JSONOutput.encode(explanation))
            }
        case .markdown:
            try Console.print(
                MarkdownRenderer.render(explanation)
                    + (partners.map { "\n## Partners\n\n```\n" + $0.text.dropFirst() + "```\n" } ?? ""))
        case .html: try Console.print(HTMLRenderer.render(explanation))
        }
        if !explanation.isDecided { throw ExitStatus.undecided }
    }
}

/// An explanation with the partners found in the dataset, for `--format json` with `--schools`.
struct ExplanationWithPartners: Encodable {
    let explanation: Explanation
    let partners: PartnerAnswer
}
