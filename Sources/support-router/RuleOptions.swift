import ArgumentParser
import ShippedRules
import SupportRouting
import SupportRoutingYAML

/// The `--rules` option shared by commands that answer with a rule set.
struct RuleOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The rule set to use (YAML).",
            discussion: "Default: the shipped Rules/england-2008.yaml, built into the binary.",
            valueName: "file"))
    var rules: String?

    @OptionGroup(title: "Limits on input files") var inputLimits: InputLimitOptions

    /// The chosen rule set, or its mistakes printed to standard error.
    func load() -> RuleSet? {
        let result: Result<RuleSet, DiagnosticList>
        if let rules {
            result = RuleSetLoader.load(contentsOf: rules, limits: inputLimits.limits)
        } else {
            let shipped = EmbeddedRuleSet.england2008
            result = RuleSetLoader.load(text: shipped.text, file: "Rules/" + shipped.fileName)
        }
        switch result {
        case .success(let ruleSet): return ruleSet
        case .failure(let list):
            Console.report(list)
            return nil
        }
    }
}
