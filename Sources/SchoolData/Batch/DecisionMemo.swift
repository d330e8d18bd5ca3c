import Foundation
import SupportRouting

/// The rule set's answer in words for each distinct set of fact values met so far.
///
/// A dataset's schools share a few hundred combinations of values at most (facts are grades, flags
/// and small sets), so a batch walks the rules once per combination, not once per row.
final class DecisionMemo: @unchecked Sendable {
    /// The answer for one combination of values.
    struct Answer: Sendable {
        let route: String
        let reasons: [String]
        let needs: [String]
    }

    /// Free numbers or text could make every row distinct; past this many the memo stops growing.
    private static let capacity = 65_536
    private let ruleSet: RuleSet
    private let lock = NSLock()
    private var answers: [[FactValue?]: Answer] = [:]

    init(ruleSet: RuleSet) { self.ruleSet = ruleSet }

    /// The answer for `values`, walking the rules the first time these values are met.
    func answer(for values: [FactValue?]) -> Answer {
        if let known = lock.withLock({ answers[values] }) { return known }
        let answer = Self.answer(ruleSet.decide(values: values), ruleSet: ruleSet)
        lock.withLock {
            if answers.count < Self.capacity { answers[values] = answer }
        }
        return answer
    }

    /// The route, the reasons why (start, each climb, and what leaves the school undecided), and the
    /// facts that would decide an undecided school.
    static func answer(_ decision: Decision, ruleSet: RuleSet) -> Answer {
        var reasons = decision.startRules.map { ruleSet.startAt[$0].rule.because }
        for climb in decision.climbs {
            reasons += climb.rules.map { ruleSet.routes[climb.from].escalateWhen[$0].because }
        }
        switch decision.outcome {
        case .decided(let index):
            return Answer(route: ruleSet.routes[index].id, reasons: reasons, needs: [])
        case .undecided(let possible, let deciding):
            reasons.append("possible routes: " + possible.map { ruleSet.routes[$0.route].id }.joined(separator: ", "))
            return Answer(route: "undecided", reasons: reasons, needs: deciding.map { ruleSet.schema.facts[$0].name })
        }
    }
}
