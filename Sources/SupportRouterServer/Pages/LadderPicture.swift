import SupportRouting
import SupportRoutingRendering

/// A rule set's escalation path as an SVG picture: the rungs from the top down, an arrow up from each
/// rung labelled with the rules that climb it, and on the left where the walk starts. Drawn with
/// attributes only, no style, so the pages' content security policy holds; every text escaped.
enum LadderPicture {
    static func svg(_ ruleSet: RuleSet) -> String {
        let rungHeight = 70
        // Room between rungs for each climbing rule on a line of its own.
        let gap = max(60, 16 * (ruleSet.routes.map(\.escalateWhen.count).max() ?? 0) + 20)
        let width = 760
        let boxLeft = 220
        let boxWidth = 500
        let count = ruleSet.routes.count
        let height = count * rungHeight + (count - 1) * gap + 40
        /// The top of rung `index`'s box: the highest rung is drawn first.
        func top(_ index: Int) -> Int { 20 + (count - 1 - index) * (rungHeight + gap) }
        var parts = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-label=\"The escalation path of \(HTML.escape(ruleSet.id))\">",
            "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#1d4e89\"/></marker></defs>",
        ]
        for route in ruleSet.routes {
            let y = top(route.index)
            parts.append(
                "<rect x=\"\(boxLeft)\" y=\"\(y)\" width=\"\(boxWidth)\" height=\"\(rungHeight)\" rx=\"8\" fill=\"#edf3fb\" stroke=\"#1d4e89\"/>"
            )
            parts.append(
                "<text x=\"\(boxLeft + 14)\" y=\"\(y + 28)\" font-size=\"16\" font-weight=\"bold\" fill=\"#1a1a1a\">\(route.index + 1). \(HTML.escape(route.id))</text>"
            )
            parts.append(
                "<text x=\"\(boxLeft + 14)\" y=\"\(y + 52)\" font-size=\"13\" fill=\"#4d4d4d\">\(HTML.escape(route.title))</text>"
            )
            // Up to the next rung when one of this rung's escalation rules holds.
            if route.index + 1 < count, !route.escalateWhen.isEmpty {
                let x = boxLeft + boxWidth / 2
                parts.append(
                    "<line x1=\"\(x)\" y1=\"\(y)\" x2=\"\(x)\" y2=\"\(y - gap)\" stroke=\"#1d4e89\" stroke-width=\"2\" marker-end=\"url(#arrow)\"/>"
                )
                let rules = route.escalateWhen.map(\.id)
                let first = y - gap / 2 + 4 - (rules.count - 1) * 8
                for (line, rule) in rules.enumerated() {
                    let text = (line == 0 ? "" : "or ") + rule
                    parts.append(
                        "<text x=\"\(x + 10)\" y=\"\(first + line * 16)\" font-size=\"12\" fill=\"#1a1a1a\">\(HTML.escape(text))</text>"
                    )
                }
            }
        }
        // Where the walk starts: the lowest rung, or a rung a start-at rule names.
        var starts: [Int: [String]] = [0: ["otherwise"]]
        for start in ruleSet.startAt { starts[start.route, default: []].append(start.rule.id) }
        for (rung, rules) in starts.sorted(by: { $0.key < $1.key }) {
            let y = top(rung) + rungHeight / 2
            parts.append(
                "<line x1=\"20\" y1=\"\(y)\" x2=\"\(boxLeft)\" y2=\"\(y)\" stroke=\"#4d4d4d\" stroke-width=\"1.5\" marker-end=\"url(#arrow)\"/>"
            )
            for (line, rule) in rules.enumerated() {
                parts.append(
                    "<text x=\"20\" y=\"\(y - 8 - (rules.count - 1 - line) * 14)\" font-size=\"11\" fill=\"#4d4d4d\">\(HTML.escape(rule))</text>"
                )
            }
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }
}
