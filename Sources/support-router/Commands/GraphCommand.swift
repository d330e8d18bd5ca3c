import ArgumentParser
import SupportRouting
import SupportRoutingRendering

/// `support-router graph`: the escalation path as a diagram, rungs as nodes and rules on the edges.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Draw the escalation path as a Mermaid or Graphviz diagram.",
        discussion: """
            Each rung is a node with its id, number and title. An edge from start leads to the lowest rung \
            (otherwise) and to each rung that start_at rules begin at, labelled with their ids; an edge \
            from each rung to the next is labelled with its escalate_when rule ids, any one of which \
            climbs. A top rung with escalate_when rules gets a dashed edge to "no higher rung". Advice, \
            which never changes the route, is not drawn.

            Examples:
              support-router graph > path.mmd
              support-router graph --format dot | dot -Tsvg > path.svg
              support-router graph --rules my-rules.yaml

            Exit codes:
              0   the diagram was written
              2   bad input: the rule file has mistakes (reported as file:line:column)
            \(ExitStatus.commonHelpLines)
            """)

    @OptionGroup var ruleOptions: RuleOptions

    @Option(help: "Output format: mermaid (a flowchart for Markdown) or dot (Graphviz).")
    var format: GraphFormat = .mermaid

    enum GraphFormat: String, ExpressibleByArgument, CaseIterable {
        case mermaid, dot
    }

    func run() throws {
        guard let ruleSet = ruleOptions.load() else { throw ExitStatus.badInput }
        switch format {
        case .mermaid: try Console.print(GraphRenderer.mermaid(ruleSet))
        case .dot: try Console.print(GraphRenderer.dot(ruleSet))
        }
    }
}
