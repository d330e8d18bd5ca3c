/// How the values of each fact are shown, as ``FactValue/display(as:)`` shows them, worked out once
/// per rule set: enum and set values by name, and every set of a small set fact whole, so showing
/// a value seldom builds a string.
struct ValueWording: Sendable {
    /// Set facts with at most this many values have every set worded in advance (1,024 at most).
    static let largestWordedSet = 10

    /// The values of each enum and set fact, by slot.
    let names: [[String]]
    /// Every set of each small set fact, by mask; empty for other facts.
    let sets: [[String]]

    init(_ schema: FactSchema) {
        names = schema.facts.map(\.type.values)
        sets = schema.facts.map { fact in
            guard case .set(let values) = fact.type, values.count <= Self.largestWordedSet else { return [] }
            return (0..<(UInt64(1) << UInt64(values.count))).map { Self.build(set: $0, names: values) }
        }
    }

    /// A value of a fact whose type it matches.
    func display(_ value: FactValue, of fact: Int) -> String {
        switch value {
        case .bool(let flag): flag ? "true" : "false"
        case .enumeration(let index): names[fact][index]
        case .number(let number): FactValue.format(number)
        case .set(let mask): display(set: mask, of: fact)
        case .string(let text): "\"" + text + "\""
        }
    }

    /// A set, such as `[sip, governors]`.
    func display(set mask: UInt64, of fact: Int) -> String {
        if mask < sets[fact].count { return sets[fact][Int(mask)] }
        return Self.build(set: mask, names: names[fact])
    }

    private static func build(set mask: UInt64, names: [String]) -> String {
        "[" + FactValue.members(of: mask, in: names).joined(separator: ", ") + "]"
    }
}
