public import SupportRouting

/// Draws a rule set's escalation path as a diagram for documentation and review: the rungs as nodes,
/// and on the edges the rules that move a school along the path.
///
/// Both syntaxes draw the same graph: a `start` node with an edge to the lowest rung
/// ("otherwise") and one edge to each rung that `start_at` rules begin at, labelled with their ids;
/// an edge from each rung to the next labelled with its `escalate_when` rule ids, joined with "or"
/// because any one of them climbs; and, only when the top rung has `escalate_when` rules, a dashed
/// edge to a "no higher rung" node, since such a rule has nowhere to send the school. A rung below
/// the top with no `escalate_when` rules gets an invisible link to the next, only to keep the ladder
/// in order. Advice is not drawn: it never changes the route, and a dozen notes would bury the path.
///
/// The output depends only on the rule set, never on hashing order, so it can be checked in and
/// diffed.
public enum GraphRenderer {
    /// The path as a Mermaid `flowchart`, for Markdown pages that render Mermaid.
    public static func mermaid(_ ruleSet: RuleSet) -> String {
        let graph = PathGraph(ruleSet)
        var lines = [
            "---",
            "title: \(MermaidText.yamlQuoted("\(ruleSet.title) (\(ruleSet.id) \(ruleSet.version))"))",
            "---",
            "flowchart TD",
            "    start((start))",
        ]
        for route in ruleSet.routes {
            let label =
                "\(MermaidText.escape(route.id)) (rung \(route.index + 1))<br/>\(MermaidText.escape(route.title))"
            lines.append("    \(mermaidID(.rung(route.index)))[\"\(label)\"]")
        }
        if graph.hasPastTop { lines.append("    pastTop{{\"no higher rung\"}}") }
        for edge in graph.edges {
            let arrow = edge.kind == .pastTop ? "-.->" : "-->"
            let label = edge.label(escape: MermaidText.escape, separator: " or<br/>").map { "|\"\($0)\"|" } ?? ""
            lines.append("    \(mermaidID(edge.from)) \(arrow)\(label) \(mermaidID(edge.to))")
        }
        if !graph.unclimbable.isEmpty {
            lines.append("    %% layout only, not a way to climb: keeps the rungs in path order")
        }
        for index in graph.unclimbable {
            lines.append("    \(mermaidID(.rung(index))) ~~~ \(mermaidID(.rung(index + 1)))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The path as a Graphviz `digraph`, top to bottom with the rungs as boxes (`dot -Tsvg`).
    public static func dot(_ ruleSet: RuleSet) -> String {
        let graph = PathGraph(ruleSet)
        var lines = [
            "digraph \(DOTText.quoted(ruleSet.id)) {",
            "    label=\(DOTText.quoted("\(ruleSet.title) (\(ruleSet.id) \(ruleSet.version))"));",
            "    labelloc=t;",
            "    fontname=\"Helvetica\";",
            "    rankdir=TB;",
            "    node [shape=box, style=rounded, fontname=\"Helvetica\"];",
            "    edge [fontname=\"Helvetica\", fontsize=10];",
            "    start [shape=circle, label=\"start\"];",
        ]
        for route in ruleSet.routes {
            // An HTML-like label, so the id can be bold; its text is escaped as HTML, not as a string.
            let label = "<b>\(DOTText.html(route.id))</b> (rung \(route.index + 1))<br/>\(DOTText.html(route.title))"
            lines.append("    \(dotID(.rung(route.index))) [label=<\(label)>];")
        }
        if graph.hasPastTop {
            lines.append("    past_top [shape=octagon, style=dashed, label=\"no higher rung\"];")
        }
        for edge in graph.edges {
            var attributes: [String] = []
            if let label = edge.label(escape: DOTText.escape, separator: " or\\n") {
                attributes.append("label=\"\(label)\"")
            }
            if edge.kind == .pastTop { attributes.append("style=dashed") }
            let list = attributes.isEmpty ? "" : " [\(attributes.joined(separator: ", "))]"
            lines.append("    \(dotID(edge.from)) -> \(dotID(edge.to))\(list);")
        }
        if !graph.unclimbable.isEmpty {
            lines.append("    // layout only, not a way to climb: keeps the rungs in path order")
        }
        for index in graph.unclimbable {
            lines.append("    \(dotID(.rung(index))) -> \(dotID(.rung(index + 1))) [style=invis];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    // Node ids are made up rather than taken from route ids: a route id may contain `-`, which both
    // syntaxes read as part of an arrow, or be a keyword such as Mermaid's `end`.
    private static func mermaidID(_ node: PathGraph.Node) -> String {
        switch node {
        case .start: "start"
        case .rung(let index): "rung\(index + 1)"
        case .pastTop: "pastTop"
        }
    }

    private static func dotID(_ node: PathGraph.Node) -> String {
        switch node {
        case .start: "start"
        case .rung(let index): "rung\(index + 1)"
        case .pastTop: "past_top"
        }
    }
}

/// The escalation path as nodes and labelled edges, independent of any diagram syntax.
fileprivate struct PathGraph {
    /// A node of the diagram.
    enum Node: Hashable {
        /// Where every walk begins.
        case start
        /// A rung, by its index on the path.
        case rung(Int)
        /// Where a top-rung escalation rule would send a school: nowhere.
        case pastTop
    }

    /// Why an edge is there.
    enum Kind {
        /// From the start to the lowest rung, when no `start_at` rule holds.
        case otherwise
        /// From the start to a higher rung, when one of the edge's `start_at` rules holds.
        case startAt
        /// From a rung to the next, when one of the edge's `escalate_when` rules holds.
        case escalation
        /// From the top rung to nowhere: its `escalate_when` rules.
        case pastTop
    }

    /// One edge with the ids of the rules it stands for, in file order.
    struct Edge {
        let from: Node
        let to: Node
        let kind: Kind
        let rules: [String]
        /// Whether the edge's "otherwise" needs saying: with no `start_at` rules there is no other way in.
        let saysOtherwise: Bool

        /// The edge's label with each piece escaped for the syntax, or `nil` for none.
        func label(escape: (String) -> String, separator: String) -> String? {
            if kind == .otherwise { return saysOtherwise ? "otherwise" : nil }
            return rules.map(escape).joined(separator: separator)
        }
    }

    /// Start edges first (the lowest rung, then by rung), then the climbs from the bottom up.
    let edges: [Edge]

    /// The rungs below the top with no escalation rules, so no edge to the next rung. Left alone,
    /// a layout engine would draw the rungs above them beside the path rather than on it; the
    /// renderers add an invisible link to keep the ladder upright.
    let unclimbable: [Int]

    /// Whether the top rung has escalation rules, which need a node to point at.
    var hasPastTop: Bool { edges.contains { $0.kind == .pastTop } }

    init(_ ruleSet: RuleSet) {
        var edges = [
            Edge(from: .start, to: .rung(0), kind: .otherwise, rules: [], saysOtherwise: !ruleSet.startAt.isEmpty)
        ]
        // One edge per target rung rather than per rule: the highest rung whose rules hold wins, so
        // the rules that lead to the same rung are alternatives, read as "or".
        let targets = Set(ruleSet.startAt.map(\.route)).sorted()
        for target in targets {
            let rules = ruleSet.startAt.filter { $0.route == target }.map(\.rule.id)
            edges.append(Edge(from: .start, to: .rung(target), kind: .startAt, rules: rules, saysOtherwise: false))
        }
        let top = ruleSet.routes.count - 1
        for route in ruleSet.routes where !route.escalateWhen.isEmpty {
            let rules = route.escalateWhen.map(\.id)
            let (to, kind): (Node, Kind) =
                route.index == top ? (.pastTop, .pastTop) : (.rung(route.index + 1), .escalation)
            edges.append(Edge(from: .rung(route.index), to: to, kind: kind, rules: rules, saysOtherwise: false))
        }
        self.edges = edges
        unclimbable = ruleSet.routes.dropLast().filter(\.escalateWhen.isEmpty).map(\.index)
    }
}

/// Text made safe inside a double-quoted Mermaid label.
fileprivate enum MermaidText {
    /// Mermaid ends a quoted label at `"`, reads `#name;` as an entity and, with HTML labels (the
    /// default), renders `<`, `>` and `&` as markup; a backtick after the opening quote would start a
    /// Markdown string. Each becomes an entity code. Brackets, braces, parentheses and `|` are plain
    /// text inside quotes, but `|` is escaped too so an edge label can never end early in a renderer
    /// with a looser lexer. Line breaks are flattened: the label is one line of the diagram.
    static func escape(_ text: String) -> String {
        oneLine(text).replacingScalars([
            "\"": "#quot;", "#": "#35;", "&": "#amp;", "<": "#lt;", ">": "#gt;", "|": "#124;", "`": "#96;",
        ])
    }

    /// A YAML double-quoted scalar, for the front matter's title.
    static func yamlQuoted(_ text: String) -> String { "\"\(oneLine(text).backslashEscaped)\"" }
}

/// Text made safe inside Graphviz DOT.
fileprivate enum DOTText {
    /// The inside of a double-quoted DOT string: `"` ends it and `\` starts an escape such as `\n`.
    static func escape(_ text: String) -> String { oneLine(text).backslashEscaped }

    /// A double-quoted DOT string.
    static func quoted(_ text: String) -> String { "\"\(escape(text))\"" }

    /// Text inside an HTML-like label `<...>`, where `<`, `>` and `&` are markup.
    static func html(_ text: String) -> String { HTML.escape(oneLine(text)) }
}

/// The text on one line: each run of white space becomes one space, and other control characters
/// are shown escaped. A title folded in YAML may hold line breaks, and a line break would end a
/// Mermaid statement in the middle of a label.
private func oneLine(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ").escapingControlCharacters
}
