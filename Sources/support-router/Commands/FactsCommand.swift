import ArgumentParser
import SupportRouting
import SupportRoutingRendering

/// `support-router facts`: the facts a profile may give, or a profile template to fill in.
struct FactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facts",
        abstract: "List the facts a profile may give, or print a profile to fill in.",
        discussion: """
            Each fact with its type, allowed values, default and a description. With --template, a YAML \
            profile holding every fact (defaults filled in) to copy and complete.

            Examples:
              support-router facts
              support-router facts --template > my-school.yaml

            \(ExitStatus.plainHelpText)
            """)

    @OptionGroup var ruleOptions: RuleOptions

    @Flag(help: "Print a YAML profile to fill in instead of the list.")
    var template = false

    func run() throws {
        guard let ruleSet = ruleOptions.load() else { throw ExitStatus.badInput }
        try Console.print(template ? SchemaRenderer.template(ruleSet) : SchemaRenderer.list(ruleSet))
    }
}
