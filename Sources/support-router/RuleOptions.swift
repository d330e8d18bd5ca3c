import ArgumentParser
import ShippedRules
import SupportRouting
import SupportRoutingYAML

/// The `--rules` and `--ruleset` options shared by commands that answer with a rule set.
struct RuleOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The rule set to use (YAML).",
            discussion: "Default: the shipped Rules/england-2008.yaml, built into the binary.",
            valueName: "file"))
    var rules: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "A rule set shipped in the binary, by id.",
            discussion:
                "Shipped: \(EmbeddedRuleSet.all.map(\.id).joined(separator: ", ")); the default is england-2008.",
            valueName: "id"))
    var ruleset: String?

    @OptionGroup(title: "Limits on input files") var inputLimits: InputLimitOptions

    func validate() throws {
        if rules != nil && ruleset != nil {
            throw ValidationError("--rules and --ruleset each name the rule set to use; give one")
        }
        if let ruleset { try Self.checkShipped(ruleset) }
    }

    /// Refuses an id that names no shipped rule set, suggesting the nearest.
    static func checkShipped(_ id: String) throws {
        guard shipped(id) == nil else { return }
        let ids = EmbeddedRuleSet.all.map(\.id)
        throw ValidationError(
            "no shipped rule set `\(id)`; the shipped ones are \(ids.joined(separator: ", "))"
                + Suggestion.didYouMean(id, among: ids))
    }

    /// The shipped rule set `id` loaded, under the path it has in the repository.
    static func loadShipped(_ id: String, limits: InputLimitOptions) -> Result<RuleSet, DiagnosticList> {
        let shipped = shipped(id) ?? EmbeddedRuleSet.england2008
        return RuleSetLoader.load(text: shipped.text, file: "Rules/" + shipped.fileName, limits: limits.limits)
    }

    /// The shipped rule set with this id.
    static func shipped(_ id: String) -> EmbeddedRuleSet? { EmbeddedRuleSet.all.first { $0.id == id } }

    /// The chosen rule set, or its mistakes printed to standard error.
    func load() -> RuleSet? {
        let result: Result<RuleSet, DiagnosticList>
        if let rules {
            result = RuleSetLoader.load(contentsOf: rules, limits: inputLimits.limits)
        } else {
            result = Self.loadShipped(ruleset ?? EmbeddedRuleSet.england2008.id, limits: inputLimits)
        }
        switch result {
        case .success(let ruleSet): return ruleSet
        case .failure(let list):
            Console.report(list)
            return nil
        }
    }
}
