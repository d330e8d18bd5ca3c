import ArgumentParser

/// The `support-router` command: recommends how a school in difficulty should be supported.
@main
struct SupportRouter: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "support-router",
        abstract: "Recommend how a school in difficulty should be supported, and explain why.",
        discussion: """
            Reads a school's profile (YAML or JSON), walks the escalation path of a rule set (by default \
            the shipped England 2008 partnership model: self-evaluation, in-school, local-family, \
            la-commissioned, nle-nss) and recommends one route with its reasons.

            Examples:
              support-router route Samples/riverside-high.yaml
              support-router explain Samples/riverside-high.yaml --format html > page.html
              support-router facts --template > my-school.yaml
              support-router batch Samples/datasets/riverside-area.csv -o routes.csv

            Profiles are YAML or JSON; `support-router facts` lists the facts they may give. A profile \
            path of - reads standard input. Whole datasets of schools (CSV or JSONL, read through a mapping \
            file) go through `batch`, `partners` and `capacity`.

            \(ExitStatus.helpText)
            """,
        version: "support-router 0.1.0",
        subcommands: [
            Route.self, Explain.self, Facts.self, Check.self, TestRules.self, Diff.self, Graph.self, Batch.self,
            Partners.self,
            Capacity.self,
        ]
    )
}
