import Foundation
import SupportRouting
import SupportRoutingRendering
import Testing

/// `GraphRenderer` and `support-router graph`: the escalation path drawn as Mermaid and Graphviz DOT.
///
/// The structure tests read the edges back out of the text and compare them with the rule set, so
/// they check what a reader of the diagram would see, not how the renderer happens to build it.
struct GraphTests {
    /// An edge read back from a diagram: node ids, the rule ids on its label, and how it is drawn.
    struct DrawnEdge: Hashable, CustomStringConvertible {
        let from: String
        let to: String
        let label: [String]
        let style: Style

        enum Style: Hashable { case solid, dashed, invisible }

        var description: String { "\(from) -> \(to) \(label) \(style)" }
    }

    /// The two syntaxes, with how to read each one's edges back.
    enum Syntax: CaseIterable, CustomStringConvertible {
        case mermaid, dot

        var description: String { self == .mermaid ? "mermaid" : "dot" }

        func render(_ ruleSet: RuleSet) -> String {
            self == .mermaid ? GraphRenderer.mermaid(ruleSet) : GraphRenderer.dot(ruleSet)
        }

        func pastTopID() -> String { self == .mermaid ? "pastTop" : "past_top" }

        /// Every edge of the diagram, in order.
        func edges(_ text: String) -> [DrawnEdge] {
            text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.compactMap {
                self == .mermaid ? Self.mermaidEdge($0) : Self.dotEdge($0)
            }
        }

        /// `a -->|"x or<br/>y"| b`, `a -.->|"x"| b`, `a --> b` or `a ~~~ b`.
        static func mermaidEdge(_ line: String) -> DrawnEdge? {
            let words = line.split(separator: " ", omittingEmptySubsequences: false)
            guard words.count >= 3, let from = words.first, let to = words.last else { return nil }
            let middle = words.dropFirst().dropLast().joined(separator: " ")
            let arrows: [(String, DrawnEdge.Style)] = [("-->", .solid), ("-.->", .dashed), ("~~~", .invisible)]
            guard let (arrow, style) = arrows.first(where: { middle.hasPrefix($0.0) }) else { return nil }
            var label: [String] = []
            let rest = middle.dropFirst(arrow.count)
            if !rest.isEmpty {
                guard rest.hasPrefix("|\""), rest.hasSuffix("\"|") else { return nil }
                label = rest.dropFirst(2).dropLast(2).components(separatedBy: " or<br/>")
            }
            return DrawnEdge(from: String(from), to: String(to), label: label, style: style)
        }

        /// `a -> b [label="x or\ny", style=dashed];`.
        static func dotEdge(_ line: String) -> DrawnEdge? {
            let words = line.split(separator: " ", maxSplits: 3)
            guard words.count >= 3, words[1] == "->" else { return nil }
            let to = words[2].hasSuffix(";") ? words[2].dropLast() : words[2]
            let attributes = words.count > 3 ? String(words[3]) : ""
            var label: [String] = []
            if let start = attributes.range(of: "label=\"") {
                let rest = attributes[start.upperBound...]
                guard let end = rest.firstIndex(of: "\"") else { return nil }
                label = rest[..<end].components(separatedBy: " or\\n")
            }
            let style: DrawnEdge.Style =
                attributes.contains("style=invis") ? .invisible : attributes.contains("style=dashed") ? .dashed : .solid
            return DrawnEdge(from: String(words[0]), to: String(to), label: label, style: style)
        }
    }

    static func rung(_ index: Int) -> String { "rung\(index + 1)" }

    /// The mini fixture with escalation rules on its top rung too.
    static func topClimbingRules() throws -> RuleSet {
        try Fixtures.load(
            Fixtures.rules(
                replacing: "    involves: A national leader\n",
                with: """
                        involves: A national leader
                        escalate_when:
                          - id: beyond-the-top
                            if: help and not leader
                            because: Even national support is not enough.
                            source: { document: doc, quote: "beyond" }

                    """))
    }

    /// Every rule set the structure tests draw: small, shipped, and one whose top rung climbs.
    static func ruleSets() throws -> [RuleSet] {
        [try Fixtures.ruleSet(), try SampleTests.shippedRules(), try topClimbingRules()]
    }

