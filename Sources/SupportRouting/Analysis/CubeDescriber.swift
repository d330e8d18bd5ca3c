/// Describes a set of profiles from the analysis in the rules' own condition language, such as
/// `phase == primary and not in_school.leader_with_capacity and attainment.gcse_5ac_percent < 30`.
struct CubeDescriber {
    let space: CaseDiagrams
    /// The atomic conditions the rules use, by fact slot, to describe sets and strings.
    let atoms: [Int: [Condition]]

    init(space: CaseDiagrams, conditions: [Condition]) {
        self.space = space
        var atoms: [Int: [Condition]] = [:]
        for condition in conditions {
            condition.visitAtoms { atom in
                guard let fact = atom.fact, !(atoms[fact] ?? []).contains(atom) else { return }
                atoms[fact, default: []].append(atom)
            }
        }
        self.atoms = atoms
    }

    /// The conditions that describe each cube, or `every profile` for no condition at all.
    func describe(_ cubes: [[Int: [Int]]]) -> [String] {
        cubes.map { cube in
            let parts = cube.keys.sorted().map { describeWithMissing(fact: $0, cases: cube[$0]!) }
            return parts.isEmpty ? "every profile" : parts.joined(separator: " and ")
        }
    }

    /// A fact's allowed cases, the missing case among them said as `is missing`.
    private func describeWithMissing(fact index: Int, cases allowed: [Int]) -> String {
        let name = space.schema.facts[index].name
        let missing = space.missingCase(index)
        let present = allowed.filter { $0 != missing }
        if present.isEmpty { return "\(name) is missing" }
        let part =
            present.count == space.cases[index].count ? "\(name) is not missing" : describe(fact: index, cases: present)
        return present.count == allowed.count ? part : "(\(part) or \(name) is missing)"
    }

    private func describe(fact index: Int, cases allowed: [Int]) -> String {
        let fact = space.schema.facts[index]
        let values = space.cases[index]
        switch fact.type {
        case .bool:
            return allowed == [1] ? fact.name : "not \(fact.name)"
        case .enumeration(let names, _):
            let chosen = allowed.map { names[$0] }
            if chosen.count == 1 { return "\(fact.name) == \(chosen[0])" }
            let others = names.filter { !chosen.contains($0) }
            if others.count == 1 { return "\(fact.name) != \(others[0])" }
            return others.count < chosen.count
                ? "\(fact.name) not in [\(others.joined(separator: ", "))]"
                : "\(fact.name) in [\(chosen.joined(separator: ", "))]"
        case .number:
            return numberRanges(fact, allowed: allowed, values: values)
        case .set, .string:
            return describeByTests(fact, index: index, allowed: allowed, values: values)
        }
    }

    /// Sets and strings in terms of the rules' own tests on them (`contains`, `count()`, `==`): the
    /// tests that agree across the allowed cases when they pin those cases down exactly, else each
    /// allowed case spelled out. Cases the tests cannot tell apart behave alike, so this is exact.
    private func describeByTests(_ fact: Fact, index: Int, allowed: [Int], values: [FactValue]) -> String {
        let tests = atoms[index] ?? []
        func phrase(_ atom: Condition, _ holds: Bool) -> String {
            let text =
                atom.text.hasPrefix("(") && atom.text.hasSuffix(")")
                ? String(atom.text.dropFirst().dropLast()) : atom.text
            return holds ? text : "not (\(text))"
        }
        // Whether test `t` holds for case `v`, read by the same machine as every rule.
        let holds = tests.map { atom in
            let test = CompiledCondition(atom)
            return values.map { test.holds(for: $0, fact: index) }
        }
        let constant = tests.indices.filter { test in Set(allowed.map { holds[test][$0] }).count == 1 }
        let box = values.indices.filter { value in
            constant.allSatisfy { holds[$0][value] == holds[$0][allowed[0]] }
        }
        if box == allowed.sorted() {
            let parts = constant.map { phrase(tests[$0], holds[$0][allowed[0]]) }
            return parts.isEmpty ? "\(fact.name) is any value" : parts.joined(separator: " and ")
        }
        var seen = Set<[Bool]>()
        let alternatives = allowed.compactMap { value -> String? in
            let valuation = tests.indices.map { holds[$0][value] }
            guard seen.insert(valuation).inserted else { return nil }
            return zip(tests, valuation).map { phrase($0, $1) }.joined(separator: " and ")
        }
        return "(" + alternatives.joined(separator: " or ") + ")"
    }

    /// Runs of neighbouring cases as ranges bounded by the rules' thresholds.
    private func numberRanges(_ fact: Fact, allowed: [Int], values: [FactValue]) -> String {
        let thresholds = space.domains.thresholds(of: fact.index)
        func number(_ index: Int) -> Double {
            if case .number(let value) = values[index] { return value }
            return 0
        }
        var runs: [[Int]] = []
        for index in allowed.sorted() {
            if let last = runs.last?.last, last + 1 == index {
                runs[runs.count - 1].append(index)
            } else {
                runs.append([index])
            }
        }
        let ranges = runs.map { run -> String in
            let low = number(run.first!)
            let high = number(run.last!)
            var bounds: [String] = []
            if run.first! > 0 {
                if thresholds.contains(low) {
                    bounds.append("\(fact.name) >= \(FactValue.format(low))")
                } else if let below = thresholds.last(where: { $0 < low }) {
                    bounds.append("\(fact.name) > \(FactValue.format(below))")
                }
            }
            if run.last! < values.count - 1 {
                if thresholds.contains(high) {
                    bounds.append("\(fact.name) <= \(FactValue.format(high))")
                } else if let above = thresholds.first(where: { $0 > high }) {
                    bounds.append("\(fact.name) < \(FactValue.format(above))")
                }
            }
            if low == high, thresholds.contains(low) { return "\(fact.name) == \(FactValue.format(low))" }
            return bounds.isEmpty ? "\(fact.name) is any value" : bounds.joined(separator: " and ")
        }
        return ranges.count == 1 ? ranges[0] : "(" + ranges.joined(separator: " or ") + ")"
    }
}
