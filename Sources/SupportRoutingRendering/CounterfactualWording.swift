import SupportRouting

/// Wording shared by the renderers for changes and what they lead to; each renderer styles the
/// values its own way through `code`.
extension Explanation.Change {
    /// "`fact` were X (it is Y)", "(it is Y by default)" or "(it is not known)".
    func phrase(_ code: (String) -> String) -> String {
        let now = from.map { "it is \(code($0))\(fromDefault ? " by default" : "")" } ?? "it is not known"
        return "\(code(fact)) were \(code(to)) (\(now))"
    }
}

extension Explanation.Counterfactual {
    /// The changes joined with "and".
    func changesPhrase(_ code: (String) -> String) -> String {
        changes.map { $0.phrase(code) }.joined(separator: " and ")
    }

    /// "the answer would depend on F: A or B", for a change after which missing facts decide.
    func openPhrase(_ code: (String) -> String) -> String {
        "the answer would depend on \(decidingFacts.map(code).joined(separator: ", ")): "
            + possible.map { code($0.id) }.joined(separator: " or ")
    }
}
