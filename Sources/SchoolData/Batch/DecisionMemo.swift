import Foundation
import SupportRouting

/// The rule set's answer in words for each distinct set of fact values met so far.
///
/// The answer (route, reasons, the facts that would decide) depends only on the facts the path's rules
/// read, and, for an undecided school, on those the constraints and derivations read, which rule out
/// some of the routes it could still get: advice, which a batch does not write, may read others, and
/// the reasons never quote a value. So the memo is keyed by those facts' values alone, each by the case
/// it falls in (``FactSplits``): every condition gives two values in one case the same result. A
/// dataset's schools share a few hundred combinations of them at most, even when every row is distinct
/// (free text, exact numbers): a batch walks the rules, and writes the answer's part of a record, once
/// per combination, not once per row.
// Unchecked: `answers` is read and changed only while `lock` is held.
final class DecisionMemo: @unchecked Sendable {
    /// The answer for one combination of values.
    /// A class, so that every row given it shares it for one reference count, not one for each text.
    final class Answer: Sendable {
        let route: String
        let reasons: [String]
        let needs: [String]
        /// Route, reasons and needs as the memo's format writes them (see ``RouteWriter``).
        let written: String

        init(route: String, reasons: [String], needs: [String], written: String) {
            self.route = route
            self.reasons = reasons
            self.needs = needs
            self.written = written
        }
    }

    /// Free numbers or text could make every row distinct; past this many the memo stops growing.
    private static let capacity = 65_536
    private let ruleSet: RuleSet
    private let format: RouteFormat
    /// Answers by the cases of the path facts' values (a ``ValueKey``), or `nil` for an undecided school,
    /// whose answer is in `undecided`.
    private var decided = ByteKeyedTable<Answer?>(capacity: capacity, byteCapacity: 64 << 20)
    /// Undecided schools' answers, by the cases of the values of every fact the answer depends on.
    private var undecided = ByteKeyedTable<Answer>(capacity: capacity, byteCapacity: 64 << 20)
    private let lock = NSLock()
    /// The slots of the facts the path's rules read, and of every fact an undecided answer depends on.
    private let pathFacts: [Int]
    private let allFacts: [Int]
    /// The cases the rules tell apart: two values in one case give every condition the same result, so
    /// the memo is keyed by each value's case, and a number the rules compare with thresholds, or a
    /// free text, does not make a combination of its own.
    private let keyer: CaseKeyer
    /// The rule set's id, version and digest as every record writes them.
    private let rules: String

    init(ruleSet: RuleSet, format: RouteFormat = .csv) {
        self.ruleSet = ruleSet
        self.format = format
        rules = RouteWriter.rules(ruleSet, format: format)
        pathFacts = Set(ruleSet.pathRules.flatMap(\.condition.facts)).sorted()
        allFacts = Set(pathFacts + ruleSet.checkedFacts).sorted()
        keyer =
            FactSplits(
                conditions: ruleSet.pathRules.map(\.condition) + ruleSet.checkConditions, schema: ruleSet.schema
            ).keyer
    }

    /// The answer for `values`, walking the rules the first time the cases of their facts' values are met.
    func answer(for values: [FactValue?]) -> Answer {
        let known = withKey(values, slots: pathFacts) { key in
            lock.lock()
            defer { lock.unlock() }
            return decided.value(for: key)
        }
        switch known {
        case .some(.some(let answer)): return answer
        case .some(.none): break
        case .none:
            let answer = Self.answer(values, ruleSet: ruleSet, format: format, rules: rules)
            let isDecided = answer.route != "undecided"
            withKey(values, slots: pathFacts) { key in
                lock.lock()
                if decided.value(for: key) == nil { decided.add(isDecided ? answer : nil, for: key) }
                lock.unlock()
            }
            if isDecided { return answer }
        }
        // Undecided: the routes still possible also depend on what the constraints rule out.
        return withKey(values, slots: allFacts) { key in
            lock.lock()
            let known = undecided.value(for: key)
            lock.unlock()
            if let known { return known }
            let answer = Self.answer(values, ruleSet: ruleSet, format: format, rules: rules)
            lock.lock()
            if undecided.value(for: key) == nil { undecided.add(answer, for: key) }
            lock.unlock()
            return answer
        }
    }

    private func withKey<Found>(_ values: [FactValue?], slots: [Int], _ body: (UnsafeRawBufferPointer) -> Found)
        -> Found
    {
        ValueKey.withBytes(values, slots: slots, as: { keyer.caseKey(of: $0, $1) }, body)
    }

    /// The route, the reasons in the words `route` uses (where the walk starts, why it climbs each rung,
    /// why it stops, or what leaves the school undecided), and the facts that would decide.
    static func answer(_ values: [FactValue?], ruleSet: RuleSet, format: RouteFormat = .csv, rules: String = "")
        -> Answer
    {
        let (decision, reasons) = ruleSet.reasonedDecision(values: values)
        let route = decision.routeID ?? "undecided"
        let words = reasons.map(\.text)
        let needs = decision.decidingFacts
        return Answer(
            route: route, reasons: words, needs: needs,
            written: RouteWriter.answer(route: route, reasons: words, needs: needs, rules: rules, format: format))
    }
}
