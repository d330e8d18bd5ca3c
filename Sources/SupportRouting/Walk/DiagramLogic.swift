/// The logic of every profile at once: a value is the set of profiles for which a condition holds and
/// the set for which it fails, as decision diagrams; the profiles in neither are those for which a
/// missing fact decides it.
struct DiagramLogic: KleeneLogic {
    let diagram: DecisionDiagram
    /// The profiles there are: those that keep to the rule set's constraints.
    let valid: DecisionDiagram.Node

    var yes: CaseDiagrams.Verdict { CaseDiagrams.Verdict(yes: valid, no: DecisionDiagram.none) }
    var no: CaseDiagrams.Verdict { CaseDiagrams.Verdict(yes: DecisionDiagram.none, no: valid) }

    func and(_ first: CaseDiagrams.Verdict, _ second: CaseDiagrams.Verdict) -> CaseDiagrams.Verdict {
        CaseDiagrams.Verdict(yes: diagram.and(first.yes, second.yes), no: diagram.or(first.no, second.no))
    }

    func or(_ first: CaseDiagrams.Verdict, _ second: CaseDiagrams.Verdict) -> CaseDiagrams.Verdict {
        CaseDiagrams.Verdict(yes: diagram.or(first.yes, second.yes), no: diagram.and(first.no, second.no))
    }

    func not(_ value: CaseDiagrams.Verdict) -> CaseDiagrams.Verdict {
        CaseDiagrams.Verdict(yes: value.no, no: value.yes)
    }

    func isNo(_ value: CaseDiagrams.Verdict) -> Bool { value.no == valid }
}
