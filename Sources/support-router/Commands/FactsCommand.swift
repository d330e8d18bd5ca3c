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
            profile holding every fact (defaults filled in) to copy and complete. With --format json-schema, \
            a JSON Schema (draft 2020-12) for the rule set's profiles: an editor with a YAML or JSON \
            language server then completes values, shows each fact's description and flags unknown facts.

            Examples:
              support-router facts
              support-router facts --template > my-school.yaml
              support-router facts --format json-schema > profile.schema.json

            \(ExitStatus.plainHelpText)
            """)

    @OptionGroup var ruleOptions: RuleOptions

    @Flag(help: "Print a YAML profile to fill in instead of the list (the same as --format template).")
    var template = false

    @Option(help: "What to print: list, template (a YAML profile to fill in) or json-schema.")
    var format: Format = .list

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case list, template
        case jsonSchema = "json-schema"
    }

    func validate() throws {
        if template && format != .list && format != .template {
            throw ValidationError("--template and --format \(format.rawValue) ask for two different things; give one")
        }
    }

    func run() throws {
        guard let ruleSet = ruleOptions.load() else { throw ExitStatus.badInput }
        switch template ? .template : format {
        case .list: try Console.print(SchemaRenderer.list(ruleSet))
        case .template: try Console.print(SchemaRenderer.template(ruleSet))
        case .jsonSchema: try Console.print(ProfileSchemaRenderer.render(ruleSet))
        }
    }
}