    /// The edges the diagram must have and no others, derived from the rule set directly.
    static func expectedEdges(_ ruleSet: RuleSet, _ syntax: Syntax) -> Set<DrawnEdge> {
        var edges: Set<DrawnEdge> = [
            DrawnEdge(
                from: "start", to: rung(0), label: ruleSet.startAt.isEmpty ? [] : ["otherwise"], style: .solid)
        ]
        for target in Set(ruleSet.startAt.map(\.route)) {
            let ids = ruleSet.startAt.filter { $0.route == target }.map(\.rule.id)
            edges.insert(DrawnEdge(from: "start", to: rung(target), label: ids, style: .solid))
        }
        let top = ruleSet.routes.count - 1
        for route in ruleSet.routes {
            let ids = route.escalateWhen.map(\.id)
            if route.index == top {
                if !ids.isEmpty {
                    edges.insert(DrawnEdge(from: rung(top), to: syntax.pastTopID(), label: ids, style: .dashed))
                }
            } else {
                edges.insert(
                    DrawnEdge(
                        from: rung(route.index), to: rung(route.index + 1), label: ids,
                        style: ids.isEmpty ? .invisible : .solid))
            }
        }
        return edges
    }

    // MARK: - Structure

    @Test(arguments: Syntax.allCases)
    func everyRouteIsANodeWithItsIdNumberAndTitle(_ syntax: Syntax) throws {
        for ruleSet in try Self.ruleSets() {
            let lines = syntax.render(ruleSet).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            for route in ruleSet.routes {
                let node =
                    syntax == .mermaid
                    ? "\(Self.rung(route.index))[\"\(route.id) (rung \(route.index + 1))<br/>\(route.title)\"]"
                    : "\(Self.rung(route.index)) [label=<<b>\(route.id)</b> (rung \(route.index + 1))<br/>\(route.title)>];"
                #expect(lines.filter { $0 == node }.count == 1, "\(syntax): no node line `\(node)`")
            }
            let start = syntax == .mermaid ? "start((start))" : "start [shape=circle, label=\"start\"];"
            #expect(lines.contains(start))
        }
    }

    @Test(arguments: Syntax.allCases)
    func theEdgesAreExactlyTheRulesOfThePath(_ syntax: Syntax) throws {
        for ruleSet in try Self.ruleSets() {
            let drawn = syntax.edges(syntax.render(ruleSet))
            #expect(Set(drawn).count == drawn.count, "\(syntax): an edge is drawn twice")
            #expect(Set(drawn) == Self.expectedEdges(ruleSet, syntax), "\(syntax), \(ruleSet.id)")
        }
    }

    @Test(arguments: Syntax.allCases)
    func everyEscalationRuleIsOnTheEdgeFromItsRungToTheNext(_ syntax: Syntax) throws {
        for ruleSet in try Self.ruleSets() {
            let drawn = syntax.edges(syntax.render(ruleSet))
            let top = ruleSet.routes.count - 1
            for route in ruleSet.routes where route.index < top {
                for rule in route.escalateWhen {
                    let carriers = drawn.filter { $0.label.contains(rule.id) }
                    #expect(carriers.count == 1, "\(syntax): \(rule.id) is on \(carriers.count) edges")
                    #expect(carriers.first?.from == Self.rung(route.index))
                    #expect(carriers.first?.to == Self.rung(route.index + 1))
                    #expect(carriers.first?.style == .solid)
                }
            }
        }
    }

    @Test(arguments: Syntax.allCases)
    func everyStartAtRuleIsOnAnEdgeFromStartToItsRung(_ syntax: Syntax) throws {
        for ruleSet in try Self.ruleSets() {
            let drawn = syntax.edges(syntax.render(ruleSet))
            #expect(!ruleSet.startAt.isEmpty)
            for startAt in ruleSet.startAt {
                let carriers = drawn.filter { $0.label.contains(startAt.rule.id) }
                #expect(carriers.count == 1, "\(syntax): \(startAt.rule.id) is on \(carriers.count) edges")
                #expect(carriers.first?.from == "start")
                #expect(carriers.first?.to == Self.rung(startAt.route))
            }
            let otherwise = drawn.filter { $0.label == ["otherwise"] }
            #expect(otherwise.map(\.from) == ["start"])
            #expect(otherwise.map(\.to) == [Self.rung(0)])
        }
    }

    @Test(arguments: Syntax.allCases)
    func theShippedStartAtRulesForOneRungShareAnEdge(_ syntax: Syntax) throws {
        let drawn = syntax.edges(syntax.render(try SampleTests.shippedRules()))
        #expect(drawn.contains { $0.to == "rung4" && $0.label == ["notice-to-improve", "la-causing-concern"] })
        #expect(drawn.contains { $0.to == "rung5" && $0.label == ["special-measures"] })
    }

