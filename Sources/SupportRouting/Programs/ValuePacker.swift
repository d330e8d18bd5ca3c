/// Packs fact values one word per fact, as the ``Machine`` reads them: bools and enum indices as
/// integers, numbers as their bit pattern, sets as masks, and strings as the interned id of the
/// literal they equal.
struct ValuePacker: Sendable {
    /// Every string literal the conditions compare with, by interned id.
    let strings: [String: UInt64]
    /// Whether a condition compares each fact with string literals, so its value needs its id;
    /// facts past the end compare with none.
    let comparesStrings: [Bool]

    /// Interns the string literals of `conditions`.
    init(_ conditions: [Condition]) {
        var strings: [String: UInt64] = [:]
        let factCount = conditions.map { ($0.facts.max() ?? -1) + 1 }.max() ?? 0
        var comparesStrings = [Bool](repeating: false, count: factCount)
        for condition in conditions {
            condition.visitAtoms { atom in
                guard case .string(let fact, let literals, _) = atom.test else { return }
                comparesStrings[fact] = true
                for literal in literals.sorted() where strings[literal] == nil {
                    strings[literal] = UInt64(strings.count)
                }
            }
        }
        self.strings = strings
        self.comparesStrings = comparesStrings
    }

    /// Values by slot packed.
    func pack(_ values: [FactValue?]) -> PackedValues {
        var packed = PackedValues(count: values.count)
        for (slot, value) in values.enumerated() {
            guard let value else { continue }
            packed.present[slot] = true
            packed.words[slot] = word(value, slot: slot)
        }
        return packed
    }

    /// One value packed; a string no condition of its fact names packs to an id no test lists.
    func word(_ value: FactValue, slot: Int) -> UInt64 {
        switch value {
        case .bool(let flag): flag ? 1 : 0
        case .enumeration(let index): UInt64(index)
        case .number(let number): number.bitPattern
        case .set(let mask): mask
        case .string(let text):
            slot < comparesStrings.count && comparesStrings[slot]
                ? strings[text] ?? PackedValues.unnamedString : PackedValues.unnamedString
        }
    }
}
