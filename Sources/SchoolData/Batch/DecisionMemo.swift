import Foundation
import SupportRouting

/// The rule set's answer in words for each distinct set of fact values met so far.
///
/// The answer (route, reasons, the facts that would decide) depends only on the facts the path's rules
/// read: advice, which a batch does not write, may read others, and the reasons never quote a value.
/// So the memo is keyed by those facts' values alone, and a dataset's schools share a few hundred
/// combinations of them at most, even when every row is distinct (free text, exact numbers): a batch
/// walks the rules, and writes the answer's part of a record, once per combination, not once per row.
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
    /// Answers by their path facts' values written as bytes (``withKey(_:_:)``): a key is written on the
    /// stack and looked up without hashing through `Hasher` or allocating.
    private var answers = ByteKeyedTable<Answer>(capacity: capacity, byteCapacity: 64 << 20)
    private let lock = NSLock()
    /// The slots of the facts the path's rules read, in order.
    private let pathFacts: [Int]
    /// The rule set's id, version and digest as every record writes them.
    private let rules: String

    init(ruleSet: RuleSet, format: RouteFormat = .csv) {
        self.ruleSet = ruleSet
        self.format = format
        rules = RouteWriter.rules(ruleSet, format: format)
        pathFacts = Set(ruleSet.pathRules.flatMap(\.condition.facts)).sorted()
    }

    /// The answer for `values`, walking the rules the first time their path facts' values are met.
    func answer(for values: [FactValue?]) -> Answer {
        withKey(values) { key in
            lock.lock()
            let known = answers.value(for: key)
            lock.unlock()
            if let known { return known }
            let answer = Self.answer(values, ruleSet: ruleSet, format: format, rules: rules)
            lock.lock()
            if answers.value(for: key) == nil { answers.add(answer, for: key) }
            lock.unlock()
            return answer
        }
    }

    /// Calls `body` with the path facts' values written as bytes, one value after another: a tag for
    /// the case (or none), then its payload, so two lists of values are written alike only when they
    /// are the same values. A number is written as its bits: `0` and `-0` get an answer each, the same.
    private func withKey<Found>(_ values: [FactValue?], _ body: (UnsafeRawBufferPointer) -> Found) -> Found {
        var size = 0
        for slot in pathFacts {
            size += 9
            if case .string(let text) = values[slot] { size += text.utf8.count }
        }
        return withUnsafeTemporaryAllocation(byteCount: size, alignment: 8) { key in
            var offset = 0
            func put(_ tag: UInt8, _ payload: UInt64) {
                key[offset] = tag
                key.storeBytes(of: payload, toByteOffset: offset + 1, as: UInt64.self)
                offset += 9
            }
            for slot in pathFacts {
                switch values[slot] {
                case nil: put(0, 0)
                case .bool(let value): put(1, value ? 1 : 0)
                case .enumeration(let index): put(2, UInt64(bitPattern: Int64(index)))
                case .number(let number): put(3, number.bitPattern)
                case .set(let members): put(4, members)
                case .string(let text):
                    put(5, UInt64(text.utf8.count))
                    for byte in text.utf8 {
                        key[offset] = byte
                        offset += 1
                    }
                }
            }
            return body(UnsafeRawBufferPointer(key))
        }
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
