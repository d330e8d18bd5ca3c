/// For each fact, a finite list of values that together cover every case the rules can tell apart.
///
/// Numbers are split at the thresholds the rules mention (each threshold, and one value in each gap);
/// sets by the members the rules test and the counts they compare; strings by the literals the rules
/// name plus one other. Two values in the same case give every condition the same result, so
/// walking one value per case is exact.
package struct FactSplits: Sendable {
    private var numberThresholds: [Int: Set<Double>] = [:]
    private var countThresholds: [Int: Set<Int>] = [:]
    private var testedMembers: [Int: Set<Int>] = [:]
    private var stringLiterals: [Int: Set<String>] = [:]
    let schema: FactSchema

    /// The cases of the facts that the route depends on: those read by start-at and escalation rules,
    /// and by the constraints that say which profiles there are.
    package init(ruleSet: RuleSet) {
        self.init(
            conditions: ruleSet.pathRules.map(\.condition) + ruleSet.constraints.map(\.condition),
            schema: ruleSet.schema)
    }

    /// The cases that `conditions` can tell apart.
    package init(conditions: [Condition], schema: FactSchema) {
        self.schema = schema
        for condition in conditions {
            condition.visitAtoms { atom in
                switch atom.test {
                case .number(let fact, _, let value): numberThresholds[fact, default: []].insert(value)
                case .count(let fact, _, let value): countThresholds[fact, default: []].insert(value)
                case .contains(let fact, let member): testedMembers[fact, default: []].insert(member)
                case .string(let fact, let strings, _): stringLiterals[fact, default: []].formUnion(strings)
                default: break
                }
            }
        }
    }

    /// Representative values of the fact, one per case; for sets, each the closest to `near` in its case.
    func values(of fact: Int, near current: FactValue? = nil) -> [FactValue] {
        switch schema.facts[fact].type {
        case .bool: return [.bool(false), .bool(true)]
        case .enumeration(let values, _): return values.indices.map { .enumeration($0) }
        case .string:
            let literals = (stringLiterals[fact] ?? []).sorted()
            var other = "other"
            while literals.contains(other) { other += "_" }
            return (literals + [other]).map { .string($0) }
        case .number(let minimum, let maximum, let integer):
            return numberCases(fact, minimum: minimum, maximum: maximum, integer: integer).map { .number($0) }
        case .set(let values):
            var near: UInt64 = 0
            if case .set(let mask)? = current { near = mask }
            return setCases(fact, size: values.count, near: near).map { .set($0) }
        }
    }

    /// The case a value falls in: two values with the same key give every condition the same result.
    package func caseKey(of fact: Int, _ value: FactValue) -> FactValue {
        switch value {
        case .number(let number):
            return Self.numberKey(number, among: numberThresholds[fact] ?? [])
        case .set(let mask):
            return Self.setKey(mask, tested: testedMask(of: fact), counts: countThresholds[fact] ?? [])
        case .string(let text):
            return Self.stringKey(text, literals: stringLiterals[fact] ?? [])
        default:
            return value
        }
    }

    /// A bit for each member of a set fact that the rules test.
    func testedMask(of fact: Int) -> UInt64 {
        var mask: UInt64 = 0
        for member in testedMembers[fact] ?? [] { mask |= 1 << UInt64(member) }
        return mask
    }

    /// The case key of a number among the thresholds the rules compare it with.
    static func numberKey(_ number: Double, among thresholds: some Sequence<Double>) -> FactValue {
        .number(Double(region(of: number, among: thresholds)))
    }

    /// The case key of a set: the tested members it holds, and the case of its size among the counts.
    static func setKey(_ mask: UInt64, tested: UInt64, counts: some Sequence<Int>) -> FactValue {
        .set((mask & tested) | (UInt64(region(of: mask.nonzeroBitCount, among: counts)) << 56))
    }

    /// The case key of a string: one of the literals the rules name, or any other.
    static func stringKey(_ text: String, literals: Set<String>) -> FactValue {
        literals.contains(text) ? .string(text) : .string("\u{0}other")
    }

    /// The case keys of the facts' values, found by slot rather than by hashing: for keying many profiles.
    package var keyer: CaseKeyer { CaseKeyer(self) }

    /// The rule for each number, set and string fact's case keys, by slot.
    func keyRules() -> [CaseKeyer.Rule] {
        schema.facts.indices.map { fact in
            switch schema.facts[fact].type {
            case .number: .number(thresholds(of: fact))
            case .set:
                // The case key puts the size's region in the top eight bits, where a tested member from
                // the 57th on would be too: such a set is keyed as itself, which is exact if less shared.
                testedMask(of: fact) >> 56 != 0 && !(countThresholds[fact] ?? []).isEmpty
                    ? .same : .set(tested: testedMask(of: fact), counts: (countThresholds[fact] ?? []).sorted())
            case .string: .string(stringLiterals[fact] ?? [])
            case .bool, .enumeration: .same
            }
        }
    }

    /// The thresholds the rules compare a number fact with, in order.
    func thresholds(of fact: Int) -> [Double] { (numberThresholds[fact] ?? []).sorted() }

    /// The members of a set fact that the rules test, in order.
    func testedMembers(of fact: Int) -> [Int] { (testedMembers[fact] ?? []).sorted() }

    /// The case of a set's size among the counts the rules compare it with, as ``caseKey(of:_:)`` numbers it.
    func countRegion(of size: Int, fact: Int) -> Int { Self.region(of: size, among: countThresholds[fact] ?? []) }

    /// Which gap or threshold among `thresholds` a value falls in: even for a gap, odd for a threshold.
    private static func region<T: Comparable>(of value: T, among thresholds: some Sequence<T>) -> Int {
        // Counted in one pass without a list: a batch asks this for every row.
        var below = 0
        var on = 0
        for threshold in thresholds {
            if threshold < value { below += 1 } else if threshold == value { on = 1 }
        }
        return below * 2 + on
    }

    private func numberCases(_ fact: Int, minimum: Double?, maximum: Double?, integer: Bool) -> [Double] {
        let thresholds = (numberThresholds[fact] ?? []).filter { threshold in
            (minimum.map { threshold >= $0 } ?? true) && (maximum.map { threshold <= $0 } ?? true)
        }.sorted()
        guard let first = thresholds.first, let last = thresholds.last else { return [minimum ?? maximum ?? 0] }
        let valid: (Double) -> Bool = { !integer || $0 == $0.rounded() }
        var points: [Double] = []
        if let minimum {
            if minimum < first { points.append(minimum) }
        } else {
            points.append((first - 1).rounded(.down))
        }
        for (low, high) in zip(thresholds, thresholds.dropFirst()) {
            if valid(low) { points.append(low) }
            let inside = integer ? (low + 1).rounded(.down) : (low + high) / 2
            if inside > low, inside < high { points.append(inside) }
        }
        if valid(last) { points.append(last) }
        if let maximum {
            if maximum > last { points.append(maximum) }
        } else {
            points.append((last + 1).rounded(.down))
        }
        return points
    }

    /// One set per case, each as close to `near` as its case allows: the tested members as the case
    /// says, the other members kept as they are unless a count the rules compare must change.
    private func setCases(_ fact: Int, size: Int, near: UInt64) -> [UInt64] {
        let tested = (testedMembers[fact] ?? []).sorted()
        let untested = (0..<size).filter { !tested.contains($0) }
        let counts = Set(countThresholds[fact] ?? [])
        let kept = untested.filter { near & (1 << UInt64($0)) != 0 }
        let others = untested.filter { near & (1 << UInt64($0)) == 0 }
        var results: [UInt64] = []
        for pattern in 0..<(1 << tested.count) {
            var base: UInt64 = 0
            for (bit, member) in tested.enumerated() where pattern & (1 << bit) != 0 { base |= 1 << UInt64(member) }
            // Sizes nearest the unchanged one first, so each count region gets its closest set.
            let unchanged = base.nonzeroBitCount + kept.count
            let sizes = (base.nonzeroBitCount...(base.nonzeroBitCount + untested.count)).sorted {
                (abs($0 - unchanged), $0) < (abs($1 - unchanged), $1)
            }
            var seenRegions = Set<Int>()
            for target in sizes {
                guard seenRegions.insert(Self.region(of: target, among: counts)).inserted else { continue }
                let extra = target - base.nonzeroBitCount
                var mask = base
                // The members the school already has come first, so as few as possible change.
                for member in (kept + others).prefix(extra) { mask |= 1 << UInt64(member) }
                results.append(mask)
            }
        }
        return results
    }
}