    @Test(arguments: Syntax.allCases)
    func theTopRungHasNoEscalationEdgeWithoutEscalationRules(_ syntax: Syntax) throws {
        for ruleSet in [try Fixtures.ruleSet(), try SampleTests.shippedRules()] {
            let top = try #require(ruleSet.routes.last)
            #expect(top.escalateWhen.isEmpty)
            let text = syntax.render(ruleSet)
            #expect(!syntax.edges(text).contains { $0.from == Self.rung(top.index) })
            #expect(!text.contains(syntax.pastTopID()))
            #expect(!text.contains("no higher rung"))
        }
    }

    @Test(arguments: Syntax.allCases)
    func aTopRungWithEscalationRulesPointsAtNoHigherRung(_ syntax: Syntax) throws {
        let ruleSet = try Self.topClimbingRules()
        let text = syntax.render(ruleSet)
        let fromTop = syntax.edges(text).filter { $0.from == "rung4" }
        #expect(
            fromTop == [DrawnEdge(from: "rung4", to: syntax.pastTopID(), label: ["beyond-the-top"], style: .dashed)])
        let node =
            syntax == .mermaid
            ? "pastTop{{\"no higher rung\"}}" : "past_top [shape=octagon, style=dashed, label=\"no higher rung\"];"
        #expect(text.contains("    \(node)\n"))
    }

    @Test(arguments: Syntax.allCases)
    func aRungWithoutEscalationRulesOnlyHoldsTheLadderUpright(_ syntax: Syntax) throws {
        // la-commissioned (rung 4) never climbs: nle-nss is reached only by special measures.
        let drawn = syntax.edges(syntax.render(try SampleTests.shippedRules()))
        #expect(
            drawn.filter { $0.from == "rung4" } == [DrawnEdge(from: "rung4", to: "rung5", label: [], style: .invisible)]
        )
    }

    @Test(arguments: Syntax.allCases)
    func withoutStartAtRulesTheStartEdgeHasNoLabel(_ syntax: Syntax) throws {
        let text = try String(
            contentsOf: Fixtures.repositoryRoot.appendingPathComponent(
                "Tests/SupportRoutingTests/Inputs/small-rules.yaml"),
            encoding: .utf8)
        let ruleSet = try Fixtures.load(text, file: "small-rules.yaml")
        #expect(ruleSet.startAt.isEmpty)
        let drawn = syntax.edges(syntax.render(ruleSet))
        #expect(
            drawn.filter { $0.from == "start" } == [DrawnEdge(from: "start", to: "rung1", label: [], style: .solid)])
        #expect(!syntax.render(ruleSet).contains("otherwise"))
    }

    @Test func theOutputIsDeterministic() throws {
        let first = try SampleTests.shippedRules()
        let second = try SampleTests.shippedRules()
        #expect(GraphRenderer.mermaid(first) == GraphRenderer.mermaid(second))
        #expect(GraphRenderer.dot(first) == GraphRenderer.dot(second))
        #expect(GraphRenderer.mermaid(first) == GraphRenderer.mermaid(first))
    }

    @Test func theDiagramsHaveTheirFrame() throws {
        let ruleSet = try Fixtures.ruleSet()
        let mermaid = GraphRenderer.mermaid(ruleSet)
        #expect(mermaid.hasPrefix("---\ntitle: \"A small ladder for tests (mini 0.1.0)\"\n---\nflowchart TD\n"))
        #expect(mermaid.hasSuffix("\n"))
        let dot = GraphRenderer.dot(ruleSet)
        #expect(dot.hasPrefix("digraph \"mini\" {\n"))
        #expect(dot.hasSuffix("\n}\n"))
        #expect(dot.contains("\n    rankdir=TB;\n"))
        #expect(dot.contains("node [shape=box"))
        #expect(dot.filter { $0 == "{" }.count == dot.filter { $0 == "}" }.count)
    }

    // MARK: - Escaping

    /// The mini fixture with titles full of characters that mean something to one syntax or another.
    static func awkwardRules() throws -> RuleSet {
        let text = Fixtures.rules
            .replacingOccurrences(of: "title: A small ladder for tests", with: #"title: 'A "quoted" \ title [v2]'"#)
            .replacingOccurrences(
                of: "    title: Inside\n",
                with: #"    title: 'Say "hi" [draft] | <b>A & B</b> #1 #quot; `x` \ end'"# + "\n"
            )
            .replacingOccurrences(of: "    title: Family\n", with: "    title: \"Line one\\nline two\"\n")
        return try Fixtures.load(text)
    }

    @Test func mermaidLabelsEscapeQuotesPipesMarkupAndEntities() throws {
        let text = GraphRenderer.mermaid(try Self.awkwardRules())
        let lines = text.split(separator: "\n").map(String.init)
        #expect(
            lines.contains(
                #"    rung2["inside (rung 2)<br/>Say #quot;hi#quot; [draft] #124; #lt;b#gt;A #amp; B#lt;/b#gt; #35;1 #35;quot; #96;x#96; \ end"]"#
            ))
        // A folded title stays on its node's line.
        #expect(lines.contains(#"    rung3["family (rung 3)<br/>Line one line two"]"#))
        // The front matter is YAML: a double-quoted scalar escapes `"` and `\`.
        #expect(lines[1] == #"title: "A \"quoted\" \\ title [v2] (mini 0.1.0)""#)
        // Inside each label only its own two quotes remain, so no label can end early.
        for line in lines where line.hasPrefix("    rung") && line.contains("[\"") {
            #expect(line.filter { $0 == "\"" }.count == 2, "\(line)")
        }
        #expect(!text.contains("<b>"))
    }

    @Test func dotLabelsEscapeStringsAndHTML() throws {
        let text = GraphRenderer.dot(try Self.awkwardRules())
        let lines = text.split(separator: "\n").map(String.init)
        // HTML-like labels: `<`, `>`, `&` and `"` are entities; `|`, brackets and `\` are text there.
        #expect(
            lines.contains(
                #"    rung2 [label=<<b>inside</b> (rung 2)<br/>Say &quot;hi&quot; [draft] | &lt;b&gt;A &amp; B&lt;/b&gt; #1 #quot; `x` \ end>];"#
            ))
        #expect(lines.contains(#"    rung3 [label=<<b>family</b> (rung 3)<br/>Line one line two>];"#))
        // Quoted strings: `"` and `\` are escaped with a backslash.
        #expect(lines.contains(#"    label="A \"quoted\" \\ title [v2] (mini 0.1.0)";"#))
        #expect(lines.first == #"digraph "mini" {"#)
    }

    // MARK: - The command

    @Test func graphDrawsTheShippedPathAsMermaid() throws {
        let output = try CommandRunner.run(["graph"])
        #expect(output.status == 0)
        #expect(output.stderr.isEmpty)
        #expect(output.stdout == GraphRenderer.mermaid(try SampleTests.shippedRules()))
        try CommandRunner.expectGolden(output.stdout, "graph-england-2008.mmd")
    }

    @Test func graphDrawsDOT() throws {
        let output = try CommandRunner.run(["graph", "--format", "dot"])
        #expect(output.status == 0)
        #expect(output.stderr.isEmpty)
        #expect(output.stdout == GraphRenderer.dot(try SampleTests.shippedRules()))
        #expect(output.stdout.hasPrefix("digraph \"england-2008\" {\n"))
    }

    @Test func graphReadsAnotherRuleSet() throws {
        let output = try CommandRunner.run(["graph", "--rules", "Tests/SupportRoutingTests/Inputs/small-rules.yaml"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("title: \"A two-rung example (small-example 0.1.0)\""))
        #expect(output.stdout.contains("    rung1 -->|\"sef-asks-for-help\"| rung2\n"))
    }

    @Test func graphWithBadRulesIsBadInput() throws {
        let rules = try CommandRunner.temporaryFile(
            Fixtures.rules(replacing: "if: category == special", with: "if: category == specal"), name: "rules.yaml")
        let output = try CommandRunner.run(["graph", "--rules", rules.path])
        #expect(output.status == 2)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.contains("\(rules.path):"))
        #expect(output.stderr.contains("[unknown-value]"))
        #expect(try CommandRunner.run(["graph", "--rules", "no-such-rules.yaml"]).status == 2)
    }

    @Test func graphRejectsAnUnknownFormat() throws {
        let output = try CommandRunner.run(["graph", "--format", "svg"])
        #expect(output.status == 64)
        #expect(output.stderr.contains("svg"))
        #expect(output.stdout.isEmpty)
    }

    @Test func graphHelpHasExamplesAndExitCodes() throws {
        let output = try CommandRunner.run(["graph", "--help"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("support-router graph --format dot | dot -Tsvg > path.svg"))
        #expect(output.stdout.contains("--format <format>"))
        #expect(output.stdout.contains("--rules <file>"))
        #expect(output.stdout.contains("2   bad input: the rule file has mistakes"))
        #expect(!output.stdout.contains("undecided"))
    }
}
