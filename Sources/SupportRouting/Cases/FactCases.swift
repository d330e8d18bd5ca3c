/// The cases of one path fact (see ``FactSplits``), packed for the compiled walk: each case's
/// word, its case as an integer and its wording, worked out once per rule set so that looking for
/// counterfactuals compares and changes facts without building values or strings. A class, so the
/// search holds it with one reference count instead of one per array.
final class FactCases: Sendable {
    /// One representative value.
    struct Case: Sendable {
        /// The value, as ``FactSplits/values(of:near:)`` gives it.
        let value: FactValue
        /// The value packed as the compiled walk reads it.
        let word: UInt64
        /// Equal for two values that every path condition treats alike.
        let key: Int
        /// The value as a counterfactual words it: a number as the range of its case.
        let wording: String
    }

    /// A fact's type without its values.
    enum Kind: Sendable {
        case bool
        case enumeration
        case number
        case string
        case set

        init(_ type: FactType) {
            switch type {
            case .bool: self = .bool
            case .enumeration: self = .enumeration
            case .number: self = .number
            case .string: self = .string
            case .set: self = .set
            }
        }
    }

    let fact: Int
    let kind: Kind
    /// One case each, in the order ``FactSplits/values(of:near:)`` gives them (sets near the empty set).
    let cases: [Case]
    /// The cases' words and keys apart, so trying cases copies no strings.
    let words: [UInt64]
    let keys: [Int]
    /// Number facts: the thresholds the rules compare with, in order, to place a value in its case.
    let thresholds: [Double]
    /// String facts: the case key of each packed word (by interned id, the last entry for strings no rule names).
    let stringKeys: [Int]
    /// Number facts: the wording of the cases `i` through `j` at `i * cases.count + j`, when the
    /// table is small enough to keep; otherwise ``numberRange`` words them on demand.
    let rangeWording: [String]
    let numberRange: NumberRange?
    /// Set facts: how the cases near a profile's set are formed.
    let shape: SetShape?

    init(fact: Int, domains: FactSplits, schema: FactSchema, compiled: CompiledRuleSet) {
        self.fact = fact
        kind = Kind(schema.facts[fact].type)
        let values = domains.values(of: fact)
        var seenKeys: [FactValue] = []
        func key(_ value: FactValue) -> Int {
            let caseKey = domains.caseKey(of: fact, value)
            switch caseKey {
            case .bool(let flag): return flag ? 1 : 0
            case .enumeration(let index): return index
            case .number(let region): return Int(region)
            default:
                if let index = seenKeys.firstIndex(of: caseKey) { return index }
                seenKeys.append(caseKey)
                return seenKeys.count - 1
            }
        }
        var numberRange: NumberRange?
        if case .number = schema.facts[fact].type {
            numberRange = NumberRange(fact: fact, domains: domains, schema: schema)
        }
        self.numberRange = numberRange
        let cases = values.map { value in
            var wording = schema.facts[fact].display(value)
            if let numberRange, case .number(let number) = value {
                wording = numberRange.describe(from: number, to: number)
            }
            return Case(
                value: value, word: compiled.packer.word(value, slot: fact), key: key(value),
                wording: wording)
        }
        self.cases = cases
        words = cases.map(\.word)
        keys = cases.map(\.key)
        thresholds = domains.thresholds(of: fact)
        if case .string = schema.facts[fact].type {
            // Every interned id, and one past them for strings no rule names.
            var byWord = [Int](repeating: key(.string("\u{0}other")), count: compiled.packer.strings.count + 1)
            for (literal, id) in compiled.packer.strings { byWord[Int(id)] = key(.string(literal)) }
            stringKeys = byWord
        } else {
            stringKeys = []
        }
        var rangeWording: [String] = []
        if let numberRange, values.count <= 32 {
            for low in values {
                for high in values {
                    guard case .number(let from) = low, case .number(let to) = high else { continue }
                    rangeWording.append(numberRange.describe(from: from, to: to))
                }
            }
        }
        self.rangeWording = rangeWording
        if case .set(let names) = schema.facts[fact].type {
            shape = SetShape(fact: fact, size: names.count, domains: domains)
        } else {
            shape = nil
        }
    }

    /// The case key of a packed value that is not a set (sets use ``SetShape/key(of:)``).
    func key(of word: UInt64) -> Int {
        switch kind {
        case .number:
            let value = Double(bitPattern: word)
            var below = 0
            var equal = false
            for threshold in thresholds {
                if threshold < value {
                    below += 1
                } else if threshold == value {
                    equal = true
                }
            }
            return below * 2 + (equal ? 1 : 0)
        case .string: return stringKeys[Int(min(word, UInt64(stringKeys.count - 1)))]
        case .bool, .enumeration, .set: return Int(word)
        }
    }

    /// The wording of the number cases `low` through `high`, by position in ``cases``.
    func wording(from low: Int, to high: Int) -> String {
        if !rangeWording.isEmpty { return rangeWording[low * cases.count + high] }
        guard let numberRange, case .number(let from) = cases[low].value, case .number(let to) = cases[high].value
        else { return "" }
        return numberRange.describe(from: from, to: to)
    }
}
