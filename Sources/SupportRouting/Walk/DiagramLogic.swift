/// The logic of every profile at once: a value is the set of profiles for which a condition holds and
/// the set for which it fails, as decision diagrams; the profiles in neither are those for which a
/// missing fact decides it.
struct DiagramLogic: KleeneLogic {
    let diagram: DecisionDiagram

    var yes: CaseSpace.Verdict { CaseSpace.Verdict(yes: DecisionDiagram.all, no: DecisionDiagram.none) }
    var no: CaseSpace.Verdict { CaseSpace.Verdict(yes: DecisionDiagram.none, no: DecisionDiagram.all) }

    func and(_ first: CaseSpace.Verdict, _ second: CaseSpace.Verdict) -> CaseSpace.Verdict {
        CaseSpace.Verdict(yes: diagram.and(first.yes, second.yes), no: diagram.or(first.no, second.no))
    }

    func or(_ first: CaseSpace.Verdict, _ second: CaseSpace.Verdict) -> CaseSpace.Verdict {
        CaseSpace.Verdict(yes: diagram.or(first.yes, second.yes), no: diagram.and(first.no, second.no))
    }

    func not(_ value: CaseSpace.Verdict) -> CaseSpace.Verdict { CaseSpace.Verdict(yes: value.no, no: value.yes) }

    func isNo(_ value: CaseSpace.Verdict) -> Bool { value.no == DecisionDiagram.all }
}
